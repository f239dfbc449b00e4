import QuizEngine

/// A question during an exam, or the overview, or a question to confirm.
enum ExamScreen {
    static func content(_ model: AppModel, exam: ExamState, width: Int) -> ScreenContent {
        let language = model.language
        let session = exam.session
        let flag = session.flagged.contains(session.index) ? "⚑ " : ""
        let title = "\(UIText.examMode[language]) \(session.preset.exam.code)"
        let pace = UIText.pace(behind: session.behindPace)[language]
        let status = "\(flag)Q \(session.index + 1)/\(session.items.count)  \(Clock.format(session.remainingSeconds))  \(pace)"
        if case .overview(let state) = exam.overlay {
            let overview = ExamOverviewScreen.lines(session, overview: state, language: language, width: width)
            return ScreenContent(
                title: title, status: status, body: overview.lines, focus: overview.focus
            )
        }
        var body: [StyledLine] = [[]]
        body += HistoryNotice.lines(model, width: width, before: false)
        if let notice = exam.notice {
            body += LineBuilder.wrapped(notice[language], width: width, style: CellStyle(bold: true, color: .yellow))
            body.append([])
        }
        let (lines, focus) = QuestionScreen.questionLines(
            session.current, selection: session.answers[session.index], struck: session.struck[session.index],
            cursor: exam.cursor, language: language, width: width, firstLine: body.count
        )
        body += lines
        let prompt: String? = switch exam.overlay {
        case .confirmSubmit:
            UIText.confirmSubmit(
                unanswered: session.items.count - session.answeredCount - session.incompleteCount,
                incomplete: session.incompleteCount, flagged: session.flagged.count
            )[language]
        case .confirmLeave: UIText.confirmLeave[language]
        case .none, .overview: nil
        }
        if let prompt {
            body.append([])
            body += LineBuilder.wrapped(prompt, width: width, style: CellStyle(bold: true, reverse: true))
        }
        return ScreenContent(
            title: title, status: status, body: body, focus: prompt == nil ? focus : (body.count - 1)..<body.count
        )
    }
}
