import QuizEngine

/// The questions of a finished session (an exam, past or just submitted, a drill, a review,
/// a cram) as the options were shown and answered: listed by a filter, then opened one by
/// one with the explanation. Every results screen embeds one after its summary, so they
/// all browse alike.
public struct AnswerBrowser: Sendable, Hashable {
    public enum Filter: Sendable, Hashable, CaseIterable {
        case all, incorrect, unanswered, flagged
    }

    public let items: [PresentedQuestion]
    /// Chosen displayed positions per question; empty means unanswered.
    public let answers: [Set<Int>]
    public let flagged: Set<Int>
    /// Nil while the owner shows its summary.
    public internal(set) var filter: Filter?
    public internal(set) var cursor = 0
    /// One question open with its explanation.
    public internal(set) var detail = false

    public init(items: [PresentedQuestion], answers: [Set<Int>], flagged: Set<Int> = []) {
        self.items = items
        self.answers = answers.count == items.count ? answers : Array(repeating: [], count: items.count)
        self.flagged = flagged
    }

    public func isBlank(_ index: Int) -> Bool { answers[index].isEmpty }

    public func isCorrect(_ index: Int) -> Bool { items[index].isCorrect(answers[index]) }

    /// Question indices the current filter shows.
    public var shown: [Int] {
        let indices = Array(items.indices)
        switch filter {
        case .none, .all: return indices
        case .incorrect: return indices.filter { !isBlank($0) && !isCorrect($0) }
        case .unanswered: return indices.filter(isBlank)
        case .flagged: return indices.filter { flagged.contains($0) }
        }
    }

    /// The questions answered wrong or left blank, for "retry the misses".
    public var missed: [Question] {
        items.indices.filter { !isCorrect($0) }.map { items[$0].question }
    }

    /// The list's keys or one question's.
    var table: [KeyBinding<ScreenKeys.Browse>] { detail ? ScreenKeys.resultsDetail : ScreenKeys.resultsList }

    /// Opens the list the filter picks, at its top.
    mutating func choose(_ filter: Filter, app: inout AppModel) {
        self.filter = filter
        cursor = 0
        detail = false
        app.scroll = 0
    }

    /// Takes a key of the list or of an open question; `back` from the list closes it
    /// (the owner then shows its summary).
    mutating func handle(_ action: ScreenKeys.Browse, app: inout AppModel) -> [Effect] {
        let shown = shown
        switch action {
        case .filter(let filter): choose(filter, app: &app)
        case .back where detail:
            detail = false
            app.scroll = 0
        case .back:
            filter = nil
            app.scroll = 0
        case .up where !detail: cursor = max(0, cursor - 1)
        case .down where !detail: cursor = min(max(0, shown.count - 1), cursor + 1)
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
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
        case .copyLinks:
            guard shown.indices.contains(cursor) else { return [] }
            return [.copyToClipboard(DocLinks.of(items[shown[cursor]].question, bank: app.bank).joined(separator: "\n"))]
        case .links:
            guard shown.indices.contains(cursor) else { return [] }
            app.openLinks(DocLinks.of(items[shown[cursor]].question, bank: app.bank))
        case .retryMisses: break
        }
        return []
    }

    /// The filtered list, or the open question with its explanation.
    func content(title: String, model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        let shown = shown
        if detail, shown.indices.contains(cursor) {
            let index = shown[cursor]
            return ScreenContent(
                title: title, status: "\(cursor + 1)/\(shown.count)",
                body: [[]] + questionLines(index, bank: model.bank, language: language, width: width), focus: nil
            )
        }
        var body: [StyledLine] = [[]]
        body.append([Span(UIText.reviewFilterTitles[filter ?? .all]?[language] ?? "", CellStyle(bold: true, underline: true))])
        if shown.isEmpty { body.append([Span("  " + UIText.noneInList[language], CellStyle(dim: true))]) }
        var focus: Range<Int>?
        for (row, index) in shown.enumerated() {
            let selected = row == cursor
            if selected { focus = body.count..<(body.count + 1) }
            let flag = flagged.contains(index) ? "⚑" : " "
            let stem = TextWrap.paragraphs(items[index].question.stem[language]).first ?? ""
            let label = "\(String(index + 1).leftPadded(to: 3))\(flag) "
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)), mark(index),
                Span(label, CellStyle(bold: selected)),
                Span(LineBuilder.truncated(stem, width: max(1, width - 4 - DisplayWidth.of(label))), CellStyle(reverse: selected)),
            ])
        }
        let correct = items.indices.filter(isCorrect).count
        return ScreenContent(title: title, status: "\(correct)/\(items.count)", body: body, focus: focus)
    }

    /// ✓ right, ✗ wrong, ○ left blank.
    func mark(_ index: Int) -> Span {
        isBlank(index) ? Span("○ ", CellStyle(dim: true))
            : (isCorrect(index) ? Span("✓ ", CellStyle(bold: true, color: .green)) : Span("✗ ", CellStyle(bold: true, color: .red)))
    }

    /// "Q 3/65 · id", the stem, then the options as shown with the answer given and the
    /// explanation: the same on screen and in `awsquiz exams ID`.
    func questionLines(_ index: Int, bank: Bank, language: Language, width: Int) -> [StyledLine] {
        let question = items[index].question
        var lines: [StyledLine] = [[Span("Q \(index + 1)/\(items.count) · \(question.id)", CellStyle(bold: true))]]
        lines += LineBuilder.wrapped(question.stem[language], width: width)
        lines.append([])
        lines += FeedbackScreen.explanationLines(items[index], chosen: answers[index], bank: bank, language: language, width: width)
        return lines
    }
}

/// The keys of a results list and of one question opened from it.
extension ScreenKeys {
    enum Browse: Sendable, Equatable {
        case filter(AnswerBrowser.Filter), retryMisses, up, down, open, previous, next, copyLinks, links, back
    }

    static let filters: [KeyBinding<Browse>] = [
        KeyBinding([.character("a")], "a", LocalizedText(ja: "すべて", en: "all"), .useful, action: .filter(.all)),
        KeyBinding([.character("i")], "i", LocalizedText(ja: "不正解", en: "incorrect"), .useful, action: .filter(.incorrect)),
        KeyBinding([.character("u")], "u", LocalizedText(ja: "未回答", en: "unanswered"), .optional, action: .filter(.unanswered)),
        KeyBinding([.character("f")], "f", LocalizedText(ja: "フラグ", en: "flagged"), .optional, action: .filter(.flagged)),
    ]

    /// "Retry the misses now", on every results screen.
    static let retryMisses = KeyBinding<Browse>(
        [.character("d")], "d", LocalizedText(ja: "誤答に再挑戦", en: "retry misses"), .useful, action: .retryMisses
    )

    /// A list of the session's questions.
    static let resultsList: [KeyBinding<Browse>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter], "Enter", LocalizedText(ja: "表示", en: "open"), .essential, action: .open),
    ] + filters + [
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    /// One question of the session with its explanation.
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
