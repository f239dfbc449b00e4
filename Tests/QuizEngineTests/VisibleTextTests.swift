import QuizEngine
import Testing

/// What the linter refuses in a question file's text: C0 controls (but line breaks and
/// tabs), DEL and the C1 controls, whose CSI starts terminal escape sequences.
@Suite struct VisibleTextTests {
    @Test func controlCharactersAreFound() {
        #expect(VisibleText.hasControlCharacters("red \u{1B}[31m"))
        #expect(VisibleText.hasControlCharacters("delete\u{7F}"))
        #expect(VisibleText.hasControlCharacters("csi \u{9B}31m"))
        #expect(VisibleText.hasControlCharacters("next line\u{85}"))
    }

    @Test func ordinaryTextHasNone() {
        #expect(!VisibleText.hasControlCharacters("two lines\nand\ta tab"))
        #expect(!VisibleText.hasControlCharacters("（2 つ選択）どれですか。é ¢ ÿ"))
        #expect(!VisibleText.hasControlCharacters(""))
    }

    /// Long texts are read eight bytes at a time: a control character is found wherever it
    /// stands, a C1 control also across two words, and the characters around the ones
    /// looked for (space, `~`, U+00A0, kana) are never taken for one.
    @Test(arguments: ["\u{0}", "\u{1F}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}"])
    func controlCharactersAreFoundAnywhereInLongTexts(_ control: String) {
        let around = "ab ~\u{A0}かな\n\tz"
        for position in 0...around.unicodeScalars.count {
            var scalars = Array(around.unicodeScalars)
            scalars.insert(contentsOf: control.unicodeScalars, at: position)
            let text = String(repeating: "x", count: position) + String(String.UnicodeScalarView(scalars)) + around
            #expect(VisibleText.hasControlCharacters(text), "\(text.debugDescription)")
        }
        #expect(!VisibleText.hasControlCharacters(String(repeating: around, count: 9)))
    }
}
