import QuizEngine
import Testing

@Suite struct ScoreTallyTests {
    func answer(_ id: String, _ isCorrect: Bool) -> GradedAnswer {
        GradedAnswer(question: Fixtures.bank.question(id)!, isCorrect: isCorrect)
    }

    @Test func talliesPerServiceDomainAndExamDomain() {
        let tally = ScoreTally(answers: [
            answer("c1", true), answer("c2", false), answer("s1", true), answer("s2", true), answer("t1", false),
        ], catalog: Fixtures.catalog)
        #expect(tally.overall == Score(correct: 3, total: 5))
        #expect(tally.byDomain.map(\.id) == ["compute", "security", "storage"])
        #expect(tally.byDomain.map(\.score) == [Score(correct: 1, total: 2), Score(correct: 2, total: 2), Score(correct: 0, total: 1)])
        #expect(tally.byExamDomain.map(\.id) == ["SAP-D1", "SAP-D2", "SAA-D1"])
        #expect(tally.byExamDomain.map(\.score) == [Score(correct: 1, total: 3), Score(correct: 2, total: 2), Score(correct: 3, total: 5)])
    }

    @Test func domainScoresAddUpToTheOverallScore() {
        for seed in 0..<30 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let answers = Fixtures.bank.questions.map { GradedAnswer(question: $0, isCorrect: generator.next() % 2 == 0) }
            let tally = ScoreTally(answers: answers, catalog: Fixtures.catalog)
            #expect(tally.byDomain.map(\.score.correct).reduce(0, +) == tally.overall.correct)
            #expect(tally.byDomain.map(\.score.total).reduce(0, +) == tally.overall.total)
            let sapTotal = tally.byExamDomain.filter { $0.id.hasPrefix("SAP") }.map(\.score.total).reduce(0, +)
            #expect(sapTotal == tally.overall.total)
        }
    }

    @Test func percentRoundsToTheNearestWhole() {
        #expect(Score(correct: 2, total: 3).percent == 67)
        #expect(Score(correct: 1, total: 6).percent == 17)
        #expect(Score(correct: 1, total: 8).percent == 13, "halves go up")
        #expect(Score(correct: 0, total: 0).percent == 0)
        #expect(Percent.rounded(0.664) == 66)
    }
}
