import QuizEngine

/// The main menu: what the user can do, and what the bank holds.
enum MenuScreen {
    enum Item: CaseIterable {
        case drillDomain
        case drillAll
        case quit

        var label: LocalizedText {
            switch self {
            case .drillDomain: UIText.menuDrillDomain
            case .drillAll: UIText.menuDrillAll
            case .quit: UIText.menuQuit
            }
        }
    }

    static func content(_ model: AppModel, cursor: Int, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        var focus: Range<Int>?
        for (index, item) in Item.allCases.enumerated() {
            let selected = index == cursor
            if selected { focus = body.count..<(body.count + 1) }
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(item.label[language], CellStyle(bold: selected, reverse: selected)),
            ])
        }
        body.append([])
        let catalog = model.bank.catalog
        let summary = UIText.format(
            UIText.bankSummary, language, [model.bank.questions.count, catalog.notes.count, catalog.domains.count]
        )
        body += LineBuilder.wrapped(summary, width: width, style: CellStyle(dim: true))
        if model.leftOutQuestions > 0 {
            body.append([])
            body += LineBuilder.wrapped(
                UIText.format(UIText.leftOut, language, [model.leftOutQuestions]), width: width,
                style: CellStyle(color: .yellow)
            )
        }
        body.append([])
        for domain in catalog.domains {
            let count = model.bank.questions.filter { $0.domainID == domain.id }.count
            guard count > 0 else { continue }
            body.append([
                Span("  " + LineBuilder.padded(domain.name[language], width: min(32, width - 14))),
                Span(UIText.format(UIText.questionsCount, language, [count]), CellStyle(dim: true)),
            ])
        }
        return ScreenContent(
            title: UIText.appTitle[language], body: body, focus: focus, footer: UIText.footerMenu[language]
        )
    }
}
