/// Right answers out of questions asked, for one domain or a whole session.
public struct Score: Sendable, Hashable {
    public var correct: Int
    public var total: Int

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// Whole percent, by the one rule of `Percent`.
    public var percent: Int { Percent.of(correct, total) }

    public mutating func merge(_ other: Score) {
        correct += other.correct
        total += other.total
    }

    public mutating func add(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }
}

/// The score of one service domain or exam domain, named for display.
public struct DomainScore: Sendable, Hashable {
    public let id: String
    public let name: LocalizedText
    public let score: Score
}

/// One graded question, the input to tallies.
public struct GradedAnswer: Sendable, Hashable {
    public let question: Question
    public let isCorrect: Bool

    public init(question: Question, isCorrect: Bool) {
        self.question = question
        self.isCorrect = isCorrect
    }
}

/// Scores per service domain and per exam domain, in catalogue order, leaving out
/// domains no answer touched.
public struct ScoreTally: Sendable, Hashable {
    public let overall: Score
    public let byDomain: [DomainScore]
    public let byExamDomain: [DomainScore]

    public init(answers: [GradedAnswer], catalog: Catalog) {
        var overall = Score()
        var domainScores: [String: Score] = [:]
        var examScores: [String: Score] = [:]
        for answer in answers {
            overall.add(answer.isCorrect)
            domainScores[answer.question.domainID, default: Score()].add(answer.isCorrect)
            for examDomainID in answer.question.examDomainIDs.values {
                examScores[examDomainID, default: Score()].add(answer.isCorrect)
            }
        }
        self.overall = overall
        byDomain = catalog.domains.compactMap { domain in
            domainScores[domain.id].map { DomainScore(id: domain.id, name: domain.name, score: $0) }
        }
        byExamDomain = catalog.examDomains.compactMap { domain in
            examScores[domain.id].map { DomainScore(id: domain.id, name: domain.name, score: $0) }
        }
    }
}
