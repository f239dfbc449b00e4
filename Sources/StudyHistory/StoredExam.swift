import Foundation
import QuizEngine

/// One exam as history keeps it: in progress, submitted with its score, or discarded.
public struct StoredExam: Sendable, Hashable {
    public enum Status: String, Sendable {
        case inProgress
        case submitted
        case abandoned
    }

    public let id: String
    public let snapshot: ExamSnapshot
    public let status: Status
    public let startedAt: Date
    public let updatedAt: Date
    /// Set once submitted.
    public let score: Score?
}

/// Rows read back from history, with how many could not be decoded and were skipped.
public struct HistoryRead<Value: Sendable>: Sendable {
    public let value: Value
    public let skipped: Int
}
