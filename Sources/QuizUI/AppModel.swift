import QuizEngine

/// The whole state of the game; `update` changes it, `view` draws it.
public struct AppModel: Sendable {
    public enum Page: Sendable, Hashable {
        case menu(cursor: Int)
        case domainPicker(cursor: Int)
        case drill(DrillState)
        case results(DrillState)
    }

    public let bank: Bank
    public internal(set) var language: Language
    public internal(set) var size: TerminalSize
    public internal(set) var page: Page
    public internal(set) var helpVisible = false
    /// First line of the body scrolled out of view on long screens.
    public internal(set) var scroll = 0
    /// Questions the loader dropped, told once on the menu.
    public let leftOutQuestions: Int
    /// How many questions a drill started from the menu draws.
    public let drillLength: Int
    /// Seeds drills started from the menu; advanced after each so drills differ.
    public internal(set) var nextSeed: UInt64

    public init(
        bank: Bank, language: Language, size: TerminalSize, leftOutQuestions: Int = 0,
        drillLength: Int = 10, seed: UInt64
    ) {
        self.bank = bank
        self.language = language
        self.size = size
        self.leftOutQuestions = leftOutQuestions
        self.drillLength = drillLength
        nextSeed = seed
        page = .menu(cursor: 0)
    }

    /// Opens straight into a drill, as `awsquiz drill` does. Without questions, the menu.
    public mutating func startDrill(filter: QuestionFilter, count: Int?, title: LocalizedText) {
        let items = QuestionDraw.drill(from: bank, filter: filter, count: count, seed: nextSeed)
        nextSeed = SeededGenerator(seed: nextSeed).nextSeed
        scroll = 0
        page = items.isEmpty ? .menu(cursor: 0) : .drill(DrillState(title: title, items: items))
    }
}

extension SeededGenerator {
    /// The seed of the next drill, derived so a seeded session stays repeatable end to end.
    var nextSeed: UInt64 {
        var copy = self
        return copy.next()
    }
}
