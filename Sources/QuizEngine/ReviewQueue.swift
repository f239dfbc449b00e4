import Foundation

/// Questions answered wrong, scheduled by FSRS: a miss in any mode puts a question in
/// review; every later answer is a review (wrong = again, right = good), so it comes back
/// at growing intervals while it is answered right. Answers that do not count for
/// scheduling (a cram) leave the card as it was.
public struct ReviewQueue: Sendable {
    public struct Item: Sendable, Hashable {
        public let question: Question
        public let card: FSRSCard
        public let misses: Int
    }

    /// Missed this many times, a question is a leech: drilling it again is not working.
    public static let leechThreshold = 8

    public let items: [Item]

    public init(log: StudyLog, bank: Bank, scheduler: FSRSScheduler = FSRSScheduler()) {
        self.init(log: log, bank: bank, positions: log.answerPositions(in: bank), scheduler: scheduler)
    }

    /// With `StudyLog.answerPositions` already worked out, which is the costly part of a long log.
    public init(log: StudyLog, bank: Bank, positions: [[Int]], scheduler: FSRSScheduler = FSRSScheduler()) {
        items = log.answers.withUnsafeBufferPointer { answers in
            Self.replay(answers, bank: bank, positions: positions, scheduler: scheduler)
        }
    }

    /// One card per missed question, by replaying its answers from the first miss on.
    /// Reads the log through a buffer pointer: a million array reads were mostly retains.
    private static func replay(
        _ answers: UnsafeBufferPointer<LoggedAnswer>, bank: Bank, positions: [[Int]], scheduler: FSRSScheduler
    ) -> [Item] {
        zip(bank.questions, positions).compactMap { question, positions in
            let scheduling = positions.filter { answers[$0].record.countsForScheduling }
            guard let firstMiss = scheduling.firstIndex(where: { !answers[$0].record.isCorrect }) else { return nil }
            var card = FSRSCard(due: answers[scheduling[firstMiss]].answeredAt)
            for position in scheduling[firstMiss...] {
                let isCorrect = answers[position].record.isCorrect
                card = scheduler.review(card, rating: isCorrect ? .good : .again, at: answers[position].answeredAt)
            }
            let misses = positions.count { !answers[$0].record.isCorrect }
            return Item(question: question, card: card, misses: misses)
        }
    }

    /// Questions due at `date`, most overdue first.
    public func due(at date: Date) -> [Item] {
        items.filter { $0.card.due <= date }.sorted { ($0.card.due, $0.question.id) < ($1.card.due, $1.question.id) }
    }

    /// When the next question not yet due comes due.
    public func nextDue(after date: Date) -> Date? {
        items.map(\.card.due).filter { $0 > date }.min()
    }

    public var leeches: [Item] {
        items.filter { $0.misses >= Self.leechThreshold }.sorted { ($0.misses, $1.question.id) > ($1.misses, $0.question.id) }
    }
}
