import QuizEngine
import Testing

@Suite struct GradingTests {
    /// The multi-response fixture shown in author order, so positions are indices.
    let multi = PresentedQuestion(question: Fixtures.question("m", options: 5, correct: [1, 3]), choiceOrder: [0, 1, 2, 3, 4])

    @Test func singleAnswerIsRightOnlyForTheKey() {
        let single = PresentedQuestion(question: Fixtures.question("x", correct: [2]), choiceOrder: [3, 2, 1, 0])
        #expect(single.isCorrect([1]))
        #expect(!single.isCorrect([2]))
        #expect(!single.isCorrect([]))
    }

    @Test func multiResponseNeedsExactlyTheCorrectSet() {
        #expect(multi.isCorrect([1, 3]))
        #expect(!multi.isCorrect([1]))
        #expect(!multi.isCorrect([1, 3, 4]))
        #expect(!multi.isCorrect([0, 2]))
        #expect(!multi.isCorrect([]))
        #expect(multi.question.requiredSelections == 2)
        #expect(multi.question.isMultiResponse)
    }
}
