/// A question as one session shows it: the options drawn from its pool, in a shuffled order.
public struct PresentedQuestion: Sendable, Hashable {
    public let question: Question
    /// `choiceOrder[displayed position] = index in question.choices`; options of the pool
    /// that this sitting does not show are absent.
    public let choiceOrder: [Int]

    public init(question: Question, choiceOrder: [Int]) {
        self.question = question
        self.choiceOrder = choiceOrder
    }

    /// Every option of the pool in the author's order, keys included: for reading an item
    /// outside a sitting (search, mistakes).
    public static func wholePool(of question: Question) -> PresentedQuestion {
        PresentedQuestion(question: question, choiceOrder: Array(question.choices.indices))
    }

    public var displayedChoices: [Choice] { choiceOrder.map { question.choices[$0] } }

    /// Displayed positions of the correct options.
    public var correctPositions: Set<Int> {
        Set(choiceOrder.indices.filter { question.choices[choiceOrder[$0]].isCorrect })
    }

    /// Exact-set grading: multi-response is right only when exactly the correct set is chosen.
    public func isCorrect(_ chosenPositions: Set<Int>) -> Bool {
        chosenPositions == correctPositions
    }

    /// The chosen positions in the author's order, which is what history stores.
    public func authorIndices(of positions: Set<Int>) -> [Int] {
        positions.map { choiceOrder[$0] }.sorted()
    }
}
