import QuizEngine

/// A question being answered: the scenario, the options, the cursor and the choices.
enum QuestionScreen {
    /// "Drill · Security" and "⚑ Level 2/3  Q 1/10": the flag, as in exams, and the
    /// question's difficulty beside where it is.
    static func header(_ drill: DrillState, model: AppModel) -> (title: String, status: String) {
        let language = model.language
        let flag = model.flagged.contains(drill.current.question.id) ? "⚑ " : ""
        let level = UIText.difficulty(drill.current.question.difficulty)[language]
        return (
            "\(UIText.drillMode[language]) · \(drill.title[language])",
            "\(flag)\(level)  Q \(drill.session.index + 1)/\(drill.session.items.count)"
        )
    }

    static func content(_ model: AppModel, drill: DrillState, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]] + HistoryNotice.lines(model, width: width, before: false)
        let (lines, focus) = questionLines(
            drill.current, selection: drill.session.selection, struck: drill.session.struck, cursor: drill.cursor, language: language,
            width: width, firstLine: body.count
        )
        body += lines
        if let hint = drill.hint {
            body.append([])
            body += LineBuilder.wrapped(
                hint[language], width: width, style: CellStyle(color: .yellow)
            )
        }
        let (title, status) = header(drill, model: model)
        return ScreenContent(
            title: title, status: status, body: body, focus: focus
        )
    }

    /// The stem, "choose two" for multi-response, and the options with the cursor, the
    /// choices and the struck-through ones marked (struck: "✕" in place of the dot after the
    /// letter, the text drawn struck through, or dim where the terminal cannot strike). `focus` is the lines
    /// of the option under the cursor, counted from `firstLine`, the line these lines will
    /// start at in the body.
    static func questionLines(
        _ presented: PresentedQuestion, selection: Set<Int>, struck: Set<Int>, cursor: Int, language: Language, width: Int,
        firstLine: Int
    ) -> (lines: [StyledLine], focus: Range<Int>?) {
        let question = presented.question
        var lines = LineBuilder.wrapped(question.stem[language], width: width)
        lines.append([])
        if question.isMultiResponse {
            lines.append([Span(
                UIText.chooseMany(question.requiredSelections)[language], CellStyle(bold: true, color: .yellow)
            )])
        }
        var focus: Range<Int>?
        for (position, choice) in presented.displayedChoices.enumerated() {
            let underCursor = position == cursor
            let chosen = selection.contains(position)
            let isStruck = struck.contains(position)
            let box = question.isMultiResponse ? (chosen ? "[x] " : "[ ] ") : (chosen ? "(•) " : "( ) ")
            let prefix = [
                Span(underCursor ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(box, CellStyle(bold: chosen, color: chosen ? .cyan : nil)),
                Span(
                    "\(OptionLabel.letter(position))\(isStruck ? "✕" : ".") ",
                    CellStyle(bold: !isStruck, strike: isStruck)
                ),
            ]
            let start = firstLine + lines.count
            lines += LineBuilder.wrapped(
                choice.text[language], width: width,
                style: CellStyle(bold: underCursor, strike: isStruck, color: chosen ? .cyan : nil), prefix: prefix
            )
            if underCursor { focus = start..<(firstLine + lines.count) }
        }
        return (lines, focus)
    }
}
