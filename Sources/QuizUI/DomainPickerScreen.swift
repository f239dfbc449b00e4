import QuizEngine

/// Choosing what a drill covers: every domain that has questions, or all of them.
enum DomainPickerScreen {
    /// The picker's rows: nil stands for "all domains".
    static func entries(_ bank: Bank) -> [ServiceDomain?] {
        [nil] + bank.catalog.domains.filter { domain in bank.questions.contains { $0.domainID == domain.id } }
    }

    static func content(_ model: AppModel, cursor: Int, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(UIText.pickDomainTitle[language], width: width, style: CellStyle(bold: true))
        body.append([])
        var focus: Range<Int>?
        for (index, domain) in entries(model.bank).enumerated() {
            let selected = index == cursor
            if selected { focus = body.count..<(body.count + 1) }
            let name = domain?.name[language] ?? UIText.allDomains[language]
            let count = domain.map { domain in model.bank.questions.filter { $0.domainID == domain.id }.count }
                ?? model.bank.questions.count
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(LineBuilder.padded(name, width: min(34, width - 14)), CellStyle(bold: selected, reverse: selected)),
                Span(" " + UIText.questionsCount(count)[language], CellStyle(dim: true)),
            ])
        }
        return ScreenContent(
            title: UIText.appTitle[language], body: body, focus: focus
        )
    }
}
