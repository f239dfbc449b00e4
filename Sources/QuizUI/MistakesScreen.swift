import QuizEngine

/// Every question missed, newest miss first, with how often and when. `Enter` opens one
/// with every option of its pool, what was chosen the last time it was missed, and the
/// explanation. `d` crams them now (all, or the ones marked with Space): answers count in
/// accuracy and here, never in the review schedule. `r` reviews them now instead: they are
/// already in review (a miss in any mode schedules one), so this answers them early, as
/// reviews that move their schedule.
public struct MistakesScreen: Screen {
    public internal(set) var cursor = 0
    /// One mistake open with its explanation.
    public internal(set) var detail = false
    /// Question ids marked with Space; `d` and `r` take these, or every mistake when none is.
    public internal(set) var marked: Set<String> = []

    var page: AppModel.Page { .mistakes(self) }

    func keys(_ app: AppModel) -> KeyTable {
        detail ? KeyTable(ScreenKeys.resultsDetail) : KeyTable(ScreenKeys.mistakes)
    }

    /// The mistakes as a browser over the whole pool of each, answered as last missed; it
    /// shows the open one and steps through them.
    static func browser(_ app: AppModel, cursor: Int, detail: Bool) -> AnswerBrowser {
        let entries = app.mistakes.entries
        var browser = AnswerBrowser(
            items: entries.map { PresentedQuestion.wholePool(of: $0.question) },
            answers: entries.map { entry in Set(entry.lastWrongChoice.filter(entry.question.choices.indices.contains)) }
        )
        browser.filter = .all
        browser.cursor = min(cursor, max(0, entries.count - 1))
        browser.detail = detail
        return browser
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let entries = app.mistakes.entries
        if detail {
            guard let action = ScreenKeys.resultsDetail.action(for: key) else { return [] }
            var browser = Self.browser(app, cursor: cursor, detail: detail)
            let effects = browser.handle(action, app: &app)
            cursor = browser.cursor
            detail = browser.detail
            return effects
        }
        switch ScreenKeys.mistakes.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(max(0, entries.count - 1), cursor + 1)
        case .open:
            guard entries.indices.contains(cursor) else { break }
            detail = true
            app.scroll = 0
        case .mark:
            guard entries.indices.contains(cursor) else { break }
            let id = entries[cursor].question.id
            if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
            cursor = min(entries.count - 1, cursor + 1)
        case .cram: app.startDrill(of: chosen(entries), title: UIText.cramTitle, mode: .cram, returnTo: app.here)
        case .review: app.startDrill(of: chosen(entries), title: UIText.reviewTitle, mode: .review, returnTo: app.here)
        case .back: app.show(.menu(cursor: 0))
        case nil: break
        }
        return []
    }

    /// The marked mistakes, or all of them when none is marked, newest first.
    private func chosen(_ entries: [MistakeList.Entry]) -> [Question] {
        let picked = entries.filter { marked.contains($0.question.id) }
        return (picked.isEmpty ? entries : picked).map(\.question)
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        let title = UIText.mistakesTitle[language]
        let entries = app.mistakes.entries
        if detail, entries.indices.contains(cursor) {
            var content = Self.browser(app, cursor: cursor, detail: true).content(title: title, model: app, width: width)
            content.body.insert(contentsOf: LineBuilder.wrapped(
                UIText.mistakeTally(entries[cursor], timeZone: app.timeZone)[language], width: width, style: CellStyle(dim: true)
            ), at: 1)
            return content
        }
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(UIText.mistakesIntro[language], width: width, style: CellStyle(dim: true))
        body.append([])
        if entries.isEmpty { body.append([Span("  " + UIText.noMistakes[language], CellStyle(dim: true))]) }
        var focus: Range<Int>?
        let idWidth = min(14, entries.map { DisplayWidth.of($0.question.id) }.max() ?? 0)
        // Only the rows in view are laid out; the others are empty lines that keep their
        // places (the focus, and so the scroll, needs only where they are), so thousands of
        // mistakes cost a screenful per frame.
        let firstRow = body.count
        let onScreen = app.scroll..<(app.scroll + app.bodyHeight)
        for (row, entry) in entries.enumerated() {
            let selected = row == cursor
            if selected { focus = body.count..<(body.count + 1) }
            guard onScreen.contains(firstRow + row) else {
                body.append([])
                continue
            }
            let when = StatsScreen.format(entry.lastMissedAt, timeZone: app.timeZone)
            let head = "\(marked.contains(entry.question.id) ? "●" : " ") "
                + LineBuilder.padded(entry.question.id, width: idWidth) + " \(entry.misses)/\(entry.answers)".leftPadded(to: 6)
                // On a narrow screen the day alone leaves the stem some room.
                + "  \(width < 70 ? String(when.prefix(10)) : when)  "
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(head, CellStyle(bold: selected)),
                Span(LineBuilder.excerpt(entry.question.stem[language], width: max(1, width - 2 - DisplayWidth.of(head))), CellStyle(reverse: selected)),
            ])
        }
        let status = marked.isEmpty ? "\(entries.count)" : UIText.markedOf(marked.count, entries.count)[language]
        return ScreenContent(title: title, status: status, body: body, focus: focus)
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Mistakes: Sendable { case up, down, open, mark, cram, review, back }

    static let mistakes: [KeyBinding<Mistakes>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter], "Enter", LocalizedText(ja: "解説", en: "explain"), .essential, action: .open),
        KeyBinding([.space], "Space", LocalizedText(ja: "選ぶ", en: "mark"), .optional, action: .mark),
        KeyBinding([.character("d")], "d", LocalizedText(ja: "詰め込み", en: "cram"), .useful, action: .cram),
        KeyBinding([.character("r")], "r", LocalizedText(ja: "復習", en: "review"), .useful, action: .review),
        KeyBinding(CommonKeys.back, "q", menuText, .essential, helpLabel: "q, Esc", action: .back),
    ]
}
