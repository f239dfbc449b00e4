import Foundation
import QuizEngine

/// A key as the game understands it, independent of any terminal library.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case enter, escape, space, backspace
    case pageUp, pageDown, home, end
    case wheelUp, wheelDown
}

/// The size of the terminal in columns and rows.
public struct TerminalSize: Sendable, Hashable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Below this the screens cannot show a question without cutting it; we say so instead.
    public static let minimum = TerminalSize(columns: 50, rows: 16)

    public var isLargeEnough: Bool { columns >= Self.minimum.columns && rows >= Self.minimum.rows }
}

/// Everything that can happen to the game, one at a time.
public enum Msg: Sendable, Hashable {
    case key(Key)
    case resize(TerminalSize)
    /// Sent a few times a second: monotonic seconds time the exam (a changed wall clock
    /// cannot), and the wall clock dates answers and says which reviews are due.
    case tick(monotonic: Double, now: Date)
    /// The runtime could not carry out an effect; the user is told on screen.
    case historyFailed(String)
}

/// What `update` asks the runtime to do; values, so tests can assert them.
public enum Effect: Sendable, Hashable {
    case quit
    case recordAnswers([AnswerRecord])
    /// Save the exam as it stands; with a score once it is submitted.
    case saveExam(ExamSnapshot, Score?)
    case abandonSavedExam
}
