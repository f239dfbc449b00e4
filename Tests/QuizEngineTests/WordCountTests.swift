import QuizEngine
import Testing

/// Words are runs of letters or digits, counted the same whether a text is ASCII (counted
/// over its bytes) or not (counted over its characters).
@Suite struct WordCountTests {
    /// The count over characters, as plainly as it can be written.
    static func reference(_ text: String) -> Int {
        text.split { !($0.isLetter || $0.isNumber) }.count
    }

    @Test(arguments: [
        "", "one", "  two words ", "S3's 99.9% uptime; (Choose two.)", "a-b_c/d\\e\r\nf", "@[`{~", "ZzAa09",
        "naïve café", "東京 リージョン の S3", "e\u{301}clair",
    ])
    func countsAsCharactersDo(_ text: String) {
        #expect(Question.wordCount(text) == Self.reference(text), "\(text.debugDescription)")
    }
}
