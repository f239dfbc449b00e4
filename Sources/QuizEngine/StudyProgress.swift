import Foundation

/// The study log folded per item: for each item, a tally per answer key it was answered
/// at, and the exams taken. Stats, review, mistakes and notes read this, never the whole
/// log, so they cost the same at a million answers as at ten. History keeps it current
/// as answers are saved; `init(log:)` is the full replay it must always equal.
public struct StudyProgress: Sendable, Hashable {
    /// One item's tallies. An answer counts for the key it was given to; answers from before
    /// keys were recorded (no fingerprint) count for every key.
    public struct ItemHistory: Sendable, Hashable {
        /// The answers without a fingerprint alone: where a key answered for the first time starts.
        public var unkeyed: ItemTally?
        /// Per key fingerprint, the unkeyed answers and that key's, in the order given.
        public var byKey: [String: ItemTally]

        public init(unkeyed: ItemTally? = nil, byKey: [String: ItemTally] = [:]) {
            self.unkeyed = unkeyed
            self.byKey = byKey
        }

        /// These tallies with one more answer.
        public func recording(_ answer: LoggedAnswer) -> ItemHistory {
            var next = self
            if let key = answer.record.keyFingerprint {
                next.byKey[key] = (byKey[key] ?? unkeyed ?? ItemTally()).folding(answer)
            } else {
                next.unkeyed = (unkeyed ?? ItemTally()).folding(answer)
                next.byKey = byKey.mapValues { $0.folding(answer) }
            }
            return next
        }

        /// The tally that speaks about the item at `keyFingerprint`.
        public func tally(at keyFingerprint: String) -> ItemTally? { byKey[keyFingerprint] ?? unkeyed }
    }

    /// By item id.
    public private(set) var items: [String: ItemHistory]
    public var exams: [ExamOutcome]

    public init(items: [String: ItemHistory] = [:], exams: [ExamOutcome] = []) {
        self.items = items
        self.exams = exams
    }

    /// The full replay of a log, answer by answer in its order.
    public init(log: StudyLog) {
        self.init(exams: log.exams)
        for answer in log.answers { record(answer) }
    }

    public mutating func record(_ answer: LoggedAnswer) {
        let id = answer.record.questionID
        items[id] = (items[id] ?? ItemHistory()).recording(answer)
    }

    /// What the answers to `question`'s current key add up to; nil when it has none.
    public func tally(for question: Question) -> ItemTally? {
        items[question.id]?.tally(at: question.keyFingerprint)
    }

    /// Each question of the bank with its tally, in bank order, leaving out unanswered ones.
    public func answered(in bank: Bank) -> [(question: Question, tally: ItemTally)] {
        bank.questions.compactMap { question in tally(for: question).map { (question, $0) } }
    }

    /// Right answers out of answers per service domain id.
    public func scoresByDomain(in bank: Bank) -> [String: Score] {
        var scores: [String: Score] = [:]
        for (question, tally) in answered(in: bank) { scores[question.domainID, default: Score()].merge(tally.score) }
        return scores
    }
}
