import QuizEngine
import Testing

/// Questions are found by id in the bank's index; the loader keeps ids unique, and were
/// two alike the first would be the one found, as in the bank's order.
@Suite struct BankIndexTests {
    @Test func findsEachQuestionByIdAndTheFirstOfTwoAlike() {
        for question in Fixtures.bank.questions {
            #expect(Fixtures.bank.question(question.id)?.id == question.id)
        }
        #expect(Fixtures.bank.question("no-such-id") == nil)
        let twice = Bank(catalog: Fixtures.catalog, questions: [
            Fixtures.question("same", correct: [1]), Fixtures.question("same", correct: [2]),
        ])
        #expect(twice.question("same")?.choices.firstIndex(where: \.isCorrect) == 1)
    }
}
