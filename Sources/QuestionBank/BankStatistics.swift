import QuizEngine

/// Coverage, pool, depth and tell figures for a bank, printed by `awsquiz check` so anyone
/// can see whether the bank is balanced and whether its keys betray themselves.
public struct BankStatistics: Sendable {
    public let total: Int
    public let perNote: [(id: String, count: Int)]
    public let perDomain: [(id: String, count: Int)]
    public let perExamDomain: [(id: String, count: Int)]
    /// Items per difficulty 1, 2 and 3.
    public let perDifficulty: [Int]
    public let multiResponse: Int
    public let singleAnswer: Int
    /// Items whose pool holds more options than a sitting shows.
    public let pooled: Int
    /// Items whose pool holds more correct options than a sitting shows.
    public let severalKeys: Int
    /// Items of SAP-C02 depth (`Question.hasProfessionalDepth`).
    public let professionalDepth: Int
    public let claimsByVerdict: [(verdict: Claim.Verdict, count: Int)]
    /// Each guesser's accuracy over single-answer items, per language, in percent.
    public let guesserAccuracy: [Language: [TestWiseGuesser: Double]]

    public init(bank: Bank) {
        let questions = bank.questions
        total = questions.count
        perNote = bank.catalog.notes.map { note in (note.id, questions.filter { $0.noteID == note.id }.count) }
        perDomain = bank.catalog.domains.map { domain in (domain.id, questions.filter { $0.domainID == domain.id }.count) }
        perExamDomain = bank.catalog.examDomains.map { domain in
            (domain.id, questions.filter { $0.examDomainIDs[domain.exam] == domain.id }.count)
        }
        perDifficulty = (1...3).map { level in questions.filter { $0.difficulty == level }.count }
        multiResponse = questions.filter(\.isMultiResponse).count
        singleAnswer = total - multiResponse
        pooled = questions.filter(\.isPooled).count
        severalKeys = questions.filter { $0.correctIndices.count > $0.requiredSelections }.count
        professionalDepth = questions.filter(\.hasProfessionalDepth).count
        claimsByVerdict = Claim.Verdict.allCases.map { verdict in (verdict, bank.claims.filter { $0.verdict == verdict }.count) }
        var accuracy: [Language: [TestWiseGuesser: Double]] = [:]
        for language in Language.allCases {
            for guesser in TestWiseGuesser.allCases {
                accuracy[language, default: [:]][guesser] = TestWiseGuesser.accuracy(of: guesser, over: questions, in: language)
            }
        }
        guesserAccuracy = accuracy
    }

    public func percent(_ count: Int) -> Int { Percent.of(count, total) }

    /// Whether the guesser limit applies: a handful of items cannot show a tell.
    public var enforcesGuesserLimit: Bool { singleAnswer >= TestWiseGuesser.enforcedFromItems }

    /// One sentence per guesser that beats the limit; empty when the bank gives nothing away.
    public var tellErrors: [String] {
        guard enforcesGuesserLimit else { return [] }
        var errors: [String] = []
        for language in Language.allCases {
            for guesser in TestWiseGuesser.allCases {
                let value = guesserAccuracy[language]?[guesser] ?? 0
                if value > TestWiseGuesser.limitPercent {
                    errors.append(
                        "a reader who always picks \(guesser.phrase) scores \(Self.format(value))% (\(language.rawValue)) of the \(singleAnswer) single-answer items; at most \(Self.format(TestWiseGuesser.limitPercent))% is allowed"
                    )
                }
            }
        }
        return errors
    }

    /// One decimal, as the report prints percentages.
    public static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
