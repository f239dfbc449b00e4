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
    /// The full replay of `log`; the app reads the kept `StudyProgress` instead.
    public init(log: StudyLog, bank: Bank) {
        self.init(progress: StudyProgress(log: log), bank: bank)
    }

    public init(progress: StudyProgress, bank: Bank) {
        entries = progress.answered(in: bank).compactMap { question, tally in
            tally.lastMissedAt.map {
                Entry(
                    question: question, misses: tally.misses, answers: tally.score.total, lastMissedAt: $0,
                    lastWrongChoice: tally.lastWrongChoice ?? []
                )
            }
        }.sorted { ($0.lastMissedAt, $1.question.id) > ($1.lastMissedAt, $0.question.id) }
    }
}
