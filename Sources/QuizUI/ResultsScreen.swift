import QuizEngine

/// The end of a drill, review or cram: the score, a bar per service domain and per exam
/// domain, the misses; then its questions to browse with their explanations (an
/// `AnswerBrowser`, as after an exam), and "retry the misses now".
public struct DrillResultsScreen: Screen {
    public let drill: DrillState
    public internal(set) var browser: AnswerBrowser

    init(drill: DrillState) {
        self.drill = drill
        let answered = Array(drill.session.items.prefix(drill.session.chosen.count))
        browser = AnswerBrowser(items: answered, answers: drill.session.chosen)
    }

    var page: AppModel.Page { .results(self) }

    /// The summary's keys, or the browser's. `q` on the summary says where it goes.
    func table(_ app: AppModel) -> [KeyBinding<ScreenKeys.Browse>] {
        browser.filter == nil ? ScreenKeys.drillResults(leave: drill.returnTo == nil ? app.leaveText : ScreenKeys.backText) : browser.table
    }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(table(app)) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch table(app).action(for: key) {
        case .retryMisses:
            // A cram's misses are crammed again; a drill's or a review's are drilled.
            let mode: AnswerRecord.Mode = drill.session.mode == .cram ? .cram : .drill
            app.startDrill(of: browser.missed, title: UIText.myMisses, mode: mode, returnTo: drill.returnTo)
            return []
        case .back where browser.filter == nil:
            app.goBack(to: drill.returnTo)
            return []
        case .up where browser.filter == nil:
            app.scroll(by: -1)
            return []
        case .down where browser.filter == nil:
            app.scroll(by: 1)
            return []
        case let action?:
            return browser.handle(action, app: &app)
        case nil:
            return []
        }
    }

    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        let title = "\(UIText.resultsTitle[language]) · \(drill.title[language])"
        guard browser.filter == nil else { return browser.content(title: title, model: model, width: width) }
        let tally = ScoreTally(answers: drill.session.graded, catalog: model.bank.catalog)
        var body: [StyledLine] = [[]] + HistoryNotice.lines(model, width: width, before: false)
        let overall = tally.overall
        body.append([Span(
            UIText.resultsScore(overall)[language],
            CellStyle(bold: true)
        )])
        body.append([])
        body.append([Span(UIText.byDomain[language], CellStyle(bold: true, underline: true))])
        body += tally.byDomain.map { Self.scoreRow($0.name[language], $0.score, width: width) }
        body.append([])
        body.append([Span(UIText.byExamDomain[language], CellStyle(bold: true, underline: true))])
        body += tally.byExamDomain.map { Self.scoreRow("\($0.id) \($0.name[language])", $0.score, width: width) }
        body.append([])
        body.append([Span(UIText.missedTitle[language], CellStyle(bold: true, underline: true))])
        let misses = drill.session.graded.filter { !$0.isCorrect }
        if misses.isEmpty {
            body.append([Span("  " + UIText.noneMissed[language], CellStyle(color: .green))])
        }
        for miss in misses {
            let stem = TextWrap.paragraphs(miss.question.stem[language]).first ?? ""
            body.append([
                Span("  ✗ ", CellStyle(bold: true, color: .red)),
                Span(miss.question.id + "  ", CellStyle(bold: true)),
                Span(LineBuilder.truncated(stem, width: max(1, width - 6 - DisplayWidth.of(miss.question.id)))),
            ])
        }
        body.append([])
        body += LineBuilder.wrapped(
            UIText.drillBrowseChoices(incorrect: misses.count)[language], width: width, style: CellStyle(bold: true)
        )
        return ScreenContent(title: title, status: "\(overall.correct)/\(overall.total)", body: body, focus: nil)
    }

    /// "  Name ........  ███████░░░   7/10  70%", the name cut to leave room for the bar.
    /// Rows shown together pass the same `countsWidth` (`countsWidth(of:)`), so their bars
    /// line up however large the counts grow.
    static func scoreRow(_ name: String, _ score: Score, width: Int, countsWidth: Int = 7) -> StyledLine {
        let barWidth = width >= 70 ? 20 : 10
        let figures = counts(score).leftPadded(to: countsWidth) + " \(score.percent)%".leftPadded(to: 5)
        let nameWidth = max(4, width - 2 - barWidth - 1 - DisplayWidth.of(figures))
        let bar = LineBuilder.bar(percent: score.percent, width: barWidth)
        let color: TextColor = score.percent >= 72 ? .green : (score.percent >= 50 ? .yellow : .red)
        return [
            Span("  " + LineBuilder.padded(name, width: nameWidth) + " "),
            Span(bar.filled, CellStyle(color: color)),
            Span(bar.empty, CellStyle(dim: true)),
            Span(figures),
        ]
    }

    /// The width that fits the widest " correct/total" of `scores`, at least 7.
    static func countsWidth(of scores: [Score]) -> Int {
        scores.map { DisplayWidth.of(counts($0)) }.reduce(7, max)
    }

    private static func counts(_ score: Score) -> String { " \(score.correct)/\(score.total)" }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    /// The results of a drill, review or cram, before a list is chosen. `leave` says where q goes.
    static func drillResults(leave: LocalizedText) -> [KeyBinding<Browse>] {
        [
            KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
            KeyBinding(pairedWith: CommonKeys.down, action: .down),
        ] + filters.prefix(2) + [
            retryMisses,
            KeyBinding(CommonKeys.back + [.enter], "q", leave, .essential, helpLabel: "q, Esc, Enter", action: .back),
        ]
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }
}
