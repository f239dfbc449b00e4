import Foundation
import QuizEngine
import Testing

/// The one fold of an answer into an item's tally, and the key rule over an item's tallies.
@Suite struct ItemTallyTests {
    static let start = Date(timeIntervalSince1970: 1_795_564_800)

    static func answer(_ isCorrect: Bool, days: Double, key: String? = "r1", chosen: [Int] = [0]) -> LoggedAnswer {
        LoggedAnswer(
            record: AnswerRecord(questionID: "c2", chosen: chosen, isCorrect: isCorrect, secondsTaken: 5, mode: .drill, keyFingerprint: key),
            answeredAt: start.addingTimeInterval(days * 86400)
        )
    }

    @Test func rightAnswersAloneMakeNoCardAMissStartsOneAndLaterAnswersReviewIt() throws {
        let right = ItemTally().folding(Self.answer(true, days: 0))
        #expect(right.score == Score(correct: 1, total: 1))
        #expect(right.card == nil)
        #expect(right.lastMissedAt == nil)
        let missed = right.folding(Self.answer(false, days: 1, chosen: [2, 3]))
        let card = try #require(missed.card)
        #expect(card.state == .learning)
        #expect(card.due == Self.start.addingTimeInterval(86400 + 60), "again: the first learning step, a minute")
        #expect(missed.lastMissedAt == Self.start.addingTimeInterval(86400))
        #expect(missed.lastWrongChoice == [2, 3])
        let reviewed = missed.folding(Self.answer(true, days: 1.01))
        #expect(reviewed.card?.lastReview == Self.start.addingTimeInterval(1.01 * 86400))
        #expect(reviewed.misses == 1)
        #expect(reviewed.lastWrongChoice == [2, 3], "a right answer leaves the last miss as it was")
    }

    @Test func recentDaysKeepOnlyWhatTheLongestWindowShows() {
        var tally = ItemTally()
        for day in [0.0, 0.5, 4, 10, 60] { tally = tally.folding(Self.answer(day != 10, days: day)) }
        #expect(tally.recentDays.map(\.day) == [DayTally.day(of: Self.start) + 10, DayTally.day(of: Self.start) + 60], "day 60 and the 55 days before it: day 4 is the 57th day back")
        #expect(tally.score == Score(correct: 4, total: 5), "the score keeps every answer")
        let late = tally.folding(Self.answer(true, days: 5))
        #expect(late.recentDays.map(\.day) == [5, 10, 60].map { DayTally.day(of: Self.start) + $0 }, "a late answer goes in its day's place")
    }

    @Test func anAnswerCountsForItsKeyAndAnUnkeyedOneForEveryKey() {
        var progress = StudyProgress()
        progress.record(Self.answer(false, days: 0, key: nil))
        progress.record(Self.answer(true, days: 1, key: "r1"))
        progress.record(Self.answer(true, days: 2, key: "r2"))
        progress.record(Self.answer(false, days: 3, key: nil))
        let item = progress.items["c2"]
        #expect(item?.unkeyed?.score == Score(correct: 0, total: 2))
        #expect(item?.byKey["r1"]?.score == Score(correct: 1, total: 3), "the unkeyed miss before, r1's answer, the unkeyed miss after")
        #expect(item?.byKey["r2"]?.score == Score(correct: 1, total: 3))
        #expect(item?.tally(at: "r3")?.score == Score(correct: 0, total: 2), "a key never answered speaks with the unkeyed answers")
    }

    @Test func statsFromTheTalliesCountWholeDays() throws {
        let log = StudyLog(answers: [
            Self.answer(false, days: -5.9), Self.answer(true, days: -6.1), Self.answer(true, days: -28.5), Self.answer(true, days: -30.5),
        ])
        let stats = StudyStats(log: log, bank: Fixtures.bank, now: Self.start.addingTimeInterval(0.5 * 86400))
        let compute = try #require(stats.serviceDomains.first { $0.id == "compute" })
        #expect(compute.allTime.total == 4)
        #expect(compute.last7Days.total == 1, "today and the six days before, by UTC day: -5.9 days is day -6, -6.1 days is day -7")
        #expect(compute.last7Days.accuracy == 0)
        #expect(compute.last30Days.total == 3)
    }

    @Test func aDateNoCalendarHoldsIsDayZeroNotATrap() {
        #expect(DayTally.day(of: Date(timeIntervalSince1970: .infinity)) == 0)
        #expect(DayTally.day(of: Date(timeIntervalSince1970: .nan)) == 0)
        #expect(DayTally.day(of: Date(timeIntervalSince1970: 1e300)) == 1_000_000_000_000)
        #expect(DayTally.day(of: Date(timeIntervalSince1970: 86400 * 3 + 5)) == 3)
    }
}
