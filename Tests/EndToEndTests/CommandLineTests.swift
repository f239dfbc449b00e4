import Foundation
import GRDB
import QuestionBank
import QuizEngine
import QuizUI
import StudyHistory
import Testing

/// The binary outside a terminal: scripts, pipes and bad input get one clear answer.
@Suite struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        process.environment = TmuxSession.environment()
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    @Test func notATerminalGetsOneSentence() throws {
        let result = try run(["--lang", "en"])
        #expect(result.status == 1)
        #expect(result.output.contains("awsquiz needs an interactive terminal"))
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func checkOnTheShippedBankPasses() throws {
        let result = try run(["check", TmuxSession.questions])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Multi-response:"))
        #expect(result.output.contains("Test-wise guessers over every drawable set"))
        #expect(result.output.contains("  en: shortest "))
    }

    @Test func checkOnABrokenFileListsLocatedErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TmuxSession.questions + "/notes.yaml", toPath: directory.appendingPathComponent("notes.yaml").path
        )
        try Data("note: kms-cloudhsm\nquestions:\n  - id: x\n    domain: nowhere\n".utf8)
            .write(to: directory.appendingPathComponent("broken.yaml"))
        let result = try run(["check", directory.path])
        #expect(result.status == 1)
        #expect(result.output.contains("broken.yaml:4:13: unknown domain 'nowhere'"))
        #expect(result.output.contains("broken.yaml:3:5: missing field 'stem'"))
    }

    @Test func unknownDomainListsTheValidOnes() throws {
        let result = try run(["drill", "--domain", "quantum"])
        #expect(result.status != 0)
        #expect(result.output.contains("unknown domain 'quantum'; valid domains: compute, analytics"))
        #expect(result.output.contains("Usage: awsquiz drill [--domain <id> ...]"), "defect 13: the drill's usage, \(result.output)")
        #expect(!result.output.contains("<subcommand>"), "not the top-level usage")
    }

    @Test func listQuestionsShowsIdsWithDomainKindAndTheStartOfTheStem() throws {
        let result = try run(["list", "questions", "--lang", "en"])
        #expect(result.status == 0)
        let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("kms-01 ") })
        #expect(line.contains(" security "))
        #expect(line.contains(" single ") || line.contains(" choose "))
        #expect(line.hasSuffix("…"), "a long stem is cut with an ellipsis: \(line)")
    }

    @Test(arguments: [
        ["exam", "--minutes", "200000000000000000"], ["exam", "--minutes", "200000000000000000000"], ["exam", "--count", "0"],
        ["exam", "--seed", "-1"], ["exam", "--seed", "18446744073709551616"], ["drill", "--count", "99999999999999999999"],
        ["drill", "--seed", "x"], ["review", "--count", "-5"],
    ])
    func outOfRangeNumbersGetOneLineNamingTheRange(arguments: [String]) throws {
        let result = try run(arguments + ["--lang", "en"])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 1, "\(result.output)")
        #expect(result.output.contains("a whole number from"))
    }

    /// Defect 13: a negative count said "Missing value for '--count'".
    @Test(arguments: [["exam", "--count", "-3"], ["exam", "--minutes", "-1"], ["drill", "--count", "0"]])
    func numbersBelowTheRangeSayTheLeastAllowed(arguments: [String]) throws {
        let result = try run(arguments + ["--lang", "en"])
        #expect(result.status == 1)
        #expect(result.output.contains("must be at least 1"), "\(result.output)")
        #expect(!result.output.contains("Missing value"))
    }

    @Test func examsListsEveryExamOrSaysThereIsNone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(UUID().uuidString)").path
        let result = try run(["exams", "--lang", "en", "--data-dir", directory])
        #expect(result.status == 0)
        #expect(result.output == "No exams yet.\n")
    }

    /// `awsquiz stats --rebuild` replays the answer log into the kept tallies: after the
    /// tallies are damaged, it brings back the stats the answers say.
    @Test func statsRebuildReplaysTheLogIntoTheKeptTallies() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bank = try #require(BankLoader.load(paths: [TmuxSession.questions]).bank)
        let question = bank.questions[0]
        let history = try StudyHistory(directory: directory)
        try history.record([true, false, true].map { isCorrect in
            AnswerRecord(questionID: question.id, chosen: [0], isCorrect: isCorrect, secondsTaken: 3, mode: .drill,
                         keyFingerprint: question.keyFingerprint)
        })
        let kept = try run(["stats", "--lang", "en", "--data-dir", directory])
        #expect(kept.output.contains("Overall: 2 of 3 correct"))
        let database = try DatabaseQueue(path: (directory as NSString).appendingPathComponent(StudyHistory.fileName))
        try database.write { try $0.execute(sql: "DELETE FROM itemTally") }
        try database.close()
        #expect(try run(["stats", "--lang", "en", "--data-dir", directory]).output.contains("Overall: 0 of 0 correct"))
        let rebuilt = try run(["stats", "--rebuild", "--lang", "en", "--data-dir", directory])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.output == kept.output)
    }

    /// `awsquiz exams ID`: a finished exam in full, in the chosen language; an unknown id or
    /// an exam still in progress is one sentence and exit code 1.
    @Test func examsWithAnIdPrintsThatFinishedExamInFull() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bank = try #require(BankLoader.load(paths: [TmuxSession.questions]).bank)
        let preset = ExamPreset.standard(.saa).with(questionCount: 2, minutes: 5)
        let drawn = ExamDraw.draw(from: bank, preset: preset, seed: 7).items
        var finished = ExamSession(id: "done-1", preset: preset, seed: 7, items: drawn)
        finished.choose(try #require(drawn[0].correctPositions.min()))
        finished.submit()
        let history = try StudyHistory(directory: directory)
        try history.submitExam(finished.snapshot, score: finished.score, answers: [])
        try history.saveExam(ExamSession(id: "open-1", preset: preset, seed: 8, items: drawn).snapshot)

        let english = try run(["exams", "done-1", "--lang", "en", "--data-dir", directory])
        #expect(english.status == 0)
        #expect(english.output.contains("SAA-C03  [done-1]"))
        #expect(english.output.contains("Q 1/2 · \(drawn[0].question.id)"))
        #expect(english.output.contains("← your answer"))
        #expect(english.output.contains("✗ Unanswered — The answer is"), "the second was left blank")
        let firstStem = try #require(TextWrap.paragraphs(drawn[0].question.stem.en).first?.prefix(30))
        #expect(english.output.contains(firstStem))
        let japanese = try run(["exams", "done-1", "--lang", "ja", "--data-dir", directory])
        #expect(japanese.output.contains("← あなたの回答"))

        let unknown = try run(["exams", "nope", "--lang", "en", "--data-dir", directory])
        #expect(unknown.status == 1)
        #expect(unknown.output == "Error: no exam has the id 'nope'; 'awsquiz exams' lists every exam with its id in brackets.\n")
        let open = try run(["exams", "open-1", "--lang", "en", "--data-dir", directory])
        #expect(open.status == 1)
        #expect(open.output.contains("still in progress"))
    }
}
