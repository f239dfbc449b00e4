import QuizEngine
import Testing

@Suite struct QuestionDrawTests {
    @Test func sameSeedGivesSameDrillAndOptionOrder() {
        let first = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(), count: nil, seed: 7)
        let second = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(), count: nil, seed: 7)
        #expect(first.map(\.question.id) == second.map(\.question.id))
        #expect(first.map(\.choiceOrder) == second.map(\.choiceOrder))
    }

    @Test func differentSeedsGiveDifferentDrills() {
        let orders = Set((0..<20).map { seed in
            QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(), count: nil, seed: UInt64(seed)).map(\.question.id)
        })
        #expect(orders.count > 10)
    }

    @Test func drawsEachQuestionOnceUpToCount() {
        let drill = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(), count: 4, seed: 1)
        #expect(drill.count == 4)
        #expect(Set(drill.map(\.question.id)).count == 4)
        let all = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(), count: 100, seed: 1)
        #expect(all.count == Fixtures.bank.questions.count)
    }

    @Test func filtersByDomainServiceAndNote() {
        let security = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(domainIDs: ["security"]), count: nil, seed: 3)
        #expect(Set(security.map(\.question.id)) == ["s1", "s2"])
        let cloudHSM = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(services: ["aws cloudhsm"]), count: nil, seed: 3)
        #expect(cloudHSM.map(\.question.id) == ["s2"])
        let noteA = QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(noteIDs: ["note-a"]), count: nil, seed: 3)
        #expect(Set(noteA.map(\.question.id)) == ["c1", "c2", "c3", "t1"])
        let both = QuestionFilter(domainIDs: ["compute", "storage"], noteIDs: ["note-a"])
        #expect(Fixtures.bank.questions(matching: both).count == 4)
    }

    @Test(arguments: 0..<40)
    func shuffledOptionsKeepTheirKeys(seed: UInt64) {
        for presented in QuestionDraw.drill(from: Fixtures.bank, filter: QuestionFilter(), count: nil, seed: seed) {
            let keys = presented.correctPositions.map { presented.displayedChoices[$0].text.en }
            let expected = presented.question.choices.filter(\.isCorrect).map(\.text.en)
            #expect(Set(keys) == Set(expected))
            #expect(presented.authorIndices(of: presented.correctPositions) == presented.question.correctIndices.sorted())
        }
    }
}
