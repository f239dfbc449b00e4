import Foundation
import QuizEngine
import Testing

/// A cram (Anki's filtered deck) answers mistakes now without moving the review schedule,
/// yet counts in accuracy and mistakes like a drill.
@Suite struct CramTests {
    static func answer(_ id: String, _ isCorrect: Bool, days: Double, mode: AnswerRecord.Mode) -> LoggedAnswer {
        let question = Fixtures.bank.question(id)!
        return LoggedAnswer(
            record: AnswerRecord(
                questionID: id, chosen: [0], isCorrect: isCorrect, secondsTaken: 10, mode: mode,
                keyFingerprint: question.keyFingerprint
            ),
            answeredAt: ReviewAndStatsTests.at(days: days)
        )
    }

    @Test func onlyACramDoesNotCountForScheduling() {
        #expect(AnswerRecord.Mode.allCases.filter {
            AnswerRecord(questionID: "c1", chosen: [], isCorrect: true, secondsTaken: 1, mode: $0).countsForScheduling
        } == [.drill, .exam, .review])
    }

    @Test func crammingLeavesTheScheduleUntouched() throws {
        let scheduled = [Self.answer("c2", false, days: 0, mode: .exam), Self.answer("c2", true, days: 1, mode: .review)]
        let crammed = [Self.answer("c2", true, days: 0.5, mode: .cram), Self.answer("c2", false, days: 0.6, mode: .cram)]
        let before = try #require(ReviewQueue(log: StudyLog(answers: scheduled), bank: Fixtures.bank).items.first)
        let after = try #require(ReviewQueue(log: StudyLog(answers: scheduled + crammed), bank: Fixtures.bank).items.first)
        #expect(after.card == before.card, "cram answers must not move the card")
        #expect(after.misses == 2, "a cram miss still counts towards a leech")
    }

    @Test func aCramMissAloneSchedulesNothing() {
        let log = StudyLog(answers: [Self.answer("c1", false, days: 0, mode: .cram)])
        #expect(ReviewQueue(log: log, bank: Fixtures.bank).items.isEmpty)
    }

    @Test func cramAnswersCountInAccuracyAndMistakes() {
        let log = StudyLog(answers: [
            Self.answer("c2", false, days: 0, mode: .drill), Self.answer("c2", true, days: 1, mode: .cram),
            Self.answer("c2", false, days: 2, mode: .cram),
        ])
        let stats = StudyStats(log: log, bank: Fixtures.bank, now: ReviewAndStatsTests.at(days: 3))
        #expect(stats.overall.total == 3)
        #expect(stats.overall.correct == 1)
        let entry = MistakeList(log: log, bank: Fixtures.bank).entries.first
        #expect(entry?.misses == 2)
        #expect(entry?.answers == 3)
        #expect(entry?.lastMissedAt == ReviewAndStatsTests.at(days: 2))
    }
}
