import Foundation
import Testing

/// Crash signals in the middle of an exam: the terminal is given back as it was (the same
/// `stty -a`, keypad transmit and the alternate screen off) and the exit status still says
/// which signal it was.
@Suite struct CrashSignalTests {
    static let signals: [(name: String, number: Int32)] = [
        ("ILL", SIGILL), ("SEGV", SIGSEGV), ("ABRT", SIGABRT), ("BUS", SIGBUS), ("FPE", SIGFPE),
    ]
    /// Trials per signal: AWSQUIZ_PROBE_TRIALS, default 1 (the report runs 3).
    static let trials = Int(ProcessInfo.processInfo.environment["AWSQUIZ_PROBE_TRIALS"] ?? "") ?? 1

    @Test(arguments: signals.map(\.name))
    func aCrashSignalGivesTheTerminalBack(signal name: String) throws {
        let number = try #require(Self.signals.first { $0.name == name }?.number)
        for _ in 0..<min(Self.trials, 10) {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-crash-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let session = try TmuxSession(shellCommand: "env PS1='$ ' bash --norc --noprofile -i")
            try session.send(
                "stty -a > \(directory)/before; LANG=C.UTF-8 \(TmuxSession.binary) exam --count 5 --lang en --data-dir \(directory);"
                    + " echo EXIT=$?; stty -a > \(directory)/after", "Enter"
            )
            try session.waitFor("Press Enter to start.")
            try session.send("Enter")
            try session.waitFor("Q 1/5")
            try session.send("1")
            try session.waitFor("B.")
            #expect(try session.paneFlag("keypad_cursor_flag") == "1", "the game turns keypad transmit on")
            kill(try session.gamePID(), number)
            try session.waitFor("EXIT=\(128 + number)")
            for _ in 0..<100 where !FileManager.default.fileExists(atPath: directory + "/after") {
                Thread.sleep(forTimeInterval: 0.02)
            }
            Thread.sleep(forTimeInterval: 0.1)
            let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
            let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
            let flags = try ["keypad_cursor_flag", "keypad_flag", "alternate_on"].map { try session.paneFlag($0) }
            #expect(before == after, "stty -a differs after SIG\(name)")
            #expect(flags == ["0", "0", "0"], "keypad transmit, keypad mode, alternate screen after SIG\(name)")
            let restored = before == after && flags == ["0", "0", "0"]
            print("probe: crash signal SIG\(name): exit \(128 + number), terminal \(restored ? "restored" : "NOT restored")")
        }
    }
}
