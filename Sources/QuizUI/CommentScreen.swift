import QuizEngine

/// Writing a comment on the item on screen, as the real exam lets candidates comment on
/// items: typed characters go in, Enter files it in history, Esc drops it; either way the
/// screen beneath comes back as it was, and time runs on beneath (an exam's clock too).
public struct CommentScreen: Screen {
    public let questionID: String
    var typed = TypedLine(limit: ItemComment.maximumLength)
    public var text: String { typed.text }
    var beneath: PageBeneath

    var page: AppModel.Page { .comment(self) }

    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] {
        beneath.tick(seconds: seconds, app: &app)
    }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.comment) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.comment.action(for: key) {
        case .save:
            let comment = text.trimmingCharacters(in: .whitespacesAndNewlines)
            close(app: &app)
            return comment.isEmpty ? [] : [.recordComment(ItemComment(questionID: questionID, text: comment, createdAt: app.now))]
        case .erase:
            typed.erase()
        case .cancel:
            close(app: &app)
        case .type, nil:
            typed.type(key)
        }
        return []
    }

    private func close(app: inout AppModel) {
        beneath.reopen(in: &app)
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(UIText.commentOn(questionID)[language], width: width, style: CellStyle(bold: true))
        if let question = app.bank.question(questionID) {
            let stem = TextWrap.paragraphs(question.stem[language]).joined(separator: " ")
            body.append([Span(LineBuilder.truncated(stem, width: width), CellStyle(dim: true))])
        }
        body.append([])
        body += LineBuilder.wrapped(text + "▏", width: width - 2, prefix: [Span("> ", CellStyle(bold: true, color: .cyan))])
        body.append([])
        body += LineBuilder.wrapped(UIText.commentHint[language], width: width, style: CellStyle(dim: true))
        return ScreenContent(title: UIText.commentTitle[language], body: body, focus: nil)
    }
}

extension AppModel {
    /// Opens a comment on `questionID`; saving or leaving it comes back to this screen as it is now.
    mutating func openComment(on questionID: String) {
        show(.comment(CommentScreen(questionID: questionID, beneath: here)))
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Comment: Sendable { case save, erase, cancel, type }

    /// Writing a comment. The keys every screen shares (t, ?, scrolling) are taken here so
    /// that they are typed, not obeyed.
    static let comment: [KeyBinding<Comment>] = [
        KeyBinding([.enter], "Enter", LocalizedText(ja: "保存", en: "save"), .essential, action: .save),
        KeyBinding([.backspace], "Backspace", LocalizedText(ja: "1 文字消す", en: "erase"), .optional, action: .erase),
        KeyBinding([.escape], "Esc", LocalizedText(ja: "やめる", en: "cancel"), .essential, action: .cancel),
        KeyBinding(
            pairedWith: [.character("t"), .character("?"), .pageUp, .pageDown, .home, .end, .wheelUp, .wheelDown], action: .type
        ),
    ]

    /// The binding that opens a comment on the item on screen.
    static func commentKey<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding([.character("w")], "w", LocalizedText(ja: "この問題にコメント", en: "comment on this item"), .optional, action: action)
    }
}
