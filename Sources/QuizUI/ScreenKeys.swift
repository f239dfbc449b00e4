import QuizEngine

/// Every screen's key table. Each table drives the screen's handler, its footer and the
/// help screen, so they cannot drift apart; a test checks no key means two things on one
/// screen (the screen's keys and the keys every screen shares).
enum ScreenKeys {
    enum Global: Sendable { case help, language, pageUp, pageDown }

    /// Keys that work on every screen but the help screen itself.
    static let global: [KeyBinding<Global>] = [
        KeyBinding([.character("t")], "t", LocalizedText(ja: "English", en: "日本語"), .optional, action: .language),
        KeyBinding([.character("?")], "?", LocalizedText(ja: "ヘルプ", en: "help"), .useful, action: .help),
        KeyBinding(
            [.pageUp, .wheelUp], "PgUp/PgDn", LocalizedText(ja: "スクロール（マウスホイールも可）", en: "scroll (mouse wheel too)"),
            helpOnly: true, action: .pageUp
        ),
        KeyBinding(pairedWith: [.pageDown, .wheelDown], action: .pageDown),
    ]

    enum List: Sendable { case up, down, choose, back }

    /// A list to pick from: the menu, the domain picker. `back` says what q does there.
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
    enum Choosing: Sendable { case option, up, down, toggle }

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

    enum Answering: Sendable { case choosing(Choosing), submit, back }

    /// A drill or review question.
    static func answering(optionCount: Int) -> [KeyBinding<Answering>] {
        choosing(optionCount: optionCount, Answering.choosing) + [
            KeyBinding([.enter], "Enter", LocalizedText(ja: "回答", en: "submit"), .essential, action: .submit),
            KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
        ]
    }

    enum Reading: Sendable { case next, up, down, copyLinks, links, back }

