import Foundation
import QuizEngine
import Testing

/// The mistakes list: every missed item once, newest miss first, with how often.
@Suite struct MistakeListTests {
    static func answer(_ id: String, _ isCorrect: Bool, minutes: Double, fingerprint: String = "r1") -> LoggedAnswer {
        LoggedAnswer(
            record: AnswerRecord(questionID: id, chosen: [0], isCorrect: isCorrect, secondsTaken: 5, mode: .drill, keyFingerprint: fingerprint),
            answeredAt: Date(timeIntervalSince1970: 1_800_000_000 + minutes * 60)
        )
    }

    @Test func missedItemsNewestFirstWithCounts() {
        let log = StudyLog(answers: [
            Self.answer("c1", false, minutes: 1), Self.answer("c1", true, minutes: 2), Self.answer("c1", false, minutes: 9),
            Self.answer("s1", false, minutes: 5), Self.answer("c2", true, minutes: 6),
            Self.answer("t1", false, minutes: 20, fingerprint: "r0"),
        ])
        let list = MistakeList(log: log, bank: Fixtures.bank)
        #expect(list.entries.map(\.question.id) == ["c1", "s1"], "t1's miss was for an older revision; c2 was never missed")
        #expect(list.entries.first?.misses == 2)
        #expect(list.entries.first?.answers == 3)
        #expect(list.entries.first?.lastMissedAt == Date(timeIntervalSince1970: 1_800_000_000 + 540))
    }
}
