import Foundation
import QuizEngine

/// A submitted exam as history keeps it, over today's bank: listed on the past exams
/// screen and reopened in its results with the options that were shown.
public struct PastExam: Sendable, Hashable {
    public let session: ExamSession
    /// When it was submitted.
    public let takenAt: Date
    /// The score as filed (questions since removed from the bank still count in it).
    public let score: Score

    public init(session: ExamSession, takenAt: Date, score: Score) {
        self.session = session
        self.takenAt = takenAt
        self.score = score
    }

    public var scaledScore: Int { ScaledScore.estimate(score) }
    public var passed: Bool { scaledScore >= session.preset.passingScore }
}
