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
    /// Struck-through displayed positions per question, kept while moving around.
    public private(set) var struck: [Set<Int>]
    /// Questions that have been on screen. When the clock submits the exam, the others are
    /// not filed as answers: a question never seen is no miss for mastery or review.
    public private(set) var shown: Set<Int>
    /// Time spent on each question while it was on screen, for the pacing report.
    public private(set) var secondsOn: [Double]
    public var index: Int {
        didSet {
            index = min(max(0, index), max(0, items.count - 1))
            if items.indices.contains(index) { shown.insert(index) }
        }
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
        struck = Array(repeating: [], count: items.count)
        shown = items.isEmpty ? [] : [0]
        secondsOn = Array(repeating: 0, count: items.count)
        index = 0
        remainingSeconds = preset.seconds
        status = .inProgress
    }

    /// Rebuilds a saved exam; answers and flags of questions no longer in the bank are dropped.
    /// `shown` nil (an exam saved before it was kept) counts every question as seen, as then.
    public init(
        id: String, preset: ExamPreset, seed: UInt64, items: [PresentedQuestion], answers: [Set<Int>], flagged: Set<Int>,
        index: Int, remainingSeconds: Double, status: Status,
        struck: [Set<Int>] = [], shown: Set<Int>? = nil, secondsOn: [Double] = []
    ) {
        self.id = id
        self.preset = preset
        self.seed = seed
        self.items = items
        self.answers = answers.count == items.count ? answers : Array(repeating: [], count: items.count)
        self.flagged = flagged.filter { items.indices.contains($0) }
        self.struck = struck.count == items.count ? struck : Array(repeating: [], count: items.count)
        let at = min(max(0, index), max(0, items.count - 1))
        self.index = at
        let limit = min(max(0, preset.seconds), Double(ExamPreset.maximumMinutes) * 60)
        self.remainingSeconds = remainingSeconds.isFinite ? min(max(0, remainingSeconds), limit) : 0
        self.secondsOn = secondsOn.count == items.count
            ? secondsOn.map { $0.isFinite ? min(max(0, $0), limit) : 0 } : Array(repeating: 0, count: items.count)
        self.shown = (shown ?? Set(items.indices)).filter { items.indices.contains($0) }.union(items.isEmpty ? [] : [at])
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

    /// Strikes an option of the current question through, or un-strikes it.
    public mutating func toggleStrike(_ position: Int) {
        guard status == .inProgress else { return }
        struck[index] = current.striking(position, in: struck[index])
    }

    public mutating func toggleFlag() {
        guard status == .inProgress else { return }
        if flagged.contains(index) { flagged.remove(index) } else { flagged.insert(index) }
    }

    /// Runs the clock; at zero the exam submits itself. Time counts towards the current
    /// question when it is `onQuestion` (not while the overview shows). Returns whether a
    /// warning mark (10 minutes or 1 minute left) was crossed.
    @discardableResult
    public mutating func elapse(_ seconds: Double, onQuestion: Bool = true) -> Bool {
        guard status == .inProgress, seconds > 0, seconds.isFinite else { return false }
        let before = remainingSeconds
        remainingSeconds = max(0, remainingSeconds - seconds)
        if onQuestion, items.indices.contains(index) { secondsOn[index] += before - remainingSeconds }
        if remainingSeconds == 0 { status = .submitted }
        return [600.0, 60.0].contains { before > $0 && remainingSeconds <= $0 }
    }

    public mutating func submit() {
        status = .submitted
    }

    /// The same exam open again, after a submit that could not be filed.
    public func reopened() -> ExamSession {
        var session = self
        session.status = .inProgress
        return session
    }

    public var usedSeconds: Double { preset.seconds - remainingSeconds }

    /// The clock submitted it: it ran out.
    public var timedOut: Bool { status == .submitted && remainingSeconds <= 0 }

    /// The answers history files at submit, each with the time spent on it. After a timeout,
    /// questions never shown are left out (they still count wrong in this exam's score).
    public var answerRecords: [AnswerRecord] {
        items.indices.filter { !timedOut || shown.contains($0) }.map {
            items[$0].record(answers[$0], seconds: secondsOn[$0], mode: .exam)
        }
    }

    /// The questions that took longest, slowest first, at most `count`.
    public func slowest(_ count: Int) -> [(index: Int, seconds: Double)] {
        secondsOn.enumerated().filter { $0.element > 0 }
            .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
            .prefix(max(0, count)).map { ($0.offset, $0.element) }
    }

    /// Questions behind the real exam's pace so far; zero when on pace.
    public var behindPace: Int { ExamPace(preset.exam).behind(answered: answeredCount, usedSeconds: usedSeconds) }

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
