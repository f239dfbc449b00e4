import Foundation
import QuizUI

/// A terminal for the game loop's tests (ratatui's `TestBackend`): it replays scripted
/// events, keeps a clock the script moves, and records what the loop drew and copied.
final class FakeTerminal: TerminalBackend {
    enum Step {
        case message(Msg)
        /// Nothing typed while `seconds` pass (the loop still ticks).
        case wait(Double)
        /// Ctrl-Z, `seconds` away, then back (as ncurses and SIGCONT report it).
        case suspended(Double)
        case stop(StopReason)
    }

    var size: TerminalSize
    private var script: [Step]
    private(set) var frames: [Frame] = []
    private(set) var copied: [String] = []
    private(set) var restored = false
    /// Monotonic seconds on the fake clock.
    private(set) var seconds = 100.0

    init(size: TerminalSize = TerminalSize(columns: 80, rows: 24), script: [Step]) {
        self.size = size
        self.script = script
    }

    var clock: () -> (monotonic: Double, now: Date) {
        { [unowned self] in (seconds, ScreenFixtures.epoch.addingTimeInterval(seconds)) }
    }

    func nextEvent() -> TerminalEvent? {
        guard !script.isEmpty else { return .stop(.signal(15)) }
        switch script.removeFirst() {
        case .message(let msg):
            if case .resize(let newSize) = msg { size = newSize }
            return .message(msg)
        case .wait(let seconds):
            self.seconds += seconds
            return nil
        case .suspended(let seconds):
            self.seconds += seconds
            return .message(.resumed)
        case .stop(let reason):
            return .stop(reason)
        }
    }

    func draw(_ frame: Frame) { frames.append(frame) }
    func copy(_ text: String) { copied.append(text) }
    func restore() { restored = true }
}
