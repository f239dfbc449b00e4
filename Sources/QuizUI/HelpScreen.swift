import QuizEngine

/// The keys, on `?`, over whatever screen was showing.
enum HelpScreen {
    static func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        for row in UIText.helpRows {
            body += LineBuilder.wrapped(
                row.does[language], width: width,
                prefix: [Span("  " + LineBuilder.padded(row.key, width: 12), CellStyle(bold: true, color: .cyan))]
            )
        }
        body.append([])
        body += LineBuilder.wrapped(UIText.helpClose[language], width: width, style: CellStyle(dim: true))
        return ScreenContent(title: UIText.helpTitle[language], body: body, focus: nil, footer: UIText.footerHelp[language])
    }
}
