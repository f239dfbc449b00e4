/// Why the game stopped reading keys.
public enum StopReason: Sendable, Equatable {
    case quit
    case signal(Int32)
}

/// What one wait for input gave.
public enum TerminalEvent: Sendable, Equatable {
    case message(Msg)
    case stop(StopReason)
}

/// What the game loop needs of a terminal (ratatui's `Backend`): the real one draws with
/// ncursesw, a fake one in the tests records frames and replays scripted events.
public protocol TerminalBackend: AnyObject {
    var size: TerminalSize { get }
    /// Waits a short while for input: a message, a stop, or nil (a quiet tick).
    func nextEvent() -> TerminalEvent?
    func draw(_ frame: Frame)
    /// Puts the text on the user's clipboard.
    func copy(_ text: String)
    /// Gives the terminal back as it was.
    func restore()
}
