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

/// Where a session begins, as the command line asks: the menu (offering exams left in
/// progress), an exam, a drill, a weak-spot drill or a review.
public enum Startup: Sendable, Hashable {
    case menu
    /// The exam to start, after offering any left in progress.
    case exam(ExamPreset)
    /// Without a title, "All domains" or, when filtered, "Chosen questions".
    case drill(QuestionFilter, count: Int?, title: LocalizedText?)
    case weakSpots(count: Int)
    case review(count: Int)
    /// With nothing due, the questions that come due soonest; answers count as reviews.
    case reviewAhead(count: Int)
}

/// Everything that can happen to the game, one at a time.
public enum Msg: Sendable, Hashable {
    /// The first message: opens the screen the command line asked for.
    case start(Startup)
    case key(Key)
    case resize(TerminalSize)
    /// Sent a few times a second: monotonic seconds time the exam (a changed wall clock
    /// cannot), and the wall clock dates answers and says which reviews are due.
    case tick(monotonic: Double, now: Date)
    /// The program was suspended (Ctrl-Z) and is back: the time away is not the exam's.
    case resumed
    /// A save failed; the sentence says what failed, what is kept and what to do. It stays
    /// on screen until a save works again.
    case saveFailed(LocalizedText)
    /// A save worked after one had failed: the warning goes.
    case saved
    /// The settings were saved (nil: a warning about the file goes, as the file is now
    /// whole) or could not be (the sentence, told on the menu; they last until the game ends).
    case settingsSaved(problem: LocalizedText?)
    /// Submitting the exam `id` failed as a whole: it stays in progress, as last saved.
    case submitFailed(id: String, LocalizedText)
    /// The exam is open in another running window; this one must not play it.
    case examOpenElsewhere(id: String)
    /// The exam was submitted or discarded in another window meanwhile; nothing more of it
    /// is saved here.
    case examFinishedElsewhere(id: String)
    /// History as another window left it: its answers (nil when they could not be read:
    /// the session's own stay), its exams in progress, what is wrong with it now (nil once
    /// all is well again), and the flagged questions (nil: the session's own stay).
    case historyReloaded(StudyProgress?, [PendingExam], warning: LocalizedText?, flagged: Set<String>? = nil)
    /// The finished exams history holds, newest first, for the past exams screen.
    case pastExamsLoaded([PastExam])
}

/// What `update` asks the runtime to do; values, so tests can assert them.
public enum Effect: Sendable, Hashable {
    case quit
    case recordAnswers([AnswerRecord])
    /// Save the exam in progress as it stands (the first save also takes it for this window).
    case saveExam(ExamSnapshot)
    /// Grade the exam and file its answers, together or not at all; then let it go.
    case submitExam(ExamSnapshot, Score, [AnswerRecord])
    /// Leave the exam in progress for this or another window to resume.
    case releaseExam(id: String)
    /// Give up an exam in progress (it stays in the file, marked abandoned).
    case discardExam(id: String)
    /// Keep the user's comment on an item.
    case recordComment(ItemComment)
    /// Flag a question to drill it later, or take the flag off.
    case setFlag(questionID: String, flagged: Bool)
    /// Keep the settings (language, last drill set-up) for the next run.
    case saveSettings(Settings)
    /// Put the text on the clipboard of the terminal (OSC 52, which works over SSH too).
    case copyToClipboard(String)
    /// The menu is shown again: bring in what other windows saved, if anything changed.
    case refreshHistory
    /// Read the finished exams for the past exams screen (answered by `pastExamsLoaded`,
    /// empty when history is off).
    case loadPastExams
}
