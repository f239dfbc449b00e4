import Foundation
import QuestionBank
import QuizEngine
import QuizUI
import Testing

/// Journeys through the real binary in tmux at 80x24.
@Suite(.serialized) struct DrillJourneyTests {
    /// The drill `--note kms-cloudhsm --count 2 --seed 7` must show, computed by the engine.
    func expectedDrill() throws -> [PresentedQuestion] {
        let bank = try #require(BankLoader.load(paths: [TmuxSession.questions]).bank)
        return QuestionDraw.drill(from: bank, filter: QuestionFilter(noteIDs: ["kms-cloudhsm"]), count: 2, seed: 7)
    }

    @Test func japaneseDrillFromQuestionToFeedbackToResults() throws {
        let drill = try expectedDrill()
        let session = try TmuxSession(["drill", "--note", "kms-cloudhsm", "--count", "2", "--seed", "7", "--lang", "ja"])
        let firstLine = TextWrap.wrap(drill[0].question.stem.ja, width: 78)[0]
        try session.waitFor("Q 1/2", firstLine, "Enter 回答")

        let key = try #require(drill[0].correctPositions.min())
        for position in drill[0].correctPositions.sorted() {
            try session.send(String(position + 1))
        }
        try session.send("Enter")
        try session.waitFor("✓ 正解", "✓ \(["A", "B", "C", "D", "E", "F"][key]).", "← あなたの回答")

        try session.send("Enter")
        try session.waitFor("Q 2/2")
        let wrong = try #require(drill[1].displayedChoices.indices.first { !drill[1].correctPositions.contains($0) })
        try session.send(String(wrong + 1), "Enter")
        if drill[1].question.isMultiResponse {
            try session.waitFor("つ選んでから Enter を押してください")
            try session.send(String(wrong + 1))
            for position in drill[1].correctPositions.sorted().dropFirst() { try session.send(String(position + 1)) }
            try session.send(String(try #require(drill[1].correctPositions.min()) + 1 == wrong + 1 ? wrong + 2 : wrong + 1), "Enter")
        }
        try session.waitFor("✗ 不正解")
        try session.send("Enter")
        let results = try session.waitFor("ドリル結果", "正解 1 / 2 問 (50%)", "サービス分野別", "q 終了")
        #expect(results.contains("セキュリティ") || results.contains("ストレージ"))

        try session.send("Enter")
        let shell = try session.waitFor("EXIT=0")
        #expect(!shell.contains("ドリルを設定"), "a drill started from the shell ends there, not at the menu")
    }

    @Test func englishMenuSurvivesResizeAndCtrlCRestoresTheTerminal() throws {
        let session = try TmuxSession(["--lang", "en"])
        try session.waitFor("Set up a drill")
        try session.resize(columns: 40, rows: 10)
        try session.waitFor("too small")
        try session.resize(columns: 80, rows: 24)
        try session.waitFor("Set up a drill")
        try session.send("t")
        try session.waitFor("ドリルを設定")
        try session.send("C-c")
        let after = try session.waitFor("EXIT=130")
        #expect(!after.contains("ドリルを設定"), "the alternate screen must be gone after Ctrl-C")
    }

    @Test func sigtermAndSighupLeaveCleanly() throws {
        for (signal, code) in [("TERM", 143), ("HUP", 129)] {
            let marker = "--seed=\(Int.random(in: 100_000...999_999))"
            let session = try TmuxSession(["drill", marker, "--lang", "en"])
            try session.waitFor("Q 1/10")
            let pattern = TmuxSession.shellQuoted("^\(TmuxSession.binary) drill \(marker)")
            #expect(system("pkill -\(signal) -f \(pattern)") == 0)
            try session.waitFor("EXIT=\(code)")
        }
    }
}
