import QuizEngine

/// After an answer: the verdict, every option marked right or wrong with why, the lesson,
/// the note it came from and where AWS documents it.
enum FeedbackScreen {
    static func content(_ model: AppModel, drill: DrillState, width: Int) -> ScreenContent {
        let comesBack = model.reviewDue(drill.current.question.id).map { UIText.comesBack(TimeUntil.words(from: model.now, to: $0)) }
        let body: [StyledLine] = [[]] + HistoryNotice.lines(model, width: width, before: false) + explanationLines(
            drill.current, chosen: drill.session.chosen[drill.session.index], bank: model.bank, language: model.language,
            width: width, comesBack: comesBack
        )
        let (title, status) = QuestionScreen.header(drill, model: model)
        return ScreenContent(
            title: title, status: status, body: body, focus: nil
        )
    }

    /// The verdict (and, after a drill or review answer, when the question comes back for
    /// review), each option marked right or wrong with why, the lesson, the note and the docs.
    static func explanationLines(
        _ presented: PresentedQuestion, chosen: Set<Int>, bank: Bank, language: Language, width: Int, comesBack: LocalizedText? = nil
    ) -> [StyledLine] {
        verdictLines(presented, chosen: chosen, language: language, width: width, comesBack: comesBack)
            + explainedLines(presented, chosen: chosen, bank: bank, language: language, width: width)
    }

    /// "✓ Correct", or "✗ Incorrect — the answer is B, D", and when the question comes back
    /// for review if that is given, then a blank line.
    static func verdictLines(
        _ presented: PresentedQuestion, chosen: Set<Int>, language: Language, width: Int, comesBack: LocalizedText?
    ) -> [StyledLine] {
        var body: [StyledLine] = []
        if presented.isCorrect(chosen) {
            body.append([Span("✓ " + UIText.correct[language], CellStyle(bold: true, color: .green))])
        } else {
            let letters = presented.correctPositions.sorted().map(OptionLabel.letter).joined(separator: ", ")
            let verdict = chosen.isEmpty ? UIText.unanswered : UIText.incorrect
            body.append([
                Span("✗ " + verdict[language], CellStyle(bold: true, color: .red)),
                Span(" — " + UIText.correctAnswerIs(letters)[language], CellStyle(bold: true)),
            ])
        }
        if let comesBack {
            body += LineBuilder.wrapped(comesBack[language], width: width, style: CellStyle(color: .cyan))
        }
        body.append([])
        return body
    }

    /// Each option marked right (and chosen, if it was) with why, the lesson, the note, its
    /// claims and the docs.
    static func explainedLines(
        _ presented: PresentedQuestion, chosen: Set<Int>, bank: Bank, language: Language, width: Int
    ) -> [StyledLine] {
        let question = presented.question
        var body: [StyledLine] = []
        for (position, choice) in presented.displayedChoices.enumerated() {
            let wasChosen = chosen.contains(position)
            let mark: Span = choice.isCorrect
                ? Span("✓ ", CellStyle(bold: true, color: .green))
                : (wasChosen ? Span("✗ ", CellStyle(bold: true, color: .red)) : Span("  "))
            body += LineBuilder.wrapped(
                choice.text[language], width: width, style: CellStyle(bold: choice.isCorrect),
                prefix: [mark, Span("\(OptionLabel.letter(position)). ", CellStyle(bold: true))],
                suffix: wasChosen ? Span(UIText.yourAnswer[language], CellStyle(bold: true)) : nil
            )
            body += LineBuilder.wrapped(
                choice.why[language], width: width, style: CellStyle(dim: !choice.isCorrect),
                prefix: [Span("     ")]
            )
        }
        body.append([])
        body.append([Span(UIText.explanation[language], CellStyle(bold: true, underline: true))])
        body += LineBuilder.wrapped(question.explanation[language], width: width)
        body.append([])
        if let note = bank.catalog.note(question.noteID) {
            body += LineBuilder.wrapped(
                "\(note.title[language]) (\(note.date))", width: width,
                prefix: [Span(UIText.sourceNote[language] + ": ", CellStyle(bold: true))]
            )
        }
        let claims = question.claimIDs.compactMap(bank.claim)
        for claim in claims {
            body += claimLines(claim, language: language, width: width)
        }
        body.append([Span(UIText.docs[language] + ":", CellStyle(bold: true))])
        body += DocLinks.of(question, bank: bank).map { DocLinks.line($0, width: width) }
        return body
    }

    /// The claim of the note this item tests, marked; where it no longer holds, what is true now.
    static func claimLines(_ claim: Claim, language: Language, width: Int) -> [StyledLine] {
        let (mark, color): (String, TextColor) = switch claim.verdict {
        case .holds: ("✓", .green)
        case .outdated: ("!", .yellow)
        case .wrong: ("✗", .red)
        }
        var lines: [StyledLine] = [[Span("  \(mark) " + UIText.verdict(claim.verdict)[language], CellStyle(bold: true, color: color))]]
        lines += LineBuilder.wrapped(claim.says[language], width: width, prefix: [Span("    ")])
        if let truth = claim.truth {
            lines += LineBuilder.wrapped(truth[language], width: width, prefix: [Span("    " + UIText.claimNow[language] + ": ", CellStyle(bold: true))])
        }
        return lines
    }
}
