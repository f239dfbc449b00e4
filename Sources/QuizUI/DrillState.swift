import QuizEngine

/// A drill or review on screen: the engine's session plus what only the screen needs.
public struct DrillState: Sendable, Hashable {
    /// What the drill covers, for the header ("Security", "All domains").
    public let title: LocalizedText
    public internal(set) var session: DrillSession
    /// Cursor over the current question's options.
    public internal(set) var cursor = 0
    /// A one-line hint under the options, such as "choose two first".
    public internal(set) var hint: LocalizedText?

    public init(title: LocalizedText, items: [PresentedQuestion], mode: AnswerRecord.Mode = .drill) {
        self.title = title
        session = DrillSession(items: items, mode: mode)
    }

    public var current: PresentedQuestion { session.current }
}
