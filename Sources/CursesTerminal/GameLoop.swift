import Foundation
import QuizUI

/// Runs the game: one thread, one message at a time, from key or tick to update to frame.
public enum GameLoop {
    private static func tick() -> Msg {
        .tick(monotonic: ProcessInfo.processInfo.systemUptime, now: Date())
    }

    /// Plays until the user quits or a signal arrives, and always restores the terminal.
    /// `perform` carries out every effect but quitting; a message it returns (a failure
    /// to save, say) goes back into the game.
    public static func run(
        _ model: inout AppModel, on terminal: CursesTerminal, perform: (Effect) -> Msg?
    ) -> CursesTerminal.StopReason {
        defer { terminal.restore() }
        func apply(_ msg: Msg) -> Bool {
            var pending = [msg]
            while !pending.isEmpty {
                for effect in model.update(pending.removeFirst()) {
                    if effect == .quit { return false }
                    if let reply = perform(effect) { pending.append(reply) }
                }
            }
            return true
        }
        _ = apply(.resize(terminal.size))
        _ = apply(tick())
        terminal.draw(model.render())
        while true {
            let event = terminal.nextEvent()
            if case .stop(let reason) = event { return reason }
            if case .message(let msg) = event, !apply(msg) { return .quit }
            if !apply(tick()) { return .quit }
            terminal.draw(model.render())
        }
    }
}
