import QuizEngine

/// The keys every screen shares and the tables several screens use (lists, options,
/// confirmations); each screen keeps its own table in its file. A table drives the handler,
/// the footer and the help; a test checks no key means two things on one screen.
enum ScreenKeys {
    enum Global: Sendable { case help, language, pageUp, pageDown, top, bottom }

    /// Keys that work on every screen but the help screen itself.
    static let global: [KeyBinding<Global>] = [
        KeyBinding([.character("t")], "t", LocalizedText(ja: "English", en: "日本語"), .optional, action: .language),
        KeyBinding([.character("?")], "?", LocalizedText(ja: "ヘルプ", en: "help"), .useful, action: .help),
        KeyBinding(
            [.pageUp, .wheelUp], "PgUp/PgDn", LocalizedText(ja: "スクロール（マウスホイールも可）", en: "scroll (mouse wheel too)"),
            helpOnly: true, action: .pageUp
        ),
        KeyBinding(pairedWith: [.pageDown, .wheelDown], action: .pageDown),
        KeyBinding([.home], "Home/End", LocalizedText(ja: "先頭・末尾へ", en: "top / bottom"), helpOnly: true, action: .top),
        KeyBinding(pairedWith: [.end], action: .bottom),
    ]

    enum List: Sendable { case up, down, choose, back }

    /// A list to pick from (past exams). `back` says what q does there.
    static func list(choose: LocalizedText, back: LocalizedText) -> [KeyBinding<List>] {
        [
            KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
            KeyBinding(pairedWith: CommonKeys.down, action: .down),
            KeyBinding([.enter, .space], "Enter", choose, .essential, action: .choose),
            KeyBinding(CommonKeys.back, "q", back, .essential, helpLabel: "q, Esc", action: .back),
        ]
    }

    static let moveText = LocalizedText(ja: "選択", en: "move")
    static let backText = LocalizedText(ja: "戻る", en: "back")
    static let menuText = LocalizedText(ja: "メニューへ", en: "menu")
    static let scrollText = LocalizedText(ja: "スクロール", en: "scroll")

    /// Keys over a question's options, the same in drills and exams.
    enum Choosing: Sendable, Equatable { case option, up, down, toggle }

    static func choosing<Action>(optionCount: Int, _ action: (Choosing) -> Action) -> [KeyBinding<Action>] {
        [
            KeyBinding(
                CommonKeys.options(optionCount), CommonKeys.optionsLabel(optionCount),
                LocalizedText(ja: "選択", en: "choose"), .essential, helpLabel: CommonKeys.optionsHelpLabel(optionCount),
                action: action(.option)
            ),
            KeyBinding(CommonKeys.up, "↑↓", LocalizedText(ja: "移動", en: "move"), .optional, helpLabel: "↑ ↓, k j", action: action(.up)),
            KeyBinding(pairedWith: CommonKeys.down, action: action(.down)),
            KeyBinding([.space], "Space", LocalizedText(ja: "切替", en: "toggle"), .optional, action: action(.toggle)),
        ]
    }

    /// The binding that strikes the option under the cursor through (again: back), in exams
    /// and drills alike; `x` lies beyond the option letters a-i.
    static func strikeKey<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding([.character("x")], "x", LocalizedText(ja: "取り消し線", en: "strike"), .useful, action: action)
    }

    /// Moves `cursor` for ↑↓; returns the option a letter, a digit or Space chooses, if any.
    static func chosen(by action: Choosing, key: Key, cursor: inout Int, optionCount: Int) -> Int? {
        switch action {
        case .up:
            cursor = max(0, cursor - 1)
            return nil
        case .down:
            cursor = min(optionCount - 1, cursor + 1)
            return nil
        case .toggle:
            return cursor
        case .option:
            guard case .character(let character) = key,
                  let position = OptionLabel.position(for: character, optionCount: optionCount) else { return nil }
            cursor = position
            return position
        }
    }

    enum Confirm: Sendable { case yes, no }

    /// A question to confirm: submit, leave, discard.
    static func confirm(_ yes: LocalizedText) -> [KeyBinding<Confirm>] {
        [
            KeyBinding([.character("y"), .character("Y")], "y", yes, .essential, action: .yes),
            KeyBinding([.character("n"), .character("N")] + CommonKeys.back, "n", backText, .essential, helpLabel: "n, q, Esc", action: .no),
        ]
    }

    static let submitText = LocalizedText(ja: "提出", en: "submit")
    static let leaveText = LocalizedText(ja: "中断", en: "leave")
    static let discardText = LocalizedText(ja: "破棄", en: "discard")
}
