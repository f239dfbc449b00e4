import QuizEngine

/// The help screen's place: where the screen under it was scrolled, to go back there.
public struct HelpState: Sendable, Hashable {
    let returnScroll: Int
}

extension AppModel {
    mutating func handleHelp(_ key: Key, help: HelpState) -> [Effect] {
        switch ScreenKeys.help.action(for: key) ?? ScreenKeys.global.action(for: key).flatMap(helpScroll) {
        case .up: scroll(by: key == .pageUp ? -max(1, bodyHeight - 2) : (key == .wheelUp ? -3 : -1))
        case .down: scroll(by: key == .pageDown ? max(1, bodyHeight - 2) : (key == .wheelDown ? 3 : 1))
        case .close:
            self.help = nil
            scroll = help.returnScroll
            clampScroll()
        case nil: break
        }
        return []
    }

    private func helpScroll(_ global: ScreenKeys.Global) -> ScreenKeys.Help? {
        switch global {
        case .pageUp: .up
        case .pageDown: .down
        case .help: .close
        case .language, .top, .bottom: nil
        }
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Help: Sendable { case up, down, close }

    static let help: [KeyBinding<Help>] = [
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .useful, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding(CommonKeys.back + [.character("?"), .enter], "q", backText, .essential, helpLabel: "q, Esc, ?, Enter", action: .close),
    ]
}
