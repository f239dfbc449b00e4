import Foundation

/// Every item the user has missed, newest miss first, with how often and when: the one
/// place to see mistakes, to read them again or to cram them.
public struct MistakeList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let question: Question
        public let misses: Int
        public let answers: Int
        public let lastMissedAt: Date
        /// What was chosen that time, as indices into the question's options.
        public let lastWrongChoice: [Int]
    }

    public let entries: [Entry]

    /// Answers count for an item's current revision only; an item never missed is absent.
    public init(log: StudyLog, bank: Bank) {
        self.init(log: log, bank: bank, positions: log.answerPositions(in: bank))
    }

    /// With `StudyLog.answerPositions` already worked out, which is the costly part of a long log.
    public init(log: StudyLog, bank: Bank, positions: [[Int]]) {
        var entries: [Entry] = []
        for (index, positions) in positions.enumerated() {
            let missed = positions.filter { !log.answers[$0].record.isCorrect }
            guard let last = missed.max(by: { log.answers[$0].answeredAt < log.answers[$1].answeredAt }) else { continue }
            entries.append(Entry(
                question: bank.questions[index], misses: missed.count, answers: positions.count,
                lastMissedAt: log.answers[last].answeredAt, lastWrongChoice: log.answers[last].record.chosen
            ))
        }
        self.entries = entries.sorted { ($0.lastMissedAt, $1.question.id) > ($1.lastMissedAt, $0.question.id) }
    }
}
