import Foundation

/// How a review went, in FSRS's four grades. A wrong answer is `again`, a right one `good`.
public enum FSRSRating: Int, Sendable, Codable, CaseIterable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4
}

/// One question's memory state under FSRS.
public struct FSRSCard: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Codable {
        case learning
        case review
        case relearning
    }

    public var state = State.learning
    /// Index into the (re)learning steps while learning or relearning.
    public var step: Int? = 0
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card never reviewed, due at `due`.
    public init(due: Date) {
        self.due = due
    }
}

/// FSRS-6, the scheduler Anki uses by default, ported from the reference implementation
/// (py-fsrs 6) with its default parameters and without interval fuzz, so that the same
/// review log gives the same schedule; `Tests/QuizEngineTests/FSRSReference` holds the
/// vectors that prove it.
public struct FSRSScheduler: Sendable {
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let minimumStability = 0.001

    public let parameters: [Double]
    public let desiredRetention: Double
    public let learningSteps: [TimeInterval]
    public let relearningSteps: [TimeInterval]
    public let maximumIntervalDays: Int
    private let decay: Double
    private let factor: Double
    /// Parts of the formulas that depend only on the parameters, worked out once.
    private let intervalScale: Double
    private let easyInitialDifficulty: Double
    private let recallGrowth: Double

    public init(
        parameters: [Double] = defaultParameters, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600], maximumIntervalDays: Int = 36500
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumIntervalDays = maximumIntervalDays
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        intervalScale = (pow(desiredRetention, 1 / decay) - 1) / factor
        easyInitialDifficulty = parameters[4] - exp(parameters[5] * 3) + 1
        recallGrowth = exp(parameters[8])
    }

    /// The probability of recalling the card at `date`.
    public func retrievability(of card: FSRSCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Self.wholeDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// The card after a review with `rating` at `date`.
    public func review(_ card: FSRSCard, rating: FSRSRating, at date: Date) -> FSRSCard {
        var card = card
        let daysSinceLastReview = card.lastReview.map { Self.wholeDays(from: $0, to: date) }
        let sameDay = daysSinceLastReview.map { $0 < 1 } ?? false
        let nextInterval: TimeInterval
        if let stability = card.stability, let difficulty = card.difficulty {
            card.stability = sameDay
                ? shortTermStability(stability, rating: rating)
                : nextStability(difficulty: difficulty, stability: stability, retrievability: retrievability(of: card, at: date), rating: rating)
            card.difficulty = nextDifficulty(difficulty, rating: rating)
        } else {
            card.stability = clampStability(parameters[rating.rawValue - 1])
            card.difficulty = clampDifficulty(initialDifficulty(rating))
        }
        switch card.state {
        case .learning:
            nextInterval = stepInterval(&card, steps: learningSteps, rating: rating)
        case .review where rating == .again && !relearningSteps.isEmpty:
            card.state = .relearning
            card.step = 0
            nextInterval = relearningSteps[0]
        case .review:
            nextInterval = days(card.stability ?? Self.minimumStability)
        case .relearning:
            nextInterval = stepInterval(&card, steps: relearningSteps, rating: rating)
        }
        card.due = date.addingTimeInterval(nextInterval)
        card.lastReview = date
        return card
    }

    /// Moves a (re)learning card through its steps, or graduates it to review.
    private func stepInterval(_ card: inout FSRSCard, steps: [TimeInterval], rating: FSRSRating) -> TimeInterval {
        let step = card.step ?? 0
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return graduate(&card)
        }
        switch rating {
        case .again:
            card.step = 0
            return steps[0]
        case .hard:
            if step == 0 && steps.count == 1 { return steps[0] * 1.5 }
            if step == 0 && steps.count >= 2 { return (steps[0] + steps[1]) / 2 }
            return steps[step]
        case .good:
            if step + 1 == steps.count { return graduate(&card) }
            card.step = step + 1
            return steps[step + 1]
        case .easy:
            return graduate(&card)
        }
    }

    private func graduate(_ card: inout FSRSCard) -> TimeInterval {
        card.state = .review
        card.step = nil
        return days(card.stability ?? Self.minimumStability)
    }

    /// The next interval in whole days; ties round to even, as the reference does.
    private func days(_ stability: Double) -> TimeInterval {
        let raw = stability * intervalScale
        let rounded = Int(raw.rounded(.toNearestOrEven))
        return TimeInterval(min(max(rounded, 1), maximumIntervalDays)) * 86400
    }

    private func initialDifficulty(_ rating: FSRSRating) -> Double {
        parameters[4] - exp(parameters[5] * Double(rating.rawValue - 1)) + 1
    }

    private func nextDifficulty(_ difficulty: Double, rating: FSRSRating) -> Double {
        let delta = -(parameters[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10 - difficulty) * delta / 9
        let reverted = parameters[7] * easyInitialDifficulty + (1 - parameters[7]) * damped
        return clampDifficulty(reverted)
    }

    private func shortTermStability(_ stability: Double, rating: FSRSRating) -> Double {
        var increase = exp(parameters[17] * (Double(rating.rawValue) - 3 + parameters[18])) * pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1) }
        return clampStability(stability * increase)
    }

    private func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: FSRSRating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm = parameters[11] * pow(difficulty, -parameters[12]) * (pow(stability + 1, parameters[13]) - 1)
                * exp((1 - retrievability) * parameters[14])
            let shortTerm = stability / exp(parameters[17] * parameters[18])
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? parameters[15] : 1
            let easyBonus = rating == .easy ? parameters[16] : 1
            next = stability * (1 + recallGrowth * (11 - difficulty) * pow(stability, -parameters[9])
                * (exp((1 - retrievability) * parameters[10]) - 1) * hardPenalty * easyBonus)
        }
        return clampStability(next)
    }

    private func clampStability(_ stability: Double) -> Double { max(stability, Self.minimumStability) }
    private func clampDifficulty(_ difficulty: Double) -> Double { min(max(difficulty, 1), 10) }

    /// Whole days between two instants, floored as Python's `timedelta.days` does.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86400).rounded(.down))
    }
}
