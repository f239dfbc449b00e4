/// The shape of a practice exam: how many questions, how long, and the pass mark.
public struct ExamPreset: Sendable, Hashable, Codable {
    public let exam: Exam
    public let questionCount: Int
    public let minutes: Int
    /// The pass mark on the 100-1000 scaled score.
    public let passingScore: Int

    public init(exam: Exam, questionCount: Int, minutes: Int, passingScore: Int) {
        self.exam = exam
        self.questionCount = questionCount
        self.minutes = minutes
        self.passingScore = passingScore
    }

    /// The real exams' figures (AWS exam guides as of 2026).
    public static func standard(_ exam: Exam) -> ExamPreset {
        switch exam {
        case .sap: ExamPreset(exam: .sap, questionCount: 75, minutes: 180, passingScore: 750)
        case .saa: ExamPreset(exam: .saa, questionCount: 65, minutes: 130, passingScore: 720)
        }
    }

    /// The time limit in seconds, computed without integer arithmetic so no stored figure can trap.
    public var seconds: Double { Double(minutes) * 60 }

    /// The largest limits a command line or a saved exam may ask for.
    public static let maximumMinutes = 10_000
    public static let maximumQuestionCount = 1_000

    public func with(questionCount: Int?, minutes: Int?) -> ExamPreset {
        ExamPreset(
            exam: exam, questionCount: questionCount ?? self.questionCount, minutes: minutes ?? self.minutes,
            passingScore: passingScore
        )
    }
}

/// An estimate of the exam's scaled score. AWS does not publish its scaling, so this maps
/// the share right linearly onto 100-1000: 0% is 100, 100% is 1000 (README explains).
public enum ScaledScore {
    public static func estimate(_ score: Score) -> Int {
        guard score.total > 0 else { return 100 }
        return 100 + (900 * score.correct + score.total / 2) / score.total
    }
}
