import Foundation
import QuestionBank
import QuizEngine
import StudyHistory
import Testing

/// Flag in a drill, drill the flagged ones from the set-up screen, and find the language
/// and the set-up again in the next run; a broken settings file is one warning line.
@Suite(.serialized) struct DrillSetupJourneyTests {
    static func directory(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(name)-\(UUID().uuidString)").path
    }

    @Test func flagDrillTheFlaggedAndFindTheSettingsNextRun() throws {
        let data = Self.directory("data"), config = Self.directory("config")
        let first = try TmuxSession(["--lang", "en", "--data-dir", data, "--config-dir", config])
        try first.waitFor("Set up a drill")
        try first.send("Down", "Down", "Down", "Enter")
        try first.waitFor("Drill · All domains", "Q 1/10")
        try first.send("m")
        try first.waitFor("⚑ Level")
        try first.send("q")
        try first.waitFor("Set up a drill")
        try first.send("Down", "Down", "Enter")
        try first.waitFor("Domains (Space ticks", "198 questions match; the drill takes 10.")
        for _ in 0..<12 { try first.send("Down") }
        try first.send("Right", "Right", "Right")
        try first.waitFor("◂ Flagged ▸", "1 question matches; the drill takes 1.")
        try first.send("Enter")
        try first.waitFor("Drill · All domains · Flagged", "⚑ Level", "Q 1/1")
        try first.send("q")
        try first.waitFor("Set up a drill")
        try first.send("t")
        try first.waitFor("ドリルを設定")
        try first.send("q")
        try first.waitFor("EXIT=0")

        let second = try TmuxSession(["--data-dir", data, "--config-dir", config])
        try second.waitFor("ドリルを設定")
        try second.send("Down", "Down", "Enter")
        try second.waitFor("◂ フラグを付けた問題 ▸", "この設定に合う問題: 1 問。")
        try second.send("q", "q")
        try second.waitFor("EXIT=0")

        let third = try TmuxSession(["--lang", "en", "--data-dir", data, "--config-dir", config])
        try third.waitFor("Set up a drill")
        try third.send("q")
        try third.waitFor("EXIT=0")
    }

    @Test func aBrokenSettingsFileIsOneWarningAndTheDefaultsUntilASettingIsSaved() throws {
        let data = Self.directory("data"), config = Self.directory("config")
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "{\"language\": \"ja\", oops".write(toFile: config + "/settings.json", atomically: true, encoding: .utf8)
        let broken = try TmuxSession(["--data-dir", data, "--config-dir", config])
        try broken.waitFor("Set up a drill", "⚠ Settings file", "not valid; using the defaults.")
        try broken.send("q")
        let after = try broken.waitFor("EXIT=0", "awsquiz: Settings file")
        #expect(after.contains("using the defaults."), "the warning stays on standard error after the game")

        let mended = try TmuxSession(["--data-dir", data, "--config-dir", config])
        try mended.waitFor("⚠ Settings file")
        try mended.send("t")
        try mended.waitFor("ドリルを設定")
        #expect(!(try mended.screen()).contains("⚠"), "the file was written whole, so the warning goes")
        try mended.send("q")
        #expect(!(try mended.waitFor("EXIT=0")).contains("awsquiz:"), "nothing left to say on standard error")
        #expect(try String(contentsOfFile: config + "/settings.json", encoding: .utf8).contains(#""language" : "ja""#))
    }
}

/// `awsquiz review` with nothing due says when and how to review ahead; `--ahead` does.
@Suite(.serialized) struct ReviewAheadJourneyTests {
    @Test func withNothingDueReviewAheadTakesTheSoonest() throws {
        let data = DrillSetupJourneyTests.directory("data")
        let bank = try #require(BankLoader.load(paths: [TmuxSession.questions]).bank)
        let question = try #require(bank.questions.first)
        let history = try StudyHistory(directory: data)
        for (isCorrect, minutesAgo) in [(false, 2.0), (true, 1.0)] {
            let record = AnswerRecord(
                questionID: question.id, chosen: [0], isCorrect: isCorrect, secondsTaken: 5, mode: .drill,
                keyFingerprint: question.keyFingerprint
            )
            try history.record([record], at: Date().addingTimeInterval(-minutesAgo * 60))
        }
        let none = try Probe.run(["review", "--lang", "en", "--data-dir", data])
        #expect(none.status == 0)
        #expect(none.output.contains("No reviews are due. The next is due at "), "\(none.output)")
        #expect(none.output.contains("awsquiz review --ahead reviews the soonest now."), "\(none.output)")

        let ahead = try TmuxSession(["review", "--ahead", "--lang", "en", "--data-dir", data])
        try ahead.waitFor("Drill · Review ahead", "Q 1/1")
        try ahead.send("q")
        try ahead.waitFor("EXIT=0")
    }
}
