import Foundation
import Testing

/// A timed exam that survives kill -9: answer, flag, kill, restart, resume, run out of time;
/// the results say time's up and how many questions were never shown.
@Suite struct ExamJourneyTests {
    @Test func killedExamResumesWithAnswersFlagsAndTimeThenSubmitsAtZero() throws {
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-data-\(UUID().uuidString)").path
        let marker = "--seed=\(Int.random(in: 100_000...999_999))"
        let first = try TmuxSession([
            "exam", "--preset", "saa", "--count", "5", "--minutes", "1", marker, "--lang", "en", "--data-dir", dataDirectory,
        ])
        try first.waitFor("Press Enter to start.")
        try first.send("Enter")
        try first.waitFor("Q 1/5  0:01:00")
        try first.send("1", "n", "2", "m")
        try first.waitFor("⚑ Q 2/5")
        Thread.sleep(forTimeInterval: 1.5)
        let pattern = TmuxSession.shellQuoted("^\(TmuxSession.binary) exam .*\(marker)")
        #expect(system("pkill -KILL -f \(pattern)") == 0)
        try first.waitFor("EXIT=137")

        let second = try TmuxSession(["--lang", "en", "--data-dir", dataDirectory])
        let offer = try second.waitFor("Exams in progress (newest first)", "SAA-C03: ", "1 flagged, 0:00:5")
        #expect(ExamCounts.answeredPlusIncomplete(offer) == 2, "both picks kept (a multi-response one counts as incomplete)")
        try second.send("Enter")
        try second.waitFor("⚑ Q 2/5")
        try second.send("j")
        let resumed = try second.waitFor("⚑ Q 2/5", "B.")
        #expect(resumed.contains("(•) B.") || resumed.contains("[x] B."), "the cursor on B shows it chosen, however long the stem")
        try second.waitFor("Exam results", "Time used 0:01:00 of 0:01:00", "Time's up", "Questions never shown: 3.", seconds: 70)
        try second.send("End")
        try second.waitFor("Slowest: Q", "u unanswered (3)", "f flagged (1)")
        try second.send("q", "q")
        try second.waitFor("EXIT=0")
    }
}

/// Reads "N of M answered, K incomplete" off a screen.
enum ExamCounts {
    static func answeredPlusIncomplete(_ screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /(\d+) of \d+ answered, (\d+) incomplete/),
              let answered = Int(match.1), let incomplete = Int(match.2)
        else { return nil }
        return answered + incomplete
    }
}
