import QuizEngine

/// Every link of a question in full, one per line, scrolled sideways when wider than the
/// screen; `q` goes back to the screen that opened it, as it was.
public struct LinksView: Screen {
    let links: [String]
    /// Columns scrolled out of view on the left.
    var column = 0
    /// The screen that opened this one.
    var beneath: PageBeneath

    var page: AppModel.Page { .links(self) }

    var widest: Int { links.map(DisplayWidth.of).max() ?? 0 }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.links) }

    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] {
        beneath.tick(seconds: seconds, app: &app)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let step = max(1, app.bodyWidth / 2)
        switch ScreenKeys.links.action(for: key) {
        case .left: column = max(0, column - step)
        case .right: column = min(max(0, widest - app.bodyWidth), column + step)
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
        case .copy: return [.copyToClipboard(links.joined(separator: "\n"))]
        case .back: beneath.reopen(in: &app)
        case nil: break
        }
        return []
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(UIText.linksHowTo(copy: ScreenKeys.links.label(of: .copy))[language], width: width, style: CellStyle(dim: true))
        body.append([])
        for link in links {
            body.append([Span(String(link.dropFirst(column)), CellStyle(underline: true, color: .cyan))])
        }
        let status = column > 0 ? "← \(column)" : ""
        return ScreenContent(title: UIText.docs[language], status: status, body: body, focus: nil)
    }
}

extension AppModel {
    /// Shows `links` in full; `q` there comes back to this screen as it is now.
    mutating func openLinks(_ found: [String]) {
        show(.links(LinksView(links: found, beneath: here)))
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Links: Sendable, Equatable { case left, right, up, down, copy, back }

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
