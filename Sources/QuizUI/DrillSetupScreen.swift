import QuizEngine

/// Setting up a drill: one or several domains, a note, a service, a difficulty, how many,
/// and which (never answered, missed, flagged, all). It shows how many questions match
/// before starting, says so instead of starting when none does, and the set-up started
/// is remembered in the settings file.
public struct DrillSetupScreen: Screen {
    public internal(set) var setup: DrillSetup
    public internal(set) var cursor = 0
    /// Said after Enter on a set-up that matches no question.
    public internal(set) var notice: LocalizedText?

    init(setup: DrillSetup) {
        self.setup = setup
    }

    var page: AppModel.Page { .drillSetup(self) }

    /// A line of the screen: a domain to tick, or a setting to change.
    enum Row: Hashable {
        case domain(String)
        case setting(Setting)
    }

    /// The settings under the domains, each stepped through its choices with ←→.
    enum Setting: CaseIterable {
        case note, service, difficulty, count, which
    }

    enum Action: Sendable { case up, down, tick, previous, next, start, back }

    static let table: [KeyBinding<Action>] = [
        KeyBinding(CommonKeys.up, "↑↓", ScreenKeys.moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.space], "Space", LocalizedText(ja: "チェック", en: "tick"), .useful, action: .tick),
        KeyBinding([.left, .character("h")], "←→", LocalizedText(ja: "変更", en: "change"), .essential, helpLabel: "← →, h l", action: .previous),
        KeyBinding(pairedWith: [.right, .character("l")], action: .next),
        KeyBinding([.enter], "Enter", UIText.startKey, .essential, action: .start),
        KeyBinding(CommonKeys.back, "q", ScreenKeys.backText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    func keys(_ app: AppModel) -> KeyTable { KeyTable(Self.table) }

    static func rows(_ bank: Bank) -> [Row] {
        domains(bank).map { Row.domain($0.id) } + Setting.allCases.map(Row.setting)
    }

    /// The domains that have questions, in catalogue order.
    static func domains(_ bank: Bank) -> [ServiceDomain] {
        bank.catalog.domains.filter { domain in bank.questions.contains { $0.domainID == domain.id } }
    }

    /// The questions the set-up admits today.
    static func matching(_ setup: DrillSetup, app: AppModel) -> [Question] {
        setup.questions(in: app.bank, answered: app.derived.answered, missed: app.derived.missed, flagged: app.flagged)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let rows = Self.rows(app.bank)
        notice = nil
        switch Self.table.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(rows.count - 1, cursor + 1)
        case .tick:
            if case .domain(let id) = rows[cursor] {
                if setup.domainIDs.contains(id) { setup.domainIDs.removeAll { $0 == id } } else { setup.domainIDs.append(id) }
            }
        case .previous: change(rows[cursor], by: -1, bank: app.bank)
        case .next: change(rows[cursor], by: 1, bank: app.bank)
        case .start:
            let questions = Self.matching(setup, app: app)
            guard !questions.isEmpty else {
                notice = UIText.setupMatchesNone
                return []
            }
            app.drillSetup = setup
            app.startDrill(among: questions, count: setup.count, title: Self.title(setup, bank: app.bank))
            return [.saveSettings(app.settings)]
        case .back: app.show(.menu(cursor: 0))
        case nil: break
        }
        return []
    }

    /// Steps the setting on `row` to the next or previous choice, stopping at the ends.
    private mutating func change(_ row: Row, by step: Int, bank: Bank) {
        func stepped<Value: Equatable>(_ value: Value, in choices: [Value]) -> Value {
            let index = choices.firstIndex(of: value) ?? 0
            return choices[min(max(0, index + step), choices.count - 1)]
        }
        guard case .setting(let setting) = row else { return }
        switch setting {
        case .note: setup.noteID = stepped(setup.noteID, in: [nil] + bank.catalog.notes.map(\.id))
        case .service: setup.service = stepped(setup.service, in: [nil] + bank.services)
        case .difficulty: setup.difficulty = stepped(setup.difficulty, in: [nil, 1, 2, 3])
        case .which: setup.which = stepped(setup.which, in: DrillSetup.Which.allCases)
        case .count:
            let steps = DrillSetup.countSteps
            let next = step > 0 ? steps.first { $0 > setup.count } : steps.last { $0 < setup.count }
            setup.count = next ?? setup.count
        }
    }

