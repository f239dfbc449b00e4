import Foundation

/// One answer with when it was given.
public struct LoggedAnswer: Sendable, Hashable {
    public let record: AnswerRecord
    public let answeredAt: Date

    public init(record: AnswerRecord, answeredAt: Date) {
        self.record = record
        self.answeredAt = answeredAt
    }
}

/// A submitted practice exam, for stats.
public struct ExamOutcome: Sendable, Hashable, Codable {
    public let exam: Exam
    public let takenAt: Date
    public let correct: Int
    public let total: Int

    public init(exam: Exam, takenAt: Date, correct: Int, total: Int) {
        self.exam = exam
        self.takenAt = takenAt
        self.correct = correct
        self.total = total
    }

    public var scaledScoreEstimate: Int { ScaledScore.estimate(Score(correct: correct, total: total)) }
    public var passed: Bool { scaledScoreEstimate >= ExamPreset.standard(exam).passingScore }
}

/// Everything the user did, answer by answer: what history stores. Review and stats
/// read it folded per item (`StudyProgress`).
public struct StudyLog: Sendable, Hashable {
    public var answers: [LoggedAnswer]
    public var exams: [ExamOutcome]

    public init(answers: [LoggedAnswer] = [], exams: [ExamOutcome] = []) {
        self.answers = answers
        self.exams = exams
    }
}
