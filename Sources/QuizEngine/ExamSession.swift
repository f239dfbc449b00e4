/// A practice exam in progress: answers, flags and the clock. No explanations are shown
/// until it is submitted, as on the real exam.
public struct ExamSession: Sendable, Hashable {
    public enum Status: String, Sendable, Codable {
        case inProgress
        case submitted
    }

    /// Names this exam in history and in every save, so two exams never share a record.
    public let id: String
    public let preset: ExamPreset
    public let seed: UInt64
    public let items: [PresentedQuestion]
    /// Chosen displayed positions per question; empty means unanswered.
    public private(set) var answers: [Set<Int>]
    public private(set) var flagged: Set<Int>
    public var index: Int {
        didSet { index = min(max(0, index), max(0, items.count - 1)) }
    }
    public private(set) var remainingSeconds: Double
    public private(set) var status: Status

    public init(id: String, preset: ExamPreset, seed: UInt64, items: [PresentedQuestion]) {
        self.id = id
        self.preset = preset
        self.seed = seed
        self.items = items
        answers = Array(repeating: [], count: items.count)
        flagged = []
        index = 0
        remainingSeconds = preset.seconds
        status = .inProgress
    }

    /// Rebuilds a saved exam; answers and flags of questions no longer in the bank are dropped.
    public init(
        id: String, preset: ExamPreset, seed: UInt64, items: [PresentedQuestion], answers: [Set<Int>], flagged: Set<Int>,
        index: Int, remainingSeconds: Double, status: Status
    ) {
        self.id = id
        self.preset = preset
        self.seed = seed
        self.items = items
        self.answers = answers.count == items.count ? answers : Array(repeating: [], count: items.count)
        self.flagged = flagged.filter { items.indices.contains($0) }
        self.index = min(max(0, index), max(0, items.count - 1))
        let limit = min(max(0, preset.seconds), Double(ExamPreset.maximumMinutes) * 60)
        self.remainingSeconds = remainingSeconds.isFinite ? min(max(0, remainingSeconds), limit) : 0
        self.status = status
    }

    public var current: PresentedQuestion { items[index] }

    /// Questions with as many picks as they ask for (or more); an incomplete one is not answered.
    public var answeredCount: Int { items.indices.filter(isAnswered).count }

    /// Multi-response questions with some picks but fewer than they ask for.
    public var incompleteCount: Int { items.indices.filter(isIncomplete).count }

    public func isAnswered(_ index: Int) -> Bool {
        !answers[index].isEmpty && answers[index].count >= items[index].question.requiredSelections
    }

    public func isIncomplete(_ index: Int) -> Bool {
        !answers[index].isEmpty && answers[index].count < items[index].question.requiredSelections
    }

    /// Nothing chosen at all.
    public func isBlank(_ index: Int) -> Bool { answers[index].isEmpty }

    /// Chooses an option of the current question: replaces for single-answer, toggles for multi.
    public mutating func choose(_ position: Int) {
        guard status == .inProgress else { return }
        answers[index] = current.choosing(position, in: answers[index])
    }

    public mutating func toggleFlag() {
        guard status == .inProgress else { return }
        if flagged.contains(index) { flagged.remove(index) } else { flagged.insert(index) }
    }

    /// Runs the clock; at zero the exam submits itself. Returns whether a warning mark
    /// (10 minutes or 1 minute left) was crossed.
    @discardableResult
    public mutating func elapse(_ seconds: Double) -> Bool {
        guard status == .inProgress, seconds > 0 else { return false }
        let before = remainingSeconds
        remainingSeconds = max(0, remainingSeconds - seconds)
        if remainingSeconds == 0 { status = .submitted }
        return [600.0, 60.0].contains { before > $0 && remainingSeconds <= $0 }
    }

    public mutating func submit() {
        status = .submitted
    }

    public var usedSeconds: Double { preset.seconds - remainingSeconds }

    /// Unanswered questions count as wrong, as on the real exam.
    public var graded: [GradedAnswer] {
        zip(items, answers).map { GradedAnswer(question: $0.question, isCorrect: $0.isCorrect($1)) }
    }

    public var score: Score {
        Score(correct: graded.filter(\.isCorrect).count, total: items.count)
    }

    public var scaledScore: Int { ScaledScore.estimate(score) }

    public var passed: Bool { scaledScore >= preset.passingScore }
}
