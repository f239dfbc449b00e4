/// A drill or a review in progress: the drawn questions, the one being answered, what was
/// chosen, and the answers given. Beside `ExamSession`; both choose and record through
/// `PresentedQuestion`, so the rules exist once.
public struct DrillSession: Sendable, Hashable {
    public enum Phase: Sendable, Hashable {
        case answering
        /// The current question is answered; its explanation shows until the next one.
        case answered
    }

    /// What submitting gave.
    public enum Submission: Sendable, Hashable {
        /// A multi-response question with the wrong number of picks: nothing is filed.
        case needs(Int)
        case recorded(AnswerRecord)
    }

    public let items: [PresentedQuestion]
    /// How history files the answers: a drill, or a review of earlier misses.
    public let mode: AnswerRecord.Mode
    public private(set) var index = 0
    public private(set) var phase = Phase.answering
    /// Displayed positions chosen for the current question.
    public private(set) var selection: Set<Int> = []
    /// Displayed positions struck through on the current question.
    public private(set) var struck: Set<Int> = []
    /// Chosen positions per answered question, in drill order.
    public private(set) var chosen: [Set<Int>] = []
    /// Time spent on the current question so far.
    public private(set) var secondsOnQuestion = 0.0

    public init(items: [PresentedQuestion], mode: AnswerRecord.Mode = .drill) {
        self.items = items
        self.mode = mode
    }

    public var current: PresentedQuestion { items[index] }
    public var isLast: Bool { index + 1 >= items.count }

    public mutating func choose(_ position: Int) {
        guard phase == .answering else { return }
        selection = current.choosing(position, in: selection)
    }

    /// Strikes an option of the current question through, or un-strikes it.
    public mutating func toggleStrike(_ position: Int) {
        guard phase == .answering else { return }
        struck = current.striking(position, in: struck)
    }

    /// Submits the selection, or the option under `cursor` when a single-answer question
    /// has none; the record is what history files.
    public mutating func submit(cursor: Int) -> Submission {
        guard phase == .answering else { return .needs(current.question.requiredSelections) }
        if !current.question.isMultiResponse && selection.isEmpty { selection = current.choosing(cursor, in: []) }
        guard selection.count == current.question.requiredSelections else { return .needs(current.question.requiredSelections) }
        let record = current.record(selection, seconds: secondsOnQuestion, mode: mode)
        chosen.append(selection)
        phase = .answered
        secondsOnQuestion = 0
        return .recorded(record)
    }

    /// On to the next question after an answer; false at the end.
    public mutating func next() -> Bool {
        guard phase == .answered, !isLast else { return false }
        index += 1
        phase = .answering
        selection = []
        struck = []
        return true
    }

    /// Times the question being answered.
    public mutating func elapse(_ seconds: Double) {
        if phase == .answering, seconds > 0 { secondsOnQuestion += seconds }
    }

    public var graded: [GradedAnswer] {
        zip(items, chosen).map { GradedAnswer(question: $0.question, isCorrect: $0.isCorrect($1)) }
    }
}
