import QuizEngine

/// The keys, on `?`, over whatever screen was showing: that screen's table, then the keys
/// every screen shares. It scrolls like any long screen; `q` goes back as it was.
public struct HelpScreen: Screen {
    /// The screen the help is about.
    var beneath: PageBeneath

    var page: AppModel.Page { .help(self) }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.help) }

    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] {
        beneath.tick(seconds: seconds, app: &app)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.help.action(for: key) {
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
        case .close: beneath.reopen(in: &app)
        case nil: break
        }
        return []
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        var body: [StyledLine] = [[]]
        func rows(_ hints: [KeyHint]) {
            for hint in hints {
                body += LineBuilder.wrapped(
                    hint.does[language], width: width,
                    prefix: [Span("  " + LineBuilder.padded(hint.helpLabel, width: 14), CellStyle(bold: true, color: .cyan))]
                )
            }
        }
        body.append([Span(UIText.helpThisScreen[language], CellStyle(bold: true, underline: true))])
        rows(beneath.page.screen.keys(app).hints)
        body.append([])
        body.append([Span(UIText.helpEverywhere[language], CellStyle(bold: true, underline: true))])
        rows(ScreenKeys.global.hints() + [UIText.interruptHint])
        body.append([])
        body += LineBuilder.wrapped(UIText.helpExamKeys(
            flag: ScreenKeys.examLabel(.mark), overview: ScreenKeys.examLabel(.overview),
            copy: ScreenKeys.feedback.label(of: .copyLinks), links: ScreenKeys.feedback.label(of: .links)
        )[language], width: width, style: CellStyle(dim: true))
        return ScreenContent(title: UIText.helpTitle[language], body: body, focus: nil)
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