    /// After an answer: the explanation.
    static let feedback: [KeyBinding<Reading>] = [
        KeyBinding([.enter, .space, .right, .character("n")], "Enter", LocalizedText(ja: "次へ", en: "next"), .essential, helpLabel: "Enter, →, n", action: .next),
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.character("c")], "c", LocalizedText(ja: "リンクをコピー", en: "copy links"), .useful, action: .copyLinks),
        KeyBinding([.character("l")], "l", LocalizedText(ja: "リンク一覧", en: "links"), .useful, action: .links),
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    enum Scrolling: Sendable { case up, down, back }

    /// A page to read and leave: results, stats.
    static let reading: [KeyBinding<Scrolling>] = [
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding(CommonKeys.back + [.enter], "q", menuText, .essential, helpLabel: "q, Esc, Enter", action: .back),
    ]

    enum Exam: Sendable { case choosing(Choosing), previous, next, mark, overview, enter, leave }

    /// A question during an exam. Flag and overview keys lie beyond the option letters.
    static func exam(optionCount: Int) -> [KeyBinding<Exam>] {
        choosing(optionCount: optionCount, Exam.choosing) + [
            KeyBinding([.left, .character("p")], "←→", LocalizedText(ja: "前後", en: "prev/next"), .useful, helpLabel: "← →, p n", action: .previous),
            KeyBinding(pairedWith: [.right, .character("n")], action: .next),
            KeyBinding([.character("m")], "m", LocalizedText(ja: "フラグ", en: "flag"), .useful, action: .mark),
            KeyBinding([.character("v")], "v", LocalizedText(ja: "全体表", en: "overview"), .useful, action: .overview),
            KeyBinding([.enter], "Enter", LocalizedText(ja: "次へ", en: "next"), .essential, action: .enter),
            KeyBinding(CommonKeys.back, "q", LocalizedText(ja: "中断", en: "leave"), .essential, helpLabel: "q, Esc", action: .leave),
        ]
    }

    enum Overview: Sendable { case left, right, up, down, open, submit, back }

    /// The exam overview: every question as a cell.
    static let overview: [KeyBinding<Overview>] = [
        KeyBinding([.left, .character("h")], "←↑↓→", LocalizedText(ja: "移動", en: "move"), .optional, helpLabel: "← ↑ ↓ →, h k j l", action: .left),
        KeyBinding(pairedWith: [.right, .character("l")], action: .right),
        KeyBinding(pairedWith: CommonKeys.up, action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter, .space], "Enter", LocalizedText(ja: "その問題へ", en: "go to"), .essential, action: .open),
        KeyBinding([.character("s")], "s", LocalizedText(ja: "提出", en: "submit"), .essential, action: .submit),
        KeyBinding([.character("v")] + CommonKeys.back, "q", backText, .essential, helpLabel: "v, q, Esc", action: .back),
    ]

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

    enum Start: Sendable { case start, back }

    static let examIntro: [KeyBinding<Start>] = [
        KeyBinding([.enter, .space], "Enter", LocalizedText(ja: "開始", en: "start"), .essential, action: .start),
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    enum Browse: Sendable { case filter(ExamResultsBrowser.Filter), drillMisses, up, down, open, previous, next, copyLinks, links, back }

    static let filters: [KeyBinding<Browse>] = [
        KeyBinding([.character("a")], "a", LocalizedText(ja: "すべて", en: "all"), .useful, action: .filter(.all)),
        KeyBinding([.character("i")], "i", LocalizedText(ja: "不正解", en: "incorrect"), .useful, action: .filter(.incorrect)),
        KeyBinding([.character("u")], "u", LocalizedText(ja: "未回答", en: "unanswered"), .optional, action: .filter(.unanswered)),
        KeyBinding([.character("f")], "f", LocalizedText(ja: "フラグ", en: "flagged"), .optional, action: .filter(.flagged)),
    ]

    /// The results of an exam, before a list is chosen.
    static let examResults: [KeyBinding<Browse>] = filters + [
        KeyBinding([.character("d")], "d", LocalizedText(ja: "間違えた問題をドリル", en: "drill misses"), .useful, action: .drillMisses),
        KeyBinding(CommonKeys.back + [.enter], "q", menuText, .essential, helpLabel: "q, Esc, Enter", action: .back),
    ]

    /// A list of the exam's questions.
    static let resultsList: [KeyBinding<Browse>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter], "Enter", LocalizedText(ja: "表示", en: "open"), .essential, action: .open),
    ] + filters + [
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    /// One question of the exam with its explanation.
    static let resultsDetail: [KeyBinding<Browse>] = [
        KeyBinding([.left, .character("p")], "←→", LocalizedText(ja: "前後", en: "prev/next"), .essential, helpLabel: "← →, p n, Enter", action: .previous),
        KeyBinding(pairedWith: [.right, .character("n"), .enter], action: .next),
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.character("c")], "c", LocalizedText(ja: "リンクをコピー", en: "copy links"), .useful, action: .copyLinks),
        KeyBinding([.character("l")], "l", LocalizedText(ja: "リンク一覧", en: "links"), .useful, action: .links),
        KeyBinding(CommonKeys.back, "q", LocalizedText(ja: "一覧へ", en: "list"), .essential, helpLabel: "q, Esc", action: .back),
    ]

    enum Resume: Sendable { case up, down, resume, discard, new, back }

    static let resumeOffer: [KeyBinding<Resume>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter, .space, .character("r")], "Enter", LocalizedText(ja: "再開", en: "resume"), .essential, helpLabel: "Enter, r", action: .resume),
        KeyBinding([.character("d")], "d", discardText, .useful, action: .discard),
        KeyBinding([.character("n")], "n", LocalizedText(ja: "新しい試験", en: "new exam"), .useful, action: .new),
        KeyBinding(CommonKeys.back, "q", menuText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    enum Help: Sendable { case up, down, close }

    static let help: [KeyBinding<Help>] = [
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .useful, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding(CommonKeys.back + [.character("?"), .enter], "q", backText, .essential, helpLabel: "q, Esc, ?, Enter", action: .close),
    ]

    enum Links: Sendable { case left, right, up, down, copy, back }

    /// Every link of a question in full, scrolled sideways when wider than the screen.
    static let links: [KeyBinding<Links>] = [
        KeyBinding([.left, .character("h")], "←→", LocalizedText(ja: "横スクロール", en: "scroll sideways"), .useful, helpLabel: "← →, h l", action: .left),
        KeyBinding(pairedWith: [.right, .character("l")], action: .right),
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.character("c")], "c", LocalizedText(ja: "コピー", en: "copy"), .useful, action: .copy),
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]
}
