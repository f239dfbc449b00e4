import QuizEngine

/// The main menu: what the user can do, and what the bank holds.
public struct MenuScreen: Screen {
    public internal(set) var cursor = 0
    /// A one-off word (no reviews due, an exam finished elsewhere), cleared by the next key.
    public internal(set) var notice: LocalizedText?

    var page: AppModel.Page { .menu(self) }

    static let table = ScreenKeys.menu

    func keys(_ app: AppModel) -> KeyTable { KeyTable(Self.table) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let items = Self.items(app)
        notice = nil
        switch Self.table.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(items.count - 1, cursor + 1)
        case .back: return [.quit]
        case .search: app.show(.search(SearchScreen()))
        case .choose:
            switch items[min(cursor, items.count - 1)] {
            case .resumeExam(let id):
                let cursor = app.pendingExams.firstIndex { $0.session.id == id } ?? 0
                app.show(.resumeOffer(ResumeOffer(cursor: cursor, next: nil)))
            case .review:
                if !app.startReview(count: app.reviewLength) && !app.startReviewAhead(count: app.reviewLength) {
                    notice = UIText.noReviewsDue
                }
            case .notes: app.show(.notes(NotesScreen()))
            case .mistakes: app.show(.mistakes(MistakesScreen()))
            case .stats: app.show(.stats(StatsScreen(stats: StudyStats(progress: app.progress, bank: app.bank, now: app.now))))
            case .exam(let exam): app.openExam(.standard(exam))
            case .drillSetup: app.show(.drillSetup(DrillSetupScreen(setup: app.drillSetup)))
            case .drillAll: app.startDrill(filter: QuestionFilter(), count: app.drillLength, title: UIText.allDomains)
            case .quit: return [.quit]
            }
        case nil: break
        }
        return []
    }

    enum Item: Hashable {
        case resumeExam(String)
        case exam(Exam)
        case drillSetup
        case drillAll
        case review
        case mistakes
        case notes
        case stats
        case quit
    }

    static func items(_ model: AppModel) -> [Item] {
        model.pendingExams.map { Item.resumeExam($0.session.id) }
            + [.exam(.sap), .exam(.saa), .drillSetup, .drillAll, .review, .stats, .notes, .mistakes, .quit]
    }

    static func label(_ item: Item, model: AppModel) -> String {
        let language = model.language
        switch item {
        case .resumeExam(let id):
            guard let pending = model.pendingExams.first(where: { $0.session.id == id }) else { return "" }
            let exam = pending.session
            return UIText.menuResume(
                exam.preset.exam.code, answered: exam.answeredCount, of: exam.items.count, incomplete: exam.incompleteCount,
                left: Clock.format(exam.remainingSeconds)
            )[language]
                + (pending.openElsewhere ? UIText.openElsewhereMark[language] : "")
        case .exam(let exam):
            let preset = ExamPreset.standard(exam)
            return UIText.menuExam(exam.code, questions: preset.questionCount, minutes: preset.minutes)[language]
        case .drillSetup: return UIText.menuDrillSetup[language]
        case .drillAll: return UIText.menuDrillAll[language]
        case .review:
            let queue = model.derived.reviewQueue
            let due = queue.dueCount(at: model.now)
            guard due == 0, let next = queue.nextDue(after: model.now) else { return UIText.menuReview(due: due)[language] }
            return UIText.menuReviewAhead(next: TimeUntil.words(from: model.now, to: next))[language]
        case .notes: return UIText.menuNotes[language]
        case .mistakes: return UIText.menuMistakes(model.mistakes.entries.count)[language]
        case .stats: return UIText.menuStats[language]
        case .quit: return UIText.menuQuit[language]
        }
    }

    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        var focus: Range<Int>?
        for (index, item) in Self.items(model).enumerated() {
            let selected = index == cursor
            if selected { focus = body.count..<(body.count + 1) }
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(LineBuilder.truncated(Self.label(item, model: model), width: width - 2), CellStyle(bold: selected, reverse: selected)),
            ])
        }
        if let notice {
            body.append([])
            body += LineBuilder.wrapped(notice[language], width: width, style: CellStyle(bold: true, color: .yellow))
        }
        body.append([])
        let catalog = model.bank.catalog
        let summary = UIText.bankSummary(
            questions: model.bank.questions.count, notes: catalog.notes.count, domains: catalog.domains.count
        )[language]
        body += LineBuilder.wrapped(summary, width: width, style: CellStyle(dim: true))
        body += HistoryNotice.lines(model, width: width, before: true)
        if let warning = model.settingsWarning {
            body.append([])
            body += LineBuilder.wrapped("⚠ " + warning[language], width: width, style: CellStyle(color: .yellow))
        }
        if model.leftOutQuestions > 0 {
            body.append([])
            body += LineBuilder.wrapped(
                UIText.leftOut(model.leftOutQuestions, folders: model.leftOutFolders)[language], width: width,
                style: CellStyle(color: .yellow)
            )
            for problem in model.loadProblems {
                body += LineBuilder.wrapped(problem, width: width, style: CellStyle(dim: true), prefix: [Span("  ")])
            }
        }
        body.append([])
        body.append([Span(UIText.mastery[language], CellStyle(bold: true, underline: true))])
        let mastered = catalog.domains.filter { model.domainsWithQuestions.contains($0.id) }.map {
            (name: $0.name[language], score: model.derived.domainScores[$0.id] ?? Score())
        }
        let countsWidth = DrillResultsScreen.countsWidth(of: mastered.map(\.score))
        for domain in mastered {
            body.append(DrillResultsScreen.scoreRow(domain.name, domain.score, width: width, countsWidth: countsWidth))
        }
        return ScreenContent(
            title: UIText.appTitle[language], body: body, focus: focus
        )
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Menu: Sendable { case up, down, choose, search, back }

    static let menu: [KeyBinding<Menu>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter, .space], "Enter", UIText.chooseKey, .essential, action: .choose),
        KeyBinding([.character("/")], "/", LocalizedText(ja: "問題を検索", en: "search"), .useful, action: .search),
        KeyBinding(CommonKeys.back, "q", UIText.quitKey, .essential, helpLabel: "q, Esc", action: .back),
    ]
}
