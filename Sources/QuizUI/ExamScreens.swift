import QuizEngine

/// A question during an exam, or the overview, or a question to confirm.
enum ExamScreen {
    static func content(_ model: AppModel, exam: ExamState, width: Int) -> ScreenContent {
        let language = model.language
        let session = exam.session
        let flag = session.flagged.contains(session.index) ? "⚑ " : ""
        let title = "\(UIText.examMode[language]) \(session.preset.exam.code)"
        let status = "\(flag)Q \(session.index + 1)/\(session.items.count)  \(Clock.format(session.remainingSeconds))"
        if case .overview(let cursor) = exam.overlay {
            let overview = ExamOverviewScreen.lines(session, cursor: cursor, language: language, width: width)
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
            session.current, selection: session.answers[session.index], cursor: exam.cursor, language: language,
            width: width, firstLine: body.count
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

/// Every question of the exam as answered, unanswered or flagged; the cursor jumps to one.
enum ExamOverviewScreen {
    static let cellWidth = 7

    static func columns(width: Int) -> Int { max(1, width / cellWidth) }

    /// The counts and the legend, wrapped whole, then the cells; `focus` is the row of
    /// the cell under the cursor.
    static func lines(
        _ session: ExamSession, cursor: Int, language: Language, width: Int
    ) -> (lines: [StyledLine], focus: Range<Int>) {
        var lines: [StyledLine] = [[]]
        let answered = session.answeredCount, incomplete = session.incompleteCount
        let summary = UIText.overviewSummary(
            answered: answered, incomplete: incomplete, unanswered: session.items.count - answered - incomplete,
            flagged: session.flagged.count
        )
        lines += LineBuilder.packed(summary.map { $0[language] }, width: width, separator: " · ").map { [Span($0, CellStyle(bold: true))] }
        lines += LineBuilder.packed(UIText.overviewLegend.map { $0[language] }, width: width).map { [Span($0, CellStyle(dim: true))] }
        lines.append([])
        let perRow = columns(width: width)
        let focusRow = lines.count + cursor / perRow
        for rowStart in stride(from: 0, to: session.items.count, by: perRow) {
            var row: StyledLine = []
            for index in rowStart..<min(rowStart + perRow, session.items.count) {
                let isAnswered = session.isAnswered(index)
                let mark = isAnswered ? "●" : session.isIncomplete(index) ? "◐" : "○"
                let number = String(index + 1).leftPadded(to: 3)
                let flag = session.flagged.contains(index) ? "⚑" : " "
                let style = CellStyle(
                    bold: index == cursor, reverse: index == cursor, dim: !isAnswered && index != cursor,
                    color: session.flagged.contains(index) ? .yellow : nil
                )
                row.append(Span("\(mark)\(number)\(flag)", style))
                row.append(Span("  "))
            }
            lines.append(row)
        }
        return (lines, focusRow..<(focusRow + 1))
    }
}
