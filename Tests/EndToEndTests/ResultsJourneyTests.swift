import Foundation
import QuestionBank
import QuizEngine
import Testing

/// Results, past attempts and mistakes through the real binary in tmux at 80x24: an exam
/// submitted, its misses retried and back to its results; then, in a later run, the exam
/// reopened from Stats and its mistakes crammed.
@Suite(.serialized) struct ResultsJourneyTests {
    @Test func submitRetryThenReopenFromStatsAndCramTheMistakes() throws {
        let bank = try #require(BankLoader.load(paths: [TmuxSession.questions]).bank)
        let preset = ExamPreset.standard(.saa).with(questionCount: 2, minutes: 5)
        let items = ExamDraw.draw(from: bank, preset: preset, seed: 4).items
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }

        let exam = try TmuxSession(["exam", "--preset", "saa", "--count", "2", "--minutes", "5", "--seed", "4", "--lang", "en", "--data-dir", data])
        try exam.waitFor("Press Enter to start.")
        try exam.send("Enter")
        try exam.waitFor("Q 1/2")
        try exam.send("v")
        try exam.waitFor("s submit")
        try exam.send("s")
        try exam.waitFor("y submit")
        try exam.send("y")
        try exam.waitFor("Exam results · SAA-C03", "0 of 2 correct", "d retry misses")
        try exam.send("d")
        try exam.waitFor("My misses", "Q 1/2")
        try exam.send("q")
        try exam.waitFor("Exam results · SAA-C03", "q quit")
        try exam.send("q")
        try exam.waitFor("EXIT=0")

        let menu = try TmuxSession(["--lang", "en", "--data-dir", data])
        try menu.waitFor("Mistakes (2)")
        try menu.moveCursor(to: "Stats")
        try menu.send("Enter")
        try menu.waitFor("e past exams")
        try menu.send("e")
        try menu.waitFor("Past exams (newest first)", "SAA-C03    0/2   100  FAIL")
        try menu.send("Enter")
        try menu.waitFor("Exam results · SAA-C03", "q back")
        try menu.send("a")
        try menu.waitFor("All questions")
        try menu.send("Enter")
        try menu.waitFor("Q 1/2 · \(items[0].question.id)", "✗ Unanswered — The answer is")
        try menu.send("q", "q", "q")
        try menu.waitFor("Past exams (newest first)")
        try menu.send("q")
        try menu.waitFor("e past exams")
        try menu.send("q")
        try menu.waitFor("Mistakes (2)")
        try menu.moveCursor(to: "Mistakes (2)")
        try menu.send("Enter")
        try menu.waitFor("Mistakes (newest miss first)", items[0].question.id, items[1].question.id)
        try menu.send("d")
        try menu.waitFor("Cram", "Q 1/2")
        try menu.send("q")
        try menu.waitFor("Mistakes (newest miss first)")
        try menu.send("q")
        try menu.waitFor("Mistakes (2)")
        try menu.send("q")
        try menu.waitFor("EXIT=0")
    }
}