    /// The drill's header: the one domain or note chosen, else "All domains" or "Chosen
    /// questions", then which questions when not all.
    static func title(_ setup: DrillSetup, bank: Bank) -> LocalizedText {
        let onlyDomains = setup.noteID == nil && setup.service == nil && setup.difficulty == nil
        let base: LocalizedText = if onlyDomains && setup.domainIDs.isEmpty {
            UIText.allDomains
        } else if onlyDomains, setup.domainIDs.count == 1, let domain = bank.catalog.domain(setup.domainIDs[0]) {
            domain.name
        } else if setup.domainIDs.isEmpty, setup.service == nil, setup.difficulty == nil,
                  let note = setup.noteID.flatMap(bank.catalog.note) {
            note.title
        } else {
            UIText.chosenQuestions
        }
        guard setup.which != .all else { return base }
        let which = UIText.setupWhich(setup.which)
        return LocalizedText(ja: "\(base.ja) · \(which.ja)", en: "\(base.en) · \(which.en)")
    }

    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        let bank = model.bank
        var body: [StyledLine] = [[]]
        // How many match: in the header, seen however far the list scrolls, and in full on top.
        let matches = Self.matching(setup, app: model).count
        body += LineBuilder.wrapped(
            UIText.setupMatches(matches, taking: min(matches, setup.count))[language], width: width,
            style: CellStyle(bold: true, color: matches == 0 ? .yellow : .green)
        )
        if let notice {
            body += LineBuilder.wrapped(notice[language], width: width, style: CellStyle(bold: true, color: .yellow))
        }
        body.append([])
        body += LineBuilder.wrapped(UIText.setupDomainsHint[language], width: width, style: CellStyle(dim: true))
        var focus: Range<Int>?
        let labelWidth = Setting.allCases.map { DisplayWidth.of(Self.label($0)[language]) }.max() ?? 0
        for (index, row) in Self.rows(bank).enumerated() {
            let selected = index == cursor
            if row == .setting(.note) { body.append([]) }
            if selected { focus = body.count..<(body.count + 1) }
            let pointer = Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan))
            switch row {
            case .domain(let id):
                guard let domain = bank.catalog.domain(id) else { continue }
                let ticked = setup.domainIDs.contains(id)
                let count = bank.questions.filter { $0.domainID == id }.count
                body.append([
                    pointer,
                    Span(ticked ? "[x] " : "[ ] ", CellStyle(bold: ticked, color: ticked ? .cyan : nil)),
                    Span(LineBuilder.padded(domain.name[language], width: max(0, min(30, width - 20))), CellStyle(bold: selected, reverse: selected)),
                    Span(" " + UIText.questionsCount(count)[language], CellStyle(dim: true)),
                ])
            case .setting(let setting):
                let value = "◂ " + Self.value(setting, setup: setup, bank: bank)[language] + " ▸"
                body.append([
                    pointer,
                    Span(LineBuilder.padded(Self.label(setting)[language], width: labelWidth + 2)),
                    Span(LineBuilder.truncated(value, width: max(1, width - labelWidth - 4)), CellStyle(bold: selected, reverse: selected)),
                ])
            }
        }
        return ScreenContent(
            title: UIText.setupTitle[language], status: UIText.setupMatching(matches)[language], body: body, focus: focus
        )
    }

    static func label(_ setting: Setting) -> LocalizedText {
        switch setting {
        case .note: UIText.setupNote
        case .service: UIText.setupService
        case .difficulty: UIText.setupDifficulty
        case .count: UIText.setupCount
        case .which: UIText.setupWhichLabel
        }
    }

    /// What a setting shows as its value.
    static func value(_ setting: Setting, setup: DrillSetup, bank: Bank) -> LocalizedText {
        switch setting {
        case .note: setup.noteID.flatMap(bank.catalog.note)?.title ?? UIText.setupAny
        case .service: setup.service.map { LocalizedText(ja: $0, en: $0) } ?? UIText.setupAny
        case .difficulty: setup.difficulty.map(UIText.difficulty) ?? UIText.setupAny
        case .count: LocalizedText(ja: "\(setup.count) 問", en: "\(setup.count)")
        case .which: UIText.setupWhich(setup.which)
        }
    }
}
