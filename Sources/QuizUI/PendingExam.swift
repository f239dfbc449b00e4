import QuizEngine

/// An exam left in progress, as the menu and the start screen offer it.
public struct PendingExam: Sendable, Hashable {
    public let session: ExamSession
    /// Another running window has it open; it cannot be resumed or discarded here.
    public let openElsewhere: Bool

    public init(session: ExamSession, openElsewhere: Bool = false) {
        self.session = session
        self.openElsewhere = openElsewhere
    }
}

/// The start screen's list of exams in progress: which one the cursor is on, the exam to
/// start instead, and whether a discard waits for its confirmation.
public struct ResumeOffer: Sendable, Hashable {
    public internal(set) var cursor: Int
    public let next: ExamPreset?
    public internal(set) var confirmingDiscard = false
    public internal(set) var notice: LocalizedText?
}
