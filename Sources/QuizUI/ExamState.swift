import QuizEngine

/// An exam on screen: the engine's session plus what only the screen needs.
public struct ExamState: Sendable, Hashable {
    public enum Overlay: Sendable, Hashable {
        case none
        case overview(cursor: Int)
        case confirmSubmit
        case confirmLeave
    }

    public internal(set) var session: ExamSession
    public internal(set) var overlay = Overlay.none
    /// Cursor over the current question's options.
    public internal(set) var cursor = 0
    /// A warning such as "10 minutes left", shown until the next key.
    public internal(set) var notice: LocalizedText?
    /// The whole second last saved, so the clock is saved once a second, not every tick.
    var savedSecond: Int

    public init(session: ExamSession) {
        self.session = session
        savedSecond = Int(session.remainingSeconds.rounded(.up))
    }
}

/// Where the user is in an exam's results: the summary, a filtered list, or one question.
public struct ExamResultsBrowser: Sendable, Hashable {
    public enum Filter: Sendable, Hashable, CaseIterable {
        case all, incorrect, unanswered, flagged
    }

    public let session: ExamSession
    public internal(set) var filter: Filter?
    public internal(set) var cursor = 0
    public internal(set) var detail = false

    public init(session: ExamSession) {
        self.session = session
    }

    /// Question indices the current filter shows.
    public var shown: [Int] {
        let indices = Array(session.items.indices)
        switch filter {
        case .none, .all: return indices
        case .incorrect: return indices.filter { !session.isBlank($0) && !session.graded[$0].isCorrect }
        case .unanswered: return indices.filter(session.isBlank)
        case .flagged: return indices.filter { session.flagged.contains($0) }
        }
    }
}

/// Before an exam starts: its figures, and a word when the bank is short of questions.
public struct ExamIntro: Sendable, Hashable {
    public let preset: ExamPreset
    public let seed: UInt64
    public let items: [PresentedQuestion]
    public let shortfall: Int
}
