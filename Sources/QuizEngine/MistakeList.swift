import Foundation

/// Every item the user has missed, newest miss first, with how often and when: the one
/// place to see mistakes, to read them again or to cram them.
public struct MistakeList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let question: Question
        public let misses: Int
        public let answers: Int
        public let lastMissedAt: Date
    }

    public let entries: [Entry]

    /// Answers count for an item's current revision only; an item never missed is absent.
    public init(log: StudyLog, bank: Bank) {
        var entries: [Entry] = []
        for (index, positions) in log.answerPositions(in: bank).enumerated() {
            let missed = positions.filter { !log.answers[$0].record.isCorrect }
            guard let last = missed.map({ log.answers[$0].answeredAt }).max() else { continue }
            entries.append(Entry(question: bank.questions[index], misses: missed.count, answers: positions.count, lastMissedAt: last))
        }
        self.entries = entries.sorted { ($0.lastMissedAt, $1.question.id) > ($1.lastMissedAt, $0.question.id) }
    }
}
