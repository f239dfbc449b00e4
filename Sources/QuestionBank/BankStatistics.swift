import QuizEngine

/// Coverage and giveaway figures for a bank, printed by `awsquiz check` so anyone can see
/// whether the bank is balanced and whether answer keys betray themselves.
public struct BankStatistics: Sendable {
    /// Past this share of single-answer questions whose key is the longest option, warn.
    public static let longestKeyLimit = 40
    /// A key position holding less or more than this share of single-answer keys is uneven.
    public static let evenPositionRange = 15...35

    public let total: Int
    public let perNote: [(id: String, count: Int)]
    public let perDomain: [(id: String, count: Int)]
    public let perExamDomain: [(id: String, count: Int)]
    public let multiResponse: Int
    public let singleAnswer: Int
    /// Single-answer questions whose correct option is the longest (or tied longest), per language.
    public let keyIsLongest: [Language: Int]
    /// How often the key stands at each position (A, B, C, D...) in single-answer questions.
    public let keyPositions: [Int]

    public init(bank: Bank) {
        let questions = bank.questions
        total = questions.count
        perNote = bank.catalog.notes.map { note in (note.id, questions.filter { $0.noteID == note.id }.count) }
        perDomain = bank.catalog.domains.map { domain in (domain.id, questions.filter { $0.domainID == domain.id }.count) }
        perExamDomain = bank.catalog.examDomains.map { domain in
            (domain.id, questions.filter { $0.examDomainIDs[domain.exam] == domain.id }.count)
        }
        let singles = questions.filter { !$0.isMultiResponse }
        multiResponse = total - singles.count
        singleAnswer = singles.count
        var longest: [Language: Int] = [:]
        for language in Language.allCases {
            longest[language] = singles.filter { question in
                let lengths = question.choices.map { $0.text[language].count }
                let keyLength = question.choices.first(where: \.isCorrect).map { $0.text[language].count } ?? 0
                return keyLength >= (lengths.max() ?? 0)
            }.count
        }
        keyIsLongest = longest
        var positions = Array(repeating: 0, count: singles.map(\.choices.count).max() ?? 4)
        for question in singles {
            if let index = question.choices.firstIndex(where: \.isCorrect) { positions[index] += 1 }
        }
        keyPositions = positions
    }

    public var multiResponsePercent: Int { total == 0 ? 0 : multiResponse * 100 / total }

    public func keyIsLongestPercent(_ language: Language) -> Int {
        singleAnswer == 0 ? 0 : (keyIsLongest[language] ?? 0) * 100 / singleAnswer
    }

    /// Plain-language warnings for the giveaway thresholds; empty when the bank is fair.
    public var giveawayWarnings: [String] {
        var warnings: [String] = []
        for language in Language.allCases where keyIsLongestPercent(language) > Self.longestKeyLimit {
            warnings.append(
                "the correct option is the longest in \(keyIsLongestPercent(language))% of single-answer questions (\(language.rawValue)); keep it at most \(Self.longestKeyLimit)%"
            )
        }
        if singleAnswer >= 20 {
            for (index, count) in keyPositions.prefix(4).enumerated()
            where !Self.evenPositionRange.contains(count * 100 / singleAnswer) {
                let letter = Character(UnicodeScalar(UInt8(65 + index)))
                warnings.append(
                    "the correct option stands at \(letter) in \(count * 100 / singleAnswer)% of single-answer questions; spread keys evenly over A-D"
                )
            }
        }
        return warnings
    }
}
