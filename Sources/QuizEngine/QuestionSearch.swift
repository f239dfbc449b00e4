/// Finds questions by words, in either language: every word of the query must appear in
/// the item's id, stem, options (the whole pool) or services, ignoring case and
/// width (ＫＭＳ finds KMS). Words are split on spaces; Japanese needs none, since any part
/// of a text matches.
public struct QuestionSearch: Sendable {
    /// One folded text per question, in bank order, built once for many queries.
    private let haystacks: [String]
    private let questions: [Question]

    public init(bank: Bank) {
        questions = bank.questions
        haystacks = bank.questions.map { question in
            let texts = [question.id, question.stem.ja, question.stem.en]
                + question.services + question.choices.flatMap { [$0.text.ja, $0.text.en] }
            return Self.folded(texts.joined(separator: "\n"))
        }
    }

    /// The questions holding every word of `query`, in bank order; none for a blank query.
    public func matches(_ query: String) -> [Question] {
        let words = Self.folded(query).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return [] }
        return zip(questions, haystacks).filter { _, haystack in words.allSatisfy(haystack.contains) }.map(\.0)
    }

    /// Full-width ASCII as half-width, the ideographic space as a space, then lower case.
    static func folded(_ text: String) -> String {
        let halfWidth = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
            case 0x3000: " "
            default: scalar
            }
        }
        return String(String.UnicodeScalarView(halfWidth)).lowercased()
    }
}
