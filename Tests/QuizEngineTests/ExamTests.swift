@testable import QuizEngine
import Testing

@Suite struct ExamTests {
    /// A bank of 40 questions spread unevenly over the SAP domains of the fixture catalogue.
    static let bank: Bank = {
        let questions = (0..<40).map { index in
            Fixtures.question("e\(index)", sap: index < 30 ? "SAP-D1" : "SAP-D2", correct: [index % 4])
        }
        return Bank(catalog: Fixtures.catalog, questions: questions)
    }()

    @Test func quotasFollowWeightsAndAddUp() {
        #expect(ExamDraw.quotas(total: 75, weights: [26, 29, 25, 20]) == [19, 22, 19, 15])
        #expect(ExamDraw.quotas(total: 75, weights: [26, 29, 25, 20]).reduce(0, +) == 75)
        #expect(ExamDraw.quotas(total: 10, weights: [26, 29]) == [5, 5])
        #expect(ExamDraw.quotas(total: 55, weights: [26, 29]) == [26, 29])
    }

    @Test func drawKeepsWeightsAsFarAsTheBankAllows() {
        let preset = ExamPreset.standard(.sap).with(questionCount: 20, minutes: 30)
        let drawn = ExamDraw.draw(from: Self.bank, preset: preset, seed: 5)
        let ids = drawn.items.map(\.question.id)
        #expect(ids.count == 20)
        #expect(Set(ids).count == 20)
        let d2 = drawn.items.filter { $0.question.examDomainIDs[.sap] == "SAP-D2" }.count
        #expect(d2 == 10)
        #expect(drawn.shortfall == 0)
    }

    @Test func shortDomainsAreFilledFromOthersWithoutRepeats() {
        let preset = ExamPreset.standard(.sap).with(questionCount: 36, minutes: 30)
        let drawn = ExamDraw.draw(from: Self.bank, preset: preset, seed: 5)
        #expect(drawn.items.count == 36)
        #expect(Set(drawn.items.map(\.question.id)).count == 36)
        #expect(drawn.items.filter { $0.question.examDomainIDs[.sap] == "SAP-D2" }.count == 10)
    }

    @Test func aBankSmallerThanTheExamSaysByHowMuch() {
        let drawn = ExamDraw.draw(from: Self.bank, preset: .standard(.sap), seed: 1)
        #expect(drawn.items.count == 40)
        #expect(drawn.shortfall == 35)
    }

    @Test func sameSeedSameExam() {
        let preset = ExamPreset.standard(.sap).with(questionCount: 15, minutes: 30)
        let first = ExamDraw.draw(from: Self.bank, preset: preset, seed: 11)
        let second = ExamDraw.draw(from: Self.bank, preset: preset, seed: 11)
        let other = ExamDraw.draw(from: Self.bank, preset: preset, seed: 12)
        #expect(first == second)
        #expect(first.items.map(\.question.id) != other.items.map(\.question.id))
    }

    func session(minutes: Int = 1) -> ExamSession {
        let preset = ExamPreset.standard(.sap).with(questionCount: 4, minutes: minutes)
        return ExamSession(id: "test-exam", preset: preset, seed: 1, items: ExamDraw.draw(from: Self.bank, preset: preset, seed: 1).items)
    }

    @Test func theClockSubmitsAtZeroAndWarnsAtOneMinute() {
        var exam = session(minutes: 2)
        let first = exam.elapse(30)
        let second = exam.elapse(31)
        #expect(!first)
        #expect(second)
        #expect(exam.remainingSeconds == 59)
        #expect(exam.status == .inProgress)
        exam.elapse(58.5)
        #expect(exam.status == .inProgress)
        exam.elapse(5)
        #expect(exam.remainingSeconds == 0)
        #expect(exam.status == .submitted)
        exam.choose(0)
        #expect(exam.answeredCount == 0)
    }

    @Test func tenMinuteWarningIsCrossedOnce() {
        var exam = session(minutes: 11)
        let crossings = [exam.elapse(59), exam.elapse(2), exam.elapse(2)]
        #expect(crossings == [false, true, false])
    }

    @Test func gradingCountsUnansweredAsWrongAndEstimatesTheScaledScore() {
        var exam = session()
        for index in exam.items.indices.dropLast() {
            exam.index = index
            exam.choose(exam.current.correctPositions.first!)
        }
        #expect(exam.score == Score(correct: 3, total: 4))
        #expect(exam.scaledScore == 775)
        #expect(exam.passed)
        #expect(ScaledScore.estimate(Score(correct: 0, total: 4)) == 100)
        #expect(ScaledScore.estimate(Score(correct: 4, total: 4)) == 1000)
    }

    @Test func flagsAndAnswersSurviveASnapshotRoundTrip() {
        var exam = session()
        exam.choose(2)
        exam.toggleFlag()
        exam.index = 3
        exam.elapse(12.5)
        let restored = ExamSession.restore(exam.snapshot, bank: Self.bank)
        #expect(restored.dropped == 0)
        #expect(restored.session == exam)
    }

    @Test func questionsGoneFromTheBankAreDroppedOnResume() {
        var exam = session()
        exam.index = 1
        exam.choose(1)
        let goneID = exam.items[0].question.id
        let smaller = Bank(catalog: Fixtures.catalog, questions: Self.bank.questions.filter { $0.id != goneID })
        let restored = ExamSession.restore(exam.snapshot, bank: smaller)
        #expect(restored.dropped == 1)
        #expect(restored.session.items.count == 3)
        #expect(restored.session.answers[0] == [1])
        #expect(restored.session.index == 0)
    }
}
