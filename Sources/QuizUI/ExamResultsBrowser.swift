import QuizEngine

/// Where the user is in an exam's results: the summary, a filtered list, or one question.
public struct ExamResultsBrowser: Screen {
    public enum Filter: Sendable, Hashable, CaseIterable {
        case all, incorrect, unanswered, flagged
    }

    public let session: ExamSession
    public internal(set) var filter: Filter?
    public internal(set) var cursor = 0
    public internal(set) var detail = false

    public init(session: ExamSession) {
        self.session = session
    }

    /// Question indices the current filter shows.
    public var shown: [Int] {
        let indices = Array(session.items.indices)
        switch filter {
        case .none, .all: return indices
        case .incorrect: return indices.filter { !session.isBlank($0) && !session.graded[$0].isCorrect }
        case .unanswered: return indices.filter(session.isBlank)
        case .flagged: return indices.filter { session.flagged.contains($0) }
        }
    }
}

extension ExamResultsBrowser {
    var page: AppModel.Page { .examResults(self) }

    /// The summary's keys, a list's, or one question's.
    func table(_ app: AppModel) -> [KeyBinding<ScreenKeys.Browse>] {
        filter == nil ? ScreenKeys.examResults(leave: app.leaveText) : detail ? ScreenKeys.resultsDetail : ScreenKeys.resultsList
    }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(table(app)) }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        ExamResultsScreen.content(app, review: self, width: width)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let shown = shown
        switch table(app).action(for: key) {
        case .filter(let filter):
            self.filter = filter
            cursor = 0
            app.scroll = 0
            return []
        case .drillMisses:
            app.drillMisses(session)
            return []
        case .back where filter == nil:
            app.show(.menu(cursor: 0))
            return []
        case .back where detail:
            detail = false
            app.scroll = 0
        case .back:
            filter = nil
            app.scroll = 0
        case .up where !detail:
            cursor = max(0, cursor - 1)
        case .down where !detail:
            cursor = min(max(0, shown.count - 1), cursor + 1)
        case .up:
            app.scroll(by: -1)
        case .down:
            app.scroll(by: 1)
        case .open:
            guard !shown.isEmpty else { return [] }
            detail = true
            app.scroll = 0
        case .next:
            cursor = min(max(0, shown.count - 1), cursor + 1)
            app.scroll = 0
        case .previous:
            cursor = max(0, cursor - 1)
            app.scroll = 0
        case .copyLinks, .links:
            guard shown.indices.contains(cursor) else { return [] }
            let found = DocLinks.of(session.items[shown[cursor]].question, bank: app.bank)
            if case .copyLinks = table(app).action(for: key) { return [.copyToClipboard(found.joined(separator: "\n"))] }
            app.openLinks(found)
            return []
        case nil:
            return []
        }
        return []
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Browse: Sendable { case filter(ExamResultsBrowser.Filter), drillMisses, up, down, open, previous, next, copyLinks, links, back }

    static let filters: [KeyBinding<Browse>] = [
        KeyBinding([.character("a")], "a", LocalizedText(ja: "すべて", en: "all"), .useful, action: .filter(.all)),
        KeyBinding([.character("i")], "i", LocalizedText(ja: "不正解", en: "incorrect"), .useful, action: .filter(.incorrect)),
        KeyBinding([.character("u")], "u", LocalizedText(ja: "未回答", en: "unanswered"), .optional, action: .filter(.unanswered)),
        KeyBinding([.character("f")], "f", LocalizedText(ja: "フラグ", en: "flagged"), .optional, action: .filter(.flagged)),
    ]

    /// The results of an exam, before a list is chosen. `leave` says where q goes.
    static func examResults(leave: LocalizedText) -> [KeyBinding<Browse>] {
        filters + [
            KeyBinding([.character("d")], "d", LocalizedText(ja: "間違えた問題をドリル", en: "drill misses"), .useful, action: .drillMisses),
            KeyBinding(CommonKeys.back + [.enter], "q", leave, .essential, helpLabel: "q, Esc, Enter", action: .back),
        ]
    }

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
}
