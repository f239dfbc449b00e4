import QuizEngine

/// Every link of a question in full, one per line, scrolled sideways when wider than the
/// screen, over the screen that opened it.
public struct LinksView: Sendable, Hashable {
    let links: [String]
    /// Columns scrolled out of view on the left.
    var column = 0
    let returnScroll: Int

    init(links: [String], returnScroll: Int) {
        self.links = links
        self.returnScroll = returnScroll
    }

    var widest: Int { links.map(DisplayWidth.of).max() ?? 0 }

    func content(language: Language, width: Int) -> ScreenContent {
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(UIText.linksHowTo[language], width: width, style: CellStyle(dim: true))
        body.append([])
        for link in links {
            body.append([Span(String(link.dropFirst(column)), CellStyle(underline: true, color: .cyan))])
        }
        let status = column > 0 ? "← \(column)" : ""
        return ScreenContent(title: UIText.docs[language], status: status, body: body, focus: nil)
    }
}

extension AppModel {
    /// Shows `links` in full over the current screen.
    mutating func openLinks(_ found: [String]) {
        links = LinksView(links: found, returnScroll: scroll)
        scroll = 0
    }

    mutating func handleLinks(_ key: Key, view: LinksView) -> [Effect] {
        var view = view
        let step = max(1, bodyWidth / 2)
        switch ScreenKeys.links.action(for: key) ?? ScreenKeys.global.action(for: key).flatMap(Self.linksScroll) {
        case .left: view.column = max(0, view.column - step)
        case .right: view.column = min(max(0, view.widest - bodyWidth), view.column + step)
        case .up: scroll(by: -1)
        case .down: scroll(by: 1)
        case .copy: return [.copyToClipboard(view.links.joined(separator: "\n"))]
        case .back:
            links = nil
            scroll = view.returnScroll
            clampScroll()
            return []
        case nil: return []
        }
        links = view
        return []
    }

    private static func linksScroll(_ global: ScreenKeys.Global) -> ScreenKeys.Links? {
        switch global {
        case .pageUp: .up
        case .pageDown: .down
        case .help, .language, .top, .bottom: nil
        }
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
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
