@testable import QuizUI
import Testing

/// Option letters for any number of options: A to Z, then numbers, never a trap.
@Suite struct OptionLabelTests {
    @Test func lettersThenNumbersPastZ() {
        #expect(OptionLabel.letter(0) == "A")
        #expect(OptionLabel.letter(25) == "Z")
        #expect(OptionLabel.letter(26) == "27")
        #expect(OptionLabel.letter(190) == "191")
        #expect(OptionLabel.letter(-1) == "0")
    }
}
