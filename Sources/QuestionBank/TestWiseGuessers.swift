import QuizEngine

/// Readers who know no AWS and answer by the options' surface: always the shortest, always
/// the longest, or always the one sharing the most words with the stem. If any of them
/// beats chance by much, the bank teaches the trick instead of the architecture.
public enum TestWiseGuesser: String, CaseIterable, Sendable {
    case shortest
    case longest
    case stemOverlap = "stem-words"
    /// The guesser who has learnt that authors hide the key from the extremes: a random pick
    /// among options that are neither the shortest nor the longest.
    case middleLength = "middle"

    /// How `check` names the guesser in a sentence.
    public var phrase: String {
        switch self {
        case .shortest: "the shortest option"
        case .longest: "the longest option"
        case .stemOverlap: "the option sharing the most words with the stem"
        case .middleLength: "an option that is neither the shortest nor the longest"
        }
    }

    /// Highest accuracy a guesser may reach over the bank's single-answer items.
    public static let limitPercent = 35.0
    /// Below this many single-answer items the figures are printed but not enforced: a
    /// handful of items cannot show a tell.
    public static let enforcedFromItems = 20

    /// The guesser's expected accuracy over single-answer items, in percent: exact over every
    /// set of options the game can draw for each item (uniformly, as the game draws), with
    /// ties shared (a guess among k tied options is right 1/k of the time).
    public static func accuracy(of guesser: TestWiseGuesser, over questions: [Question], in language: Language) -> Double {
        let singles = questions.filter { !$0.isMultiResponse }
        guard !singles.isEmpty else { return 0 }
        let total = singles.reduce(0.0) { $0 + expectedScore(guesser, $1, language) }
        return total * 100 / Double(singles.count)
    }

    static func expectedScore(_ guesser: TestWiseGuesser, _ question: Question, _ language: Language) -> Double {
        let lengths = question.choices.map { Double($0.text[language].count) }
        let measure: [Double]
        switch guesser {
        case .shortest: measure = lengths.map { -$0 }
        case .longest, .middleLength: measure = lengths
        case .stemOverlap:
            let stemTokens = SurfaceTokens.of(question.stem[language], language)
            measure = question.choices.map { Double(SurfaceTokens.of($0.text[language], language).intersection(stemTokens).count) }
        }
        let draws = question.isPooled ? question.possibleDraws : [Array(question.choices.indices)]
        guard !draws.isEmpty else { return 0 }
        var score = 0.0
        for draw in draws {
            let values = draw.map { measure[$0] }
            let picked: [Int]
            if guesser == .middleLength {
                let (low, high) = (values.min() ?? 0, values.max() ?? 0)
                let middle = draw.filter { measure[$0] != low && measure[$0] != high }
                picked = middle.isEmpty ? draw : middle
            } else {
                picked = draw.filter { measure[$0] == values.max() }
            }
            score += Double(picked.filter { question.choices[$0].isCorrect }.count) / Double(picked.count)
        }
        return score / Double(draws.count)
    }
}

/// The words a surface reader matches: English words of three letters or more that carry
/// meaning; in Japanese, pairs of adjacent characters within runs of kanji, katakana and Latin
/// letters (particles and inflections in hiragana are left out, as a reader skims past them).
enum SurfaceTokens {
    static let englishStopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "are", "which", "each", "into", "its", "their", "when",
        "will", "can", "not", "all", "any", "but", "has", "have", "use", "uses", "using", "only", "then", "than",
        "them", "they", "was", "were", "been", "also", "one", "per", "out", "who", "how", "what", "must", "should",
    ]

    static func of(_ text: String, _ language: Language) -> Set<String> {
        switch language {
        case .en: return english(text)
        case .ja: return japanese(text)
        }
    }

    private static func english(_ text: String) -> Set<String> {
        var tokens: Set<String> = []
        var word = ""
        for character in text.lowercased() + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if word.count >= 3 && !englishStopWords.contains(word) { tokens.insert(word) }
                word = ""
            }
        }
        return tokens
    }

    private static func japanese(_ text: String) -> Set<String> {
        var tokens: Set<String> = []
        var run: [Character] = []
        func flush() {
            if run.count >= 2 {
                for index in 0..<(run.count - 1) { tokens.insert(String(run[index...index + 1])) }
            }
            run = []
        }
        for character in text {
            if isContentCharacter(character) { run.append(character) } else { flush() }
        }
        flush()
        return tokens
    }

    private static func isContentCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x30A0...0x30FF, 0xFF21...0xFF5A: return true
        default: return scalar.isASCII && (character.isLetter || character.isNumber)
        }
    }
}
