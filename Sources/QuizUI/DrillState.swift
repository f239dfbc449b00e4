import QuizEngine

/// A drill or review on screen: the engine's session plus what only the screen needs. It
/// shows a question, then after the answer its explanation.
public struct DrillState: Screen {
    /// What the drill covers, for the header ("Security", "All domains").
    public let title: LocalizedText
    public internal(set) var session: DrillSession
    /// Cursor over the current question's options.
    public internal(set) var cursor = 0
    /// A one-line hint under the options, such as "choose two first".
    public internal(set) var hint: LocalizedText?
    /// Where leaving the drill's results goes (the exam results whose misses it retries,
    /// the mistakes it crams); nil for the menu.
    let returnTo: PageBeneath?

    public init(title: LocalizedText, items: [PresentedQuestion], mode: AnswerRecord.Mode = .drill) {
        self.init(title: title, items: items, mode: mode, returnTo: nil)
    }

    init(title: LocalizedText, items: [PresentedQuestion], mode: AnswerRecord.Mode, returnTo: PageBeneath?) {
        self.title = title
        session = DrillSession(items: items, mode: mode)
        self.returnTo = returnTo
    }

    public var current: PresentedQuestion { session.current }

    var page: AppModel.Page { .drill(self) }

    var answering: [KeyBinding<ScreenKeys.Answering>] { ScreenKeys.answering(optionCount: current.choiceOrder.count) }

    func keys(_ app: AppModel) -> KeyTable {
        session.phase == .answering ? KeyTable(answering) : KeyTable(ScreenKeys.feedback)
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        session.phase == .answering
            ? QuestionScreen.content(app, drill: self, width: width) : FeedbackScreen.content(app, drill: self, width: width)
    }

    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] {
        session.elapse(seconds)
        return []
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        session.phase == .answering ? answer(key, app: &app) : read(key, app: &app)
    }

    private mutating func answer(_ key: Key, app: inout AppModel) -> [Effect] {
        let optionCount = current.choiceOrder.count
        switch answering.action(for: key) {
        case .choosing(let action):
            guard let position = ScreenKeys.chosen(by: action, key: key, cursor: &cursor, optionCount: optionCount) else { break }
            hint = nil
            session.choose(position)
        case .strike: session.toggleStrike(cursor)
        case .submit:
            switch session.submit(cursor: cursor) {
            case .needs(let count):
                hint = UIText.needSelections(count)
            case .recorded(let record):
                hint = nil
                app.remember([record])
                app.scroll = 0
                return [.recordAnswers([record])]
            }
        case .flag: return [app.toggleFlag(current.question.id)]
        case .comment: app.openComment(on: current.question.id)
        case .back: finish(app: &app)
        case nil: break
        }
        return []
    }

    private mutating func read(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.feedback.action(for: key) {
        case .next:
            guard session.next() else {
                finish(app: &app)
                return []
            }
            cursor = 0
            app.scroll = 0
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
        case .copyLinks: return [.copyToClipboard(DocLinks.of(current.question, bank: app.bank).joined(separator: "\n"))]
        case .links: app.openLinks(DocLinks.of(current.question, bank: app.bank))
        case .flag: return [app.toggleFlag(current.question.id)]
        case .comment: app.openComment(on: current.question.id)
        case .back: finish(app: &app)
        case nil: break
        }
        return []
    }

    /// Leaving a drill shows what was answered so far; with nothing answered, the page it
    /// came from (the menu, mostly).
    private func finish(app: inout AppModel) {
        if session.chosen.isEmpty { app.goBack(to: returnTo) } else { app.show(.results(DrillResultsScreen(drill: self))) }
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Answering: Sendable { case choosing(Choosing), strike, submit, flag, comment, back }

    /// A drill or review question.
    static func answering(optionCount: Int) -> [KeyBinding<Answering>] {
        choosing(optionCount: optionCount, Answering.choosing) + [
            strikeKey(.strike),
            KeyBinding([.enter], "Enter", LocalizedText(ja: "回答", en: "submit"), .essential, action: .submit),
            flagKey(.flag),
            commentKey(.comment),
            KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
        ]
    }

    enum Reading: Sendable, Equatable { case next, up, down, copyLinks, links, flag, comment, back }

    /// After an answer: the explanation.
    static let feedback: [KeyBinding<Reading>] = [
        KeyBinding([.enter, .space, .right, .character("n")], "Enter", LocalizedText(ja: "次へ", en: "next"), .essential, helpLabel: "Enter, →, n", action: .next),
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.character("c")], "c", LocalizedText(ja: "リンクをコピー", en: "copy links"), .useful, action: .copyLinks),
        KeyBinding([.character("l")], "l", LocalizedText(ja: "リンク一覧", en: "links"), .useful, action: .links),
        flagKey(.flag),
        commentKey(.comment),
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    /// Flags the question to drill later, or unflags it: the exam's flag key, kept in history.
    static func flagKey<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding([.character("m")], "m", LocalizedText(ja: "フラグ", en: "flag"), .optional, action: action)
    }
}
