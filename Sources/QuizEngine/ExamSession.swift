/// A practice exam in progress: answers, flags and the clock. No explanations are shown
/// until it is submitted, as on the real exam.
public struct ExamSession: Sendable, Hashable {
    public enum Status: String, Sendable, Codable {
        case inProgress
        case submitted
    }

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

    public init(preset: ExamPreset, seed: UInt64, items: [PresentedQuestion]) {
        self.preset = preset
        self.seed = seed
        self.items = items
        answers = Array(repeating: [], count: items.count)
        flagged = []
        index = 0
        remainingSeconds = Double(preset.minutes * 60)
        status = .inProgress
    }

    /// Rebuilds a saved exam; answers and flags of questions no longer in the bank are dropped.
    public init(
        preset: ExamPreset, seed: UInt64, items: [PresentedQuestion], answers: [Set<Int>], flagged: Set<Int>,
        index: Int, remainingSeconds: Double, status: Status
    ) {
        self.preset = preset
        self.seed = seed
        self.items = items
        self.answers = answers.count == items.count ? answers : Array(repeating: [], count: items.count)
        self.flagged = flagged.filter { items.indices.contains($0) }
        self.index = min(max(0, index), max(0, items.count - 1))
        self.remainingSeconds = max(0, remainingSeconds)
        self.status = status
    }

    public var current: PresentedQuestion { items[index] }

    public var answeredCount: Int { answers.filter { !$0.isEmpty }.count }

    public func isAnswered(_ index: Int) -> Bool { !answers[index].isEmpty }

    /// Chooses an option of the current question: replaces for single-answer, toggles for multi.
    public mutating func choose(_ position: Int) {
        guard status == .inProgress, current.displayedChoices.indices.contains(position) else { return }
        if current.question.isMultiResponse {
            if answers[index].contains(position) { answers[index].remove(position) } else { answers[index].insert(position) }
        } else {
            answers[index] = [position]
        }
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

    public var usedSeconds: Double { Double(preset.minutes * 60) - remainingSeconds }

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
