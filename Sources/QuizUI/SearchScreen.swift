import Foundation
import QuizEngine

/// `/` on the menu: questions found by words typed in either language (stem, options,
/// services, ids), listed as they are typed; Enter opens one to read, and from there to
/// drill. Every character types, so the shared keys (t, ?) are text here too.
public struct SearchScreen: Screen {
    /// A query longer than this is not a search anyone types.
    static let queryLimit = 80

    var typed = TypedLine(limit: queryLimit)
    public internal(set) var cursor = 0
    /// Ids of the questions found, in bank order.
    public internal(set) var found: [String] = []

    public var query: String { typed.text }

    var page: AppModel.Page { .search(self) }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.search) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.search.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(max(0, found.count - 1), cursor + 1)
        case .open:
            guard found.indices.contains(cursor) else { break }
            app.show(.reader(QuestionReader(questionID: found[cursor], beneath: app.here)))
        case .erase:
            typed.erase()
            refresh(app: &app)
        case .back: app.show(.menu(cursor: 0))
        case .type, nil:
            if typed.type(key) { refresh(app: &app) }
        }
        return []
    }

    private mutating func refresh(app: inout AppModel) {
        found = app.questionSearch.matches(query).map(\.id)
        cursor = 0
        app.scroll = 0
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(query + "▏", width: width - 2, prefix: [Span("/ ", CellStyle(bold: true, color: .cyan))])
        body.append([])
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            body += LineBuilder.wrapped(SearchText.hint[language], width: width, style: CellStyle(dim: true))
            return ScreenContent(title: SearchText.title[language], body: body, focus: nil)
        }
        body.append([Span(SearchText.found(found.count)[language], CellStyle(bold: true))])
        var focus: Range<Int>?
        for (row, id) in found.enumerated() {
            guard let question = app.bank.question(id) else { continue }
            let selected = row == cursor
            if selected { focus = body.count..<(body.count + 1) }
            let label = id + "  "
            let stem = TextWrap.paragraphs(question.stem[language]).joined(separator: " ")
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(label, CellStyle(bold: true)),
                Span(LineBuilder.truncated(stem, width: max(1, width - 2 - DisplayWidth.of(label))), CellStyle(reverse: selected)),
            ])
        }
        return ScreenContent(title: SearchText.title[language], status: "\(found.count)", body: body, focus: focus)
    }
}

/// What the search screens say, in both languages.
enum SearchText {
    static let title = LocalizedText(ja: "問題を検索", en: "Search questions")
    static let hint = LocalizedText(
        ja: "日本語か英語で言葉を入力してください（問題文・選択肢・サービス名・ID）。スペースで区切った言葉はすべて含む問題を探します。",
        en: "Type words in Japanese or English (stem, options, services, ids). Questions holding every word you type are listed."
    )

    /// Said above a pooled item's options: the reader lists the whole pool, keys included.
    static func wholePool(shown: Int, of total: Int, choose: Int) -> LocalizedText {
        LocalizedText(
            ja: "この問題が出しうる選択肢 \(total) 個すべてです。出題ではこのうち \(shown) 個が表示され、\(choose) つを選びます。",
            en: "All \(total) options this item can show: a sitting shows \(shown) of them and asks for \(choose == 1 ? "one" : "\(choose)")."
        )
    }

    static func found(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count) 問見つかりました", en: Plural.en(count, "question") + " found")
    }
}

extension AppModel {
    /// The search index, built the first time search opens, not at start.
    var questionSearch: QuestionSearch {
        mutating get {
            if let searchIndex { return searchIndex }
            let built = QuestionSearch(bank: bank)
            searchIndex = built
            return built
        }
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Search: Sendable { case up, down, open, erase, back, type }

    /// Searching. Letters type, so the list moves with the arrow keys only, and the keys
    /// every screen shares (t, ?, scrolling) are typed too.
    static let search: [KeyBinding<Search>] = [
        KeyBinding([.enter], "Enter", LocalizedText(ja: "開く", en: "open"), .essential, action: .open),
        KeyBinding([.up], "↑↓", moveText, .useful, action: .up),
        KeyBinding(pairedWith: [.down], action: .down),
        KeyBinding([.backspace], "Backspace", LocalizedText(ja: "1 文字消す", en: "erase"), .optional, action: .erase),
        KeyBinding([.escape], "Esc", menuText, .essential, action: .back),
        KeyBinding(pairedWith: [.character("t"), .character("?"), .pageUp, .pageDown, .home, .end, .wheelUp, .wheelDown], action: .type),
    ]
}
