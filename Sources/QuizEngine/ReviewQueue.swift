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

    /// The full replay of `log`; the app reads the kept `StudyProgress` instead.
    public init(log: StudyLog, bank: Bank) {
        self.init(progress: StudyProgress(log: log), bank: bank)
    }

    public init(progress: StudyProgress, bank: Bank) {
        self.init(answered: progress.answered(in: bank))
    }

    /// From the tallies of the answered questions, when already at hand.
    init(answered: [(question: Question, tally: ItemTally)]) {
        items = answered.compactMap { question, tally in
            tally.card.map { Item(question: question, card: $0, misses: tally.misses) }
        }
    }

    /// Questions due at `date`, most overdue first. Positions are sorted, not the items:
    /// moving whole questions about made sorting thousands of due items slow.
    public func due(at date: Date) -> [Item] {
        items.indices.filter { items[$0].card.due <= date }
            .sorted { (items[$0].card.due, items[$0].question.id) < (items[$1].card.due, items[$1].question.id) }
            .map { items[$0] }
    }

    /// How many questions are due at `date`, without ordering them (for the menu's count).
    public func dueCount(at date: Date) -> Int {
        items.count { $0.card.due <= date }
    }

    /// When the next question not yet due comes due.
    public func nextDue(after date: Date) -> Date? {
        items.map(\.card.due).filter { $0 > date }.min()
    }

    /// Most missed first; sorted by position, like `due(at:)`.
    public var leeches: [Item] {
        items.indices.filter { items[$0].misses >= Self.leechThreshold }
            .sorted { (items[$0].misses, items[$1].question.id) > (items[$1].misses, items[$0].question.id) }
            .map { items[$0] }
    }
}
