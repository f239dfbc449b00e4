import QuizEngine

/// Pages that are read and left (drill results, stats): ↑↓ scroll, q goes to the menu.
protocol ReadingScreen: Screen {}

extension ReadingScreen {
    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.reading(leave: app.leaveText)) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.reading(leave: app.leaveText).action(for: key) {
        case .back: app.show(.menu(cursor: 0))
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
        case nil: break
        }
        return []
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Scrolling: Sendable { case up, down, back }

    /// A page to read and leave: results, stats. `leave` says where q goes.
    static func reading(leave: LocalizedText) -> [KeyBinding<Scrolling>] { [
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding(CommonKeys.back + [.enter], "q", leave, .essential, helpLabel: "q, Esc, Enter", action: .back),
    ] }
}
