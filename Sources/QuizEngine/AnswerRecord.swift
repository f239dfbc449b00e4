/// One answer as history keeps it: what was chosen, in the author's option order, whether
/// it was right, how long it took, and in which mode.
public struct AnswerRecord: Sendable, Hashable, Codable {
    public enum Mode: String, Sendable, Codable {
        case drill
        case exam
        case review
    }

    public let questionID: String
    public let chosen: [Int]
    public let isCorrect: Bool
    public let secondsTaken: Double
    public let mode: Mode

    public init(questionID: String, chosen: [Int], isCorrect: Bool, secondsTaken: Double, mode: Mode) {
        self.questionID = questionID
        self.chosen = chosen
        self.isCorrect = isCorrect
        self.secondsTaken = secondsTaken
        self.mode = mode
    }
}
