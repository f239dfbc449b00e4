import QuizEngine

/// The keys, on `?`, over whatever screen was showing: that screen's table, then the keys
/// every screen shares. It scrolls like any long screen.
enum HelpScreen {
    static func content(language: Language, screen: [KeyHint], width: Int) -> ScreenContent {
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
        rows(screen)
        body.append([])
        body.append([Span(UIText.helpEverywhere[language], CellStyle(bold: true, underline: true))])
        rows(ScreenKeys.global.hints() + [UIText.interruptHint])
        body.append([])
        body += LineBuilder.wrapped(UIText.helpExamKeys[language], width: width, style: CellStyle(dim: true))
        return ScreenContent(title: UIText.helpTitle[language], body: body, focus: nil)
    }
}
