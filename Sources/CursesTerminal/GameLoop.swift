import QuizUI

/// Runs the game: one thread, one message at a time, from key to update to frame.
public enum GameLoop {
    /// Plays until the user quits or a signal arrives, and always restores the terminal.
    public static func run(_ model: inout AppModel, on terminal: CursesTerminal) -> CursesTerminal.StopReason {
        defer { terminal.restore() }
        _ = model.update(.resize(terminal.size))
        terminal.draw(model.render())
        while true {
            guard let event = terminal.nextEvent() else { continue }
            switch event {
            case .stop(let stop):
                return stop
            case .message(let msg):
                if model.update(msg).contains(.quit) { return .quit }
                terminal.draw(model.render())
            }
        }
    }
}
