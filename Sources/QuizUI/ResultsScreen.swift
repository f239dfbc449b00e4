import QuizEngine

/// The end of a drill: the score, a bar per service domain and per exam domain, the misses.
public struct DrillResultsScreen: ReadingScreen {
    public let drill: DrillState

    var page: AppModel.Page { .results(self) }

    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
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
        return ScreenContent(
            title: "\(UIText.resultsTitle[language]) · \(drill.title[language])",
            status: "\(overall.correct)/\(overall.total)", body: body, focus: nil
        )
    }

    /// "  Name ........  ███████░░░   7/10  70%", the name cut to leave room for the bar.
    static func scoreRow(_ name: String, _ score: Score, width: Int) -> StyledLine {
        let barWidth = width >= 70 ? 20 : 10
        let figures = " \(score.correct)/\(score.total)".leftPadded(to: 7) + " \(score.percent)%".leftPadded(to: 5)
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
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }
}
