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
        body.append([])
        let tally = ScoreTally(answers: session.graded, catalog: model.bank.catalog)
        body.append([Span(UIText.byDomain[language], CellStyle(bold: true, underline: true))])
        body += tally.byDomain.map { DrillResultsScreen.scoreRow($0.name[language], $0.score, width: width) }
        body.append([])
        body.append([Span(UIText.byExamDomain[language], CellStyle(bold: true, underline: true))])
        body += tally.byExamDomain.filter { $0.id.hasPrefix(session.preset.exam == .sap ? "SAP" : "SAA") }
            .map { DrillResultsScreen.scoreRow("\($0.id) \($0.name[language])", $0.score, width: width) }
        body.append([])
        let unanswered = session.items.indices.filter(session.isBlank).count
        body += LineBuilder.wrapped(
            UIText.browseChoices(
                incorrect: score.total - score.correct - unanswered, unanswered: unanswered, flagged: session.flagged.count
            )[language], width: width, style: CellStyle(bold: true)
        )
        return body
    }
}
