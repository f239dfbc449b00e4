import Foundation

/// Draws the questions of a drill: filtered, in a seeded order, with seeded option orders.
public enum QuestionDraw {
    /// Same bank, filter, count and seed give the same questions in the same order,
    /// each with the same option order.
    public static func drill(
        from bank: Bank, filter: QuestionFilter, count: Int?, seed: UInt64
    ) -> [PresentedQuestion] {
        drill(among: bank.questions(matching: filter), count: count, seed: seed)
    }

    /// The same draw among questions already chosen (by a drill set-up, say).
    public static func drill(among questions: [Question], count: Int?, seed: UInt64) -> [PresentedQuestion] {
        var generator = SeededGenerator(seed: seed)
        let pool = questions.seededShuffle(using: &generator)
        let chosen = count.map { Array(pool.prefix(max(0, $0))) } ?? pool
        return chosen.map { present($0, using: &generator) }
    }

    /// Draws the options one sitting shows (uniformly among the pool's sound sets; the
    /// whole pool when it shows everything) and shuffles them.
    public static func present(_ question: Question, using generator: inout SeededGenerator) -> PresentedQuestion {
        let shown: [Int]
        if question.isPooled {
            let draws = question.possibleDraws
            shown = draws.isEmpty ? Array(question.choices.indices) : draws[Int(generator.next() % UInt64(draws.count))]
        } else {
            shown = Array(question.choices.indices)
        }
        return PresentedQuestion(question: question, choiceOrder: shown.seededShuffle(using: &generator))
    }
}

extension QuestionDraw {
    /// A drill that draws more from the domains the user misses most: each question's
    /// weight is its domain's miss rate (0.5 for domains with no answers yet) plus a floor,
    /// sampled without replacement (Efraimidis-Spirakis), repeatably for a seed.
    public static func weakSpots(from bank: Bank, progress: StudyProgress, count: Int, seed: UInt64) -> [PresentedQuestion] {
        var generator = SeededGenerator(seed: seed)
        let missRate = progress.scoresByDomain(in: bank).mapValues { Double($0.total - $0.correct) / Double($0.total) }
        let keyed = bank.questions.map { question -> (key: Double, question: Question) in
            let weight = (missRate[question.domainID] ?? 0.5) + 0.05
            let uniform = Double(generator.next() >> 11 | 1) / Double(1 << 53)
            return (pow(uniform, 1 / weight), question)
        }
        return keyed.sorted { $0.key > $1.key }.prefix(count).map { present($0.question, using: &generator) }
    }
}
