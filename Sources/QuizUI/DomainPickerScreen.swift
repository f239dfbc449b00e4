import QuizEngine

/// Choosing what a drill covers: every domain that has questions, or all of them.
public struct DomainPickerScreen: Screen {
    public internal(set) var cursor = 0

    var page: AppModel.Page { .domainPicker(self) }

    static let table = ScreenKeys.list(choose: UIText.startKey, back: ScreenKeys.backText)

    func keys(_ app: AppModel) -> KeyTable { KeyTable(Self.table) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let entries = Self.entries(app.bank)
        switch Self.table.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(entries.count - 1, cursor + 1)
        case .back: app.show(.menu(cursor: 0))
        case .choose:
            if let domain = entries[cursor] {
                app.startDrill(filter: QuestionFilter(domainIDs: [domain.id]), count: app.drillLength, title: domain.name)
            } else {
                app.startDrill(filter: QuestionFilter(), count: app.drillLength, title: UIText.allDomains)
            }
        case nil: break
        }
        return []
    }

    /// The picker's rows: nil stands for "all domains".
    static func entries(_ bank: Bank) -> [ServiceDomain?] {
        [nil] + bank.catalog.domains.filter { domain in bank.questions.contains { $0.domainID == domain.id } }
    }

    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        body += LineBuilder.wrapped(UIText.pickDomainTitle[language], width: width, style: CellStyle(bold: true))
        body.append([])
        var focus: Range<Int>?
        for (index, domain) in Self.entries(model.bank).enumerated() {
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
