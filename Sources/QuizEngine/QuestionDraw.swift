/// Draws the questions of a drill: filtered, in a seeded order, with seeded option orders.
public enum QuestionDraw {
    /// Same bank, filter, count and seed give the same questions in the same order,
    /// each with the same option order.
    public static func drill(
        from bank: Bank, filter: QuestionFilter, count: Int?, seed: UInt64
    ) -> [PresentedQuestion] {
        var generator = SeededGenerator(seed: seed)
        let pool = bank.questions(matching: filter).seededShuffle(using: &generator)
        let chosen = count.map { Array(pool.prefix(max(0, $0))) } ?? pool
        return chosen.map { present($0, using: &generator) }
    }

    /// Shuffles one question's options.
    public static func present(_ question: Question, using generator: inout SeededGenerator) -> PresentedQuestion {
        PresentedQuestion(
            question: question,
            choiceOrder: Array(question.choices.indices).seededShuffle(using: &generator)
        )
    }
}
