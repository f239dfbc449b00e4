/// One answer as history keeps it: what was chosen, in the author's option order, whether
/// it was right, how long it took, and in which mode.
public struct AnswerRecord: Sendable, Hashable, Codable {
    public enum Mode: String, Sendable, Codable, CaseIterable {
        case drill
        case exam
        case review
        /// A cram of earlier mistakes (Anki's filtered deck): counts in accuracy and
        /// mistakes, never in the review schedule.
        case cram
    }

    public let questionID: String
    public let chosen: [Int]
    public let isCorrect: Bool
    public let secondsTaken: Double
    public let mode: Mode
    /// The answer key the question had when answered (`Question.keyFingerprint`); nil in
    /// rows older than the fingerprint, which count for any key.
    public let keyFingerprint: String?

    public init(
        questionID: String, chosen: [Int], isCorrect: Bool, secondsTaken: Double, mode: Mode, keyFingerprint: String? = nil
    ) {
        self.questionID = questionID
        self.chosen = chosen
        self.isCorrect = isCorrect
        self.secondsTaken = secondsTaken
        self.mode = mode
        self.keyFingerprint = keyFingerprint
    }

    /// Whether this answer moves the spaced-repetition schedule: the one place the rule
    /// lives, so every scheduler (the replay, a kept card table) asks it. A cram does not.
    public var countsForScheduling: Bool { mode != .cram }
}
