import Foundation
import Testing

/// Terminal faults in a real terminal: each gets a correct screen or one clear sentence and
/// a non-zero exit, and the terminal is always given back.
@Suite struct TerminalFaultTests {
    @Test func ctrlZThenFgResumesAndRedraws() throws {
        let session = try TmuxSession(shellCommand: "env PS1='$ ' bash --norc --noprofile -i")
        try session.send("LANG=C.UTF-8 \(TmuxSession.binary) --lang en", "Enter")
        try session.waitFor("Set up a drill")
        try session.send("C-z")
        let stopped = try session.waitFor("Stopped")
        #expect(!stopped.contains("Set up a drill"), "the shell must get a clean screen while the game is stopped")
        try session.send("fg", "Enter")
        try session.waitFor("Set up a drill")
        try session.send("j", "j")
        try session.waitFor("▸ Set up a drill")
        try session.send("q")
        try session.send("echo EXIT=$?", "Enter")
        try session.waitFor("EXIT=0")
    }

    @Test func resizeStormInTheMiddleOfAQuestionKeepsTheQuestion() throws {
        let session = try TmuxSession(["drill", "--seed", "5", "--lang", "ja"])
        try session.waitFor("Q 1/10")
        try session.send("2")
        let before = try session.waitFor("[x] B.", "q 戻る")
        let sizes = [(1, 1), (20, 5), (200, 60), (50, 16), (49, 15), (81, 25), (30, 40), (120, 10), (1, 1), (20, 5)]
        for _ in 0..<3 {
            for (columns, rows) in sizes { try session.resize(columns: columns, rows: rows) }
        }
        try session.resize(columns: 20, rows: 5)
        try session.waitFor("端末が小さすぎ", "50×16")
        try session.resize(columns: 80, rows: 24)
        let back = try session.waitFor("Q 1/10", "q 戻る")
        #expect(back == before, "the question, its choice and its layout must be as before the storm")
        try session.send("C-c")
        try session.waitFor("EXIT=130")
    }

    @Test func oneByOneTerminalStillRunsAndComesBack() throws {
        let session = try TmuxSession(["--lang", "en"], columns: 1, rows: 1)
        Thread.sleep(forTimeInterval: 0.5)
        try session.resize(columns: 80, rows: 24)
        try session.waitFor("Set up a drill")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    /// A terminal can go away without a hangup signal reaching the game (it runs in a
    /// session of its own here, as under setsid or a wrapper that keeps the signal): the
    /// game must see that its input is gone and end, not spin on a dead terminal.
    @Test func aTerminalGoneWithoutAHangupEndsTheGame() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-gone-\(UUID().uuidString)").path
        let session = try TmuxSession(
            shellCommand: "LANG=C.UTF-8 setsid \(TmuxSession.binary) drill --seed 7 --lang en --data-dir \(data); sleep 30"
        )
        try session.waitFor("Q 1/10")
        let game = try session.gamePID()
        session.close()
        var running = true
        for _ in 0..<100 where running {
            Thread.sleep(forTimeInterval: 0.05)
            running = TmuxSession.isRunning(game)
        }
        #expect(!running, "the game was still running 5 s after its terminal went away")
        if running { kill(game, SIGKILL) }
    }

    @Test func stdoutThroughAPipeGetsOneSentence() throws {
        let session = try TmuxSession(shellCommand: "\(TmuxSession.binary) --lang en | cat; echo EXIT=${PIPESTATUS[0]}; sleep 30")
        try session.waitFor("EXIT=1", "awsquiz needs an interactive terminal on standard input and output")
    }

    @Test func noUTF8LocaleFallsBackAndDrawsJapanese() throws {
        let session = try TmuxSession(["--lang", "ja"], environment: "LC_ALL=C")
        try session.waitFor("ドリルを設定")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func unusableTerminalTypesGetOneSentence(term: String) throws {
        let session = try TmuxSession(["--lang", "en"], environment: "TERM=\(term)")
        try session.waitFor("EXIT=1", "awsquiz cannot draw on terminal type '\(term)'")
    }
}

/// History faults seen by a user: the game says so and stays playable.
@Suite struct HistoryFaultJourneyTests {
    @Test func anUnwritableDataDirectoryPlaysWithoutSaving() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-not-a-dir-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: blocker, contents: Data("a file, not a folder".utf8))
        let session = try TmuxSession(["exam", "--count", "2", "--lang", "en", "--data-dir", blocker + "/data"])
        try session.waitFor("plays without saving", "cannot be opened because")
        try session.send("Enter")
        try session.waitFor("Q 1/2")
        try session.send("1", "Enter", "1", "Enter", "s", "y")
        try session.waitFor("Exam results")
        try session.send("q", "q")
        try session.waitFor("EXIT=0")
    }

    @Test func aDamagedHistoryFileIsKeptAsideAndTheUserIsTold() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-damaged-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let garbage = Data(String(repeating: "garbage ", count: 1000).utf8)
        FileManager.default.createFile(atPath: directory + "/history.sqlite", contents: garbage)
        let session = try TmuxSession(["--lang", "en", "--data-dir", directory])
        try session.waitFor("was damaged", "kept as")
        try session.send("q")
        try session.waitFor("EXIT=0")
        let kept = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("history.sqlite.damaged-") }
        #expect(kept.count == 1)
        #expect(FileManager.default.contents(atPath: directory + "/" + kept[0]) == garbage)
    }
}
