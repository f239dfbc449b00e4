@testable import QuestionBank
import Testing

/// The linter's phrase search finds a phrase anywhere, in any script, and nothing else.
@Suite struct LiteralSearchTests {
    @Test func findsPhrasesAnywhere() {
        #expect("Which two steps? (choose two.)".includes("(choose two.)"))
        #expect("(choose two.) first".includes("(choose "))
        #expect("どれですか。（2 つ選択）".includes("（2 つ選択）"))
        #expect("anything".includes(""))
        #expect("a(c(choose (choose two.)".includes("(choose two.)"), "after first bytes that lead nowhere")
        #expect("two.)".includes("two.)"), "the whole text")
    }

    @Test func findsNothingThatIsNotThere() {
        #expect(!"(choose two)".includes("(choose two.)"))
        #expect(!"which three? (choose three.)".includes("(choose two.)"))
        #expect(!"どれですか。（3 つ選択）".includes("（2 つ選択）"))
        #expect(!"ab".includes("abc"))
        #expect(!"".includes("a"))
        #expect(!"（2つ選択）".includes("（2 つ選択）"))
    }
}
