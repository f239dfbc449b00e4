import QuizEngine

/// After an exam: the score and its estimate, pass or fail, time, bars per domain; then
/// the questions to browse with their explanations, and "retry the misses now".
enum ExamResultsScreen {
    static func content(_ model: AppModel, review: ExamResultsBrowser, width: Int) -> ScreenContent {
        let language = model.language
        let session = review.session
        let title = "\(UIText.examResultsTitle[language]) · \(session.preset.exam.code)"
        let status = "\(session.score.correct)/\(session.score.total)"
        guard review.browser.filter != nil else {
            return ScreenContent(
                title: title, status: status, body: summary(model, session: session, width: width), focus: nil
            )
        }
        return review.browser.content(title: title, model: model, width: width)
    }

    private static func summary(_ model: AppModel, session: ExamSession, width: Int) -> [StyledLine] {
        let language = model.language
        let score = session.score
        var body: [StyledLine] = [[]] + HistoryNotice.lines(model, width: width, before: false)
        body.append([Span(
            UIText.resultsScore(score)[language], CellStyle(bold: true)
        )])
        body += LineBuilder.wrapped(
            UIText.scaledScore(session.scaledScore, passMark: session.preset.passingScore)[language], width: width,
            prefix: [Span(
                (session.passed ? UIText.passed : UIText.failed)[language] + "  ",
                CellStyle(bold: true, reverse: true, color: session.passed ? .green : .red)
            )]
        )
        body.append([Span(UIText.timeUsed(Clock.format(session.usedSeconds), of: Clock.format(session.preset.seconds))[language])])
        if session.timedOut {
            body += LineBuilder.wrapped(
                UIText.timesUp(unseen: session.items.count - session.shown.count)[language], width: width,
                style: CellStyle(bold: true, color: .yellow)
            )
        }
        body.append([])
        let tally = ScoreTally(answers: session.graded, catalog: model.bank.catalog)
        body.append([Span(UIText.byDomain[language], CellStyle(bold: true, underline: true))])
        body += tally.byDomain.flatMap { competencyRows($0.name[language], $0.score, language: language, width: width) }
        body.append([])
        body.append([Span(UIText.byExamDomain[language], CellStyle(bold: true, underline: true))])
        body += tally.byExamDomain.filter { $0.id.hasPrefix(session.preset.exam == .sap ? "SAP" : "SAA") }
            .flatMap { competencyRows("\($0.id) \($0.name[language])", $0.score, language: language, width: width) }
        body += LineBuilder.wrapped(UIText.competencyRule[language], width: width, style: CellStyle(dim: true))
        body.append([])
        body += pacing(session, language: language, width: width)
        body.append([])
        let unanswered = session.items.indices.filter(session.isBlank).count
        body += LineBuilder.wrapped(
            UIText.browseChoices(
                incorrect: score.total - score.correct - unanswered, unanswered: unanswered, flagged: session.flagged.count
            )[language], width: width, style: CellStyle(bold: true)
        )
        return body
    }

    /// A domain's bar with its verdict beside it, or on the line below where the screen
    /// is too narrow for both.
    private static func competencyRows(_ name: String, _ score: Score, language: Language, width: Int) -> [StyledLine] {
        let meets = Competency.meets(score)
        let verdict = Span(
            (meets ? UIText.meetsCompetencies : UIText.needsImprovement)[language], CellStyle(bold: !meets, color: meets ? .green : .red)
        )
        let beside = width >= 72
        let verdictWidth = max(
            DisplayWidth.of(UIText.meetsCompetencies[language]), DisplayWidth.of(UIText.needsImprovement[language])
        )
        let barWidth = beside ? width - 2 - verdictWidth : width
        let row = DrillResultsScreen.scoreRow(name, score, width: barWidth)
        return beside ? [row + [Span("  "), verdict]] : [row, [Span("      "), verdict]]
    }

    /// Time per question against the real exam's pace, and the slowest questions.
    private static func pacing(_ session: ExamSession, language: Language, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [[Span(UIText.pacingTitle[language], CellStyle(bold: true, underline: true))]]
        let average = session.items.isEmpty ? 0 : session.usedSeconds / Double(session.items.count)
        let real = ExamPace(session.preset.exam).secondsPerQuestion
        lines += LineBuilder.wrapped(
            UIText.averagePace(Clock.perQuestion(average), real: Clock.perQuestion(real))[language], width: width, prefix: [Span("  ")]
        )
        let slowest = session.slowest(3).map { "Q\($0.index + 1) \(Clock.perQuestion($0.seconds))" }
        if !slowest.isEmpty {
            lines += LineBuilder.wrapped(
                slowest.joined(separator: " · "), width: width, prefix: [Span("  " + UIText.slowestTitle[language] + " ", CellStyle(bold: true))]
            )
        }
        return lines
    }
}
