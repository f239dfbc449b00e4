import Foundation
import Testing

/// The real awsquiz binary in a real terminal: a tmux server of its own, driven by
/// send-keys and read by capture-pane, as a user at an 80x24 terminal would.
final class TmuxSession {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/awsquiz").path
    static let questions = packageRoot.appendingPathComponent("Questions").path

    private let socket = "awsquiz-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `awsquiz ARGS` in a detached 80x24 session; the shell prints EXIT=<code> after it.
    convenience init(_ arguments: [String], environment: String = "LANG=C.UTF-8", columns: Int = 80, rows: Int = 24) throws {
        let command = ([environment, Self.binary] + arguments).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
        try self.init(shellCommand: "\(command); echo EXIT=$?; sleep 30", columns: columns, rows: rows)
    }

    /// Starts any shell command line in a detached session, with a settings folder of its
    /// own (`XDG_CONFIG_HOME`), so no test reads or writes the user's ~/.config.
    init(shellCommand: String, columns: Int = 80, rows: Int = 24) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw Failure("build the binary first (README's test command runs swift build): \(Self.binary)")
        }
        let configHome = Self.freshConfigHome()
        try tmux(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "main", "export XDG_CONFIG_HOME=\(configHome); \(shellCommand)"])
    }

    /// A new, empty config home for one run of the binary.
    static func freshConfigHome() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-config-\(UUID().uuidString)").path
    }

    /// The environment for running the binary outside tmux: this one, with a fresh config home.
    static func environment() -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": freshConfigHome()]) { $1 }
    }

    deinit {
        close()
    }

    /// Closes the terminal: the tmux server and its pane go away.
    func close() {
        _ = try? tmux(["kill-server"])
    }

    /// Whether process `pid` is still running (a zombie left for its parent to reap is not).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = status.range(of: ") ")
        else { return false }
        return status[afterName.upperBound...].first != "Z"
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The process id of the game: the child of the pane's shell.
    func gamePID() throws -> pid_t {
        let shell = try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        for _ in 0..<100 {
            let listing = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let child = listing.split(separator: " ").compactMap({ pid_t($0) }).first { return child }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure("no game process under the pane's shell \(shell)")
    }

    /// A tmux format variable of the pane, such as `keypad_cursor_flag`.
    func paneFlag(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// Waits up to `seconds` for the screen to contain every one of `texts` (a frame can be
    /// caught half drawn, so wait for what will be asserted), returning the screen.
    @discardableResult
    func waitFor(_ texts: String..., seconds: Double = 5, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var last = ""
        for _ in 0..<Int(seconds * 20) {
            last = try screen()
            if texts.allSatisfy(last.contains) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("screen never showed \(texts); it showed:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Presses `j` until the cursor (`▸`) stands on the row that starts with `label`, so a
    /// journey does not depend on how many items come before it.
    func moveCursor(to label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for _ in 0..<30 {
            if try screen().split(separator: "\n").contains(where: { $0.contains("▸ " + label) }) { return }
            try send("j")
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the cursor never reached \(label)", sourceLocation: sourceLocation)
    }

    /// Runs tmux through system(3): Foundation's Process can miss the exit of a tmux
    /// client whose server it forked, and then waits forever.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let words = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let command = words.map(Self.shellQuoted).joined(separator: " ") + " >\(Self.shellQuoted(outputFile.path)) 2>&1 </dev/null"
        let status = system(command)
        let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 || arguments.first == "kill-server" else {
            throw Failure("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
