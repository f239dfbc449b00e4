@testable import QuestionBank
import Testing

/// A text is read without the white space around it, character by character (grapheme
/// clusters), also where the reader's quick paths decide without finding the characters.
@Suite struct TextTrimmingTests {
    static func read(_ value: String) -> String? {
        let node = SourceNode(content: .scalar(.init(string: value, style: .doubleQuoted)), mark: .init(line: 1, column: 1))
        return NodeReader(file: "t.yaml").text(node, what: "a text")
    }

    /// Trimming by characters, as plainly as it can be written.
    static func reference(_ value: String) -> String {
        String(String(value.drop { $0.isWhitespace }.reversed()).drop { $0.isWhitespace }.reversed())
    }

    @Test(arguments: [
        "plain text.", "  spaced  ", "\ttab and line\n", "テキスト。", "\u{3000}全角の空白\u{3000}", "（2 つ選択）",
        "か\u{3000}\u{3099}", "\u{3000}\u{3099}か", "x \u{301}", "x\u{302A}", "a\u{85}", "\u{A0}b", "ﾃｷｽﾄ\u{FF9E}", "😀",
    ])
    func trimsAsCharactersDo(_ value: String) {
        #expect(Self.read(value) == Self.reference(value), "\(value.debugDescription)")
    }
}
