import Foundation

/// Runs the game: one thread, one message at a time, from key or tick to update to frame.
public enum GameLoop {
    /// Plays until the user quits or a signal arrives, and always restores the terminal.
    /// The game opens `startup` through its first message.
    /// `clock` gives each tick its monotonic and wall time. `perform` carries out every
    /// effect the terminal does not (quitting and copying are the terminal's); a message it
    /// returns (a failure to save, say) goes back into the game.
    public static func run(
        _ model: inout AppModel, on terminal: some TerminalBackend, startup: Startup = .menu,
        clock: () -> (monotonic: Double, now: Date),
        perform: (Effect) -> Msg?
    ) -> StopReason {
        defer { terminal.restore() }
        func apply(_ msg: Msg) -> Bool {
            var pending = [msg]
            while !pending.isEmpty {
                for effect in model.update(pending.removeFirst()) {
                    switch effect {
                    case .quit: return false
                    case .copyToClipboard(let text): terminal.copy(text)
                    default: if let reply = perform(effect) { pending.append(reply) }
                    }
                }
            }
            return true
        }
        func tick() -> Msg {
            let time = clock()
            return .tick(monotonic: time.monotonic, now: time.now)
        }
        guard apply(.resize(terminal.size)), apply(.start(startup)), apply(tick()) else { return .quit }
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
