import QuizEngine

/// A question being answered: the scenario, the options, the cursor and the choices.
enum QuestionScreen {
    static func header(_ drill: DrillState, language: Language) -> (title: String, status: String) {
        ("\(UIText.drillMode[language]) · \(drill.title[language])", "Q \(drill.index + 1)/\(drill.items.count)")
    }

    static func content(_ model: AppModel, drill: DrillState, width: Int) -> ScreenContent {
        let language = model.language
        let current = drill.current
        let question = current.question
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(question.stem[language], width: width)
        body.append([])
        if question.isMultiResponse {
            body.append([Span(
                UIText.format(UIText.chooseMany, language, [question.requiredSelections]), CellStyle(bold: true, color: .yellow)
            )])
        }
        var focus: Range<Int>?
        for (position, choice) in current.displayedChoices.enumerated() {
            let underCursor = position == drill.cursor
            let chosen = drill.selection.contains(position)
            let box = question.isMultiResponse ? (chosen ? "[x] " : "[ ] ") : (chosen ? "(•) " : "( ) ")
            let prefix = [
                Span(underCursor ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(box, CellStyle(bold: chosen, color: chosen ? .cyan : nil)),
                Span("\(OptionLabel.letter(position)). ", CellStyle(bold: true)),
            ]
            let start = body.count
            body += LineBuilder.wrapped(
                choice.text[language], width: width, style: CellStyle(bold: underCursor, color: chosen ? .cyan : nil),
                prefix: prefix
            )
            if underCursor { focus = start..<body.count }
        }
        if let hint = drill.hint {
            body.append([])
            body += LineBuilder.wrapped(
                UIText.format(hint.text, language, [hint.count]), width: width, style: CellStyle(color: .yellow)
            )
        }
        let (title, status) = header(drill, language: language)
        return ScreenContent(
            title: title, status: status, body: body, focus: focus,
            footer: UIText.format(UIText.footerQuestion, language, [question.choices.count])
        )
    }
}
