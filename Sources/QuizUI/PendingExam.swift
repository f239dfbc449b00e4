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
