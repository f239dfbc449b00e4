import QuizEngine

/// A drill in progress: the drawn questions, where the user is, and what they answered.
public struct DrillState: Sendable, Hashable {
    public enum Phase: Sendable, Hashable {
        case answering
        case feedback
    }

    /// What the drill covers, for the header ("Security", "All domains").
    public let title: LocalizedText
    public let items: [PresentedQuestion]
    public internal(set) var index = 0
    public internal(set) var phase = Phase.answering
    /// Displayed positions the user has chosen for the current question.
    public internal(set) var selection: Set<Int> = []
    public internal(set) var cursor = 0
    /// Chosen positions per answered question, in drill order.
    public internal(set) var chosen: [Set<Int>] = []
    /// A one-line hint under the options, such as "choose two first".
    public internal(set) var hint: LocalizedText?
    /// Time spent on the current question so far, from ticks.
    var secondsOnQuestion = 0.0
    /// How history files the answers: a drill, or a review of earlier misses.
    public let mode: AnswerRecord.Mode

    public init(title: LocalizedText, items: [PresentedQuestion], mode: AnswerRecord.Mode = .drill) {
        self.title = title
        self.items = items
        self.mode = mode
    }

    public var current: PresentedQuestion { items[index] }

    public var graded: [GradedAnswer] {
        zip(items, chosen).map { GradedAnswer(question: $0.question, isCorrect: $0.isCorrect($1)) }
    }
}
