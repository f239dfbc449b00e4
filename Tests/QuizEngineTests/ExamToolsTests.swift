import Foundation
@testable import QuizEngine
import Testing

/// The exam tools of the real test centre: struck-out options, what was shown, the time on
/// each question, the real pace and the score report's verdict per domain.
@Suite struct ExamToolsTests {
    func session(questions: Int = 4, minutes: Int = 10, exam: Exam = .sap) -> ExamSession {
        let preset = ExamPreset.standard(exam).with(questionCount: questions, minutes: minutes)
        return ExamSession(id: "tools", preset: preset, seed: 1, items: ExamDraw.draw(from: ExamTests.bank, preset: preset, seed: 1).items)
    }

    @Test func aStrikeTogglesAndIsKeptWhileMovingAndOverASnapshot() {
        var exam = session()
        exam.toggleStrike(1)
        exam.toggleStrike(3)
        exam.toggleStrike(3)
        exam.toggleStrike(99)
        #expect(exam.struck[0] == [1], "x twice un-strikes; a position not shown is ignored")
        exam.index = 2
        exam.toggleStrike(0)
        exam.index = 0
        #expect(exam.struck[0] == [1] && exam.struck[2] == [0])
        let restored = ExamSession.restore(exam.snapshot, bank: ExamTests.bank).session
        #expect(restored.struck == exam.struck)
        #expect(restored == exam)
    }

    @Test func aStruckOptionCanStillBeChosen() {
        var exam = session()
        exam.toggleStrike(2)
        exam.choose(2)
        #expect(exam.answers[0] == [2])
        #expect(exam.struck[0] == [2], "choosing leaves the strike as it was, as on the Pearson VUE screen")
    }

    @Test func aDrillStrikesTheCurrentQuestionOnly() {
        var drill = DrillSession(items: session().items)
        drill.toggleStrike(0)
        #expect(drill.struck == [0])
        _ = drill.submit(cursor: 1)
        drill.toggleStrike(1)
        #expect(drill.struck == [0], "no striking once answered")
        _ = drill.next()
        #expect(drill.struck.isEmpty, "the next question starts clean")
    }

    /// Rows saved before this change have no struck, shown or time fields: they still decode,
    /// nothing is struck, and every question counts as seen, as it did then.
    @Test func anOlderSnapshotStillDecodesAndCountsEveryQuestionAsSeen() throws {
        let exam = session()
        let old = try JSONSerialization.jsonObject(with: JSONEncoder().encode(exam.snapshot)) as? [String: Any]
        var fields = try #require(old)
        for key in ["struck", "shown", "secondsOn"] { fields[key] = nil }
        let decoded = try JSONDecoder().decode(ExamSnapshot.self, from: JSONSerialization.data(withJSONObject: fields))
        #expect(decoded.struck == nil && decoded.shown == nil && decoded.secondsOn == nil)
        var restored = ExamSession.restore(decoded, bank: ExamTests.bank).session
        #expect(restored.struck.allSatisfy { $0.isEmpty })
        #expect(restored.shown == Set(restored.items.indices))
        restored.elapse(10_000)
        #expect(restored.answerRecords.count == 4)
    }

    @Test func onlyQuestionsShownAreFiledWhenTheClockSubmits() {
        var exam = session(minutes: 1)
        exam.choose(0)
        exam.index = 2
        #expect(exam.shown == [0, 2])
        exam.elapse(60)
        #expect(exam.timedOut)
        #expect(exam.answerRecords.map(\.questionID) == [exam.items[0].question.id, exam.items[2].question.id])
        #expect(exam.score.total == 4, "unseen questions still count wrong in the exam's score")
    }

    @Test func aSubmitByHandFilesEveryQuestion() {
        var exam = session(minutes: 1)
        exam.elapse(30)
        exam.submit()
        #expect(!exam.timedOut)
        #expect(exam.answerRecords.count == 4)
    }

    @Test func timeCountsTowardsTheQuestionOnScreenAndNotTheOverview() {
        var exam = session()
        exam.elapse(30)
        exam.index = 1
        exam.elapse(90)
        exam.elapse(50, onQuestion: false)
        exam.index = 3
        exam.elapse(45)
        #expect(exam.secondsOn == [30, 90, 0, 45])
        #expect(exam.slowest(3).map(\.index) == [1, 3, 0])
        #expect(exam.slowest(2).map(\.seconds) == [90, 45])
        #expect(exam.answerRecords.map(\.secondsTaken) == [30, 90, 0, 45])
        #expect(ExamSession.restore(exam.snapshot, bank: ExamTests.bank).session.secondsOn == exam.secondsOn)
    }

    @Test func thePaceIsTheRealExamsEvenForAShorterPreset() {
        #expect(ExamPace(.saa).secondsPerQuestion == 120)
        #expect(ExamPace(.sap).secondsPerQuestion == 144)
        var exam = session(questions: 4, minutes: 30, exam: .saa)
        exam.elapse(239)
        #expect(exam.behindPace == 1, "after 3:59 one question should be done")
        exam.choose(0)
        #expect(exam.behindPace == 0)
        exam.elapse(122)
        #expect(exam.behindPace == 2)
        #expect(ExamPace(.sap).behind(answered: 0, usedSeconds: .infinity) == 0)
        var sap = session(questions: 4, minutes: 30, exam: .sap)
        sap.elapse(143)
        #expect(sap.behindPace == 0, "SAP-C02's pace is 2.4 minutes a question, not this preset's 7.5")
        sap.elapse(2)
        #expect(sap.behindPace == 1)
    }

    @Test func aDomainMeetsCompetenciesFromSeventyPercent() {
        #expect(Competency.meets(Score(correct: 7, total: 10)))
        #expect(!Competency.meets(Score(correct: 699, total: 1000)), "69.9% is not rounded up")
        #expect(!Competency.meets(Score(correct: 0, total: 0)))
        #expect(Competency.meets(Score(correct: 3, total: 3)))
    }
}
