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
}
