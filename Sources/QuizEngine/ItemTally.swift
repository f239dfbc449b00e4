import Foundation

/// What the answers to one item (at one answer key) add up to: its score, its last miss,
/// its review card and its recent days. Kept current answer by answer through `folding`,
/// the one place the rules live, so stats, review and mistakes never replay the whole log.
public struct ItemTally: Sendable, Hashable {
    public var score = Score()
    public var lastMissedAt: Date?
    /// What was chosen at the last miss, as indices into the item's options.
    public var lastWrongChoice: [Int]?
    /// The review card, from the first miss on; nil while the item was never missed.
    public var card: FSRSCard?
    /// Right answers out of answers per UTC day, oldest first, for the days that had
    /// answers within `recentDaysKept` of the newest.
    public var recentDays: [DayTally] = []

    /// Days of answers kept for the time windows of stats (its weekly trend is the longest).
    public static let recentDaysKept = StudyStats.weeks * 7

    public init() {}

    public var misses: Int { score.total - score.correct }

    /// This tally with one more answer: every answer counts in the score, the last miss and
    /// the days; of the answers that count for scheduling (not a cram), a miss starts the
    /// review card, and from then on each reviews it (wrong = again, right = good).
    public func folding(_ answer: LoggedAnswer, scheduler: FSRSScheduler = .standard) -> ItemTally {
        var next = self
        let isCorrect = answer.record.isCorrect
        next.score.add(isCorrect)
        if !isCorrect {
            next.lastMissedAt = answer.answeredAt
            next.lastWrongChoice = answer.record.chosen
        }
        if answer.record.countsForScheduling, card != nil || !isCorrect {
            next.card = scheduler.review(card ?? FSRSCard(due: answer.answeredAt), rating: isCorrect ? .good : .again, at: answer.answeredAt)
        }
        next.recentDays = DayTally.adding(isCorrect, on: DayTally.day(of: answer.answeredAt), to: recentDays)
        return next
    }
}

/// Right answers out of answers on one UTC day, numbered from 1970-01-01.
public struct DayTally: Sendable, Hashable {
    public let day: Int
    public var score: Score

    public init(day: Int, score: Score) {
        self.day = day
        self.score = score
    }

    /// The UTC day number of `date`; a date no calendar holds (from a damaged row) is day 0,
    /// never a trap.
    public static func day(of date: Date) -> Int {
        let days = date.timeIntervalSince1970 / 86400
        guard days.isFinite else { return 0 }
        return Int(min(max(days, -1e12), 1e12).rounded(.down))
    }

    /// `days` with one answer added on `day`, dropping days too old to be shown.
    static func adding(_ isCorrect: Bool, on day: Int, to days: [DayTally]) -> [DayTally] {
        var days = days
        if let index = days.lastIndex(where: { $0.day == day }) {
            days[index].score.add(isCorrect)
        } else {
            var score = Score()
            score.add(isCorrect)
            let position = days.lastIndex(where: { $0.day < day }).map { $0 + 1 } ?? 0
            days.insert(DayTally(day: day, score: score), at: position)
        }
        let newest = days.last?.day ?? day
        days.removeAll { $0.day <= newest - ItemTally.recentDaysKept }
        return days
    }
}

extension FSRSScheduler {
    /// The scheduler with its default parameters, built once.
    public static let standard = FSRSScheduler()
}
