import QuizEngine

/// A question found by search, to read before drilling it: the stem, every option of its
/// pool marked right or wrong with why, the lesson, the note's claims and the docs. `d`
/// drills it; `q` goes back to the search as it was.
public struct QuestionReader: Screen {
    public let questionID: String
    let beneath: PageBeneath

    var page: AppModel.Page { .reader(self) }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.reader) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.reader.action(for: key) {
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
        case .drill:
            if let question = app.bank.question(questionID) {
                app.startDrill(of: [question], title: LocalizedText(ja: questionID, en: questionID))
            }
        case .back: beneath.reopen(in: &app)
        case nil: break
        }
        return []
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        guard let question = app.bank.question(questionID) else {
            return ScreenContent(title: questionID, body: [], focus: nil)
        }
        let wholePool = PresentedQuestion.wholePool(of: question)
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(question.stem[language], width: width)
        body.append([])
        if question.isPooled {
            body += LineBuilder.wrapped(
                SearchText.wholePool(shown: question.shownCount, of: question.choices.count, choose: question.requiredSelections)[language],
                width: width, style: CellStyle(dim: true)
            )
            body.append([])
        }
        body += FeedbackScreen.explainedLines(wholePool, chosen: [], bank: app.bank, language: language, width: width)
        return ScreenContent(title: "\(SearchText.title[language]) · \(questionID)", body: body, focus: nil)
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Reader: Sendable { case up, down, drill, back }

    static let reader: [KeyBinding<Reader>] = [
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.character("d")], "d", LocalizedText(ja: "この問題をドリル", en: "drill this question"), .essential, action: .drill),
        KeyBinding(CommonKeys.back, "q", LocalizedText(ja: "検索へ", en: "search"), .essential, helpLabel: "q, Esc", action: .back),
    ]
}
