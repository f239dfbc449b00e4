import Foundation
import Testing

/// The exam tools through the real binary in tmux at 80x24, as a candidate uses them: an
/// option struck out, two questions flagged, the overview filtered to the flagged ones, a
/// jump by number, the next flagged one, the strike still there, submit, the score report;
/// then, in a later run, the exam reopened from Stats with its flags.
@Suite(.serialized) struct StudyToolsJourneyTests {
    @Test func strikeFlagFilterSubmitThenReopenFromStats() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }

        let exam = try TmuxSession(["exam", "--preset", "saa", "--count", "4", "--minutes", "10", "--seed", "3", "--lang", "en", "--data-dir", data])
        try exam.waitFor("Press Enter to start.")
        try exam.send("Enter")
        try exam.waitFor("Q 1/4", "on pace")
        try exam.send("x")
        try exam.waitFor("A✕")
        try exam.send("m")
        try exam.waitFor("⚑ Q 1/4")
        try exam.send("n", "n", "m")
        try exam.waitFor("⚑ Q 3/4")

        try exam.send("v")
        try exam.waitFor("Overview: 0 answered · 0 incomplete · 4 unanswered · 2 flagged", "Showing: all (4)")
        try exam.send("f")
        let flagged = try exam.waitFor("Showing: flagged (2)")
        #expect(flagged.contains("○  1⚑  ○  3⚑\n"), "only the flagged questions are listed:\n\(flagged)")
        try exam.send("2", "Enter")
        let second = try exam.waitFor("Q 2/4")
        #expect(!second.contains("⚑ Q 2/4"))
        try exam.send("r")
        try exam.waitFor("⚑ Q 3/4")
        try exam.send("r")
        try exam.waitFor("⚑ Q 1/4", "A✕")

        try exam.send("v", "s")
        try exam.waitFor("Submit the exam? 4 unanswered, 0 incomplete, 2 flagged.")
        try exam.send("y")
        try exam.waitFor("Exam results · SAA-C03", "0 of 4 correct", "Needs improvement", "70% or more right meets competencies")
        try exam.send("End")
        try exam.waitFor("Pacing", "(real pace 2:00)", "Slowest: Q")
        try exam.send("q")
        try exam.waitFor("EXIT=0")

        let menu = try TmuxSession(["--lang", "en", "--data-dir", data])
        try menu.moveCursor(to: "Stats")
        try menu.send("Enter")
        try menu.waitFor("e past exams")
        try menu.send("e")
        try menu.waitFor("Past exams (newest first)", "SAA-C03    0/4")
        try menu.send("Enter")
        try menu.waitFor("Exam results · SAA-C03", "0 of 4 correct")
        try menu.send("f")
        let reopened = try menu.waitFor("Flagged questions")
        #expect(reopened.components(separatedBy: "⚑").count - 1 == 2, "the two flags came back with the exam:\n\(reopened)")
        try menu.send("q", "q", "q", "q")
        try menu.waitFor("Stats")
        try menu.send("q")
        try menu.waitFor("EXIT=0")
    }
}
