@testable import QuestionBank
import Testing

/// Ids: ASCII letters, digits and '-', not starting with '-'.
@Suite struct IdentifierTests {
    @Test func lettersDigitsAndHyphens() {
        #expect(QuestionParser.isIdentifier("sap-q-0012"))
        #expect(QuestionParser.isIdentifier("Z9"))
    }

    @Test func anythingElseIsRefused() {
        for text in ["", "-a", "a_b", "a b", "é", "a@b", "a[b", "a`b", "a{b", "a/b", "設問"] {
            #expect(!QuestionParser.isIdentifier(text), "\(text)")
        }
    }
}
