import Foundation
import QuizEngine
import QuizUI
import Testing

/// Defect 12: README's sample screen said `Q 1/5` where the program says `Q 1/10`. Its
/// captures are checked against what the program draws for the command they name: the
/// header, the footer and the verdict, which are the program's; the question's wording is
/// the bank's and may be edited without re-capturing.
@Suite struct ReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// The code blocks after the line that introduces the captures.
    static func captures() throws -> [[String]] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "A Japanese question at 80x24 (`awsquiz drill --domain database --seed 3 --lang ja`)"))
        let blocks = text[start.upperBound...].components(separatedBy: "```\n")
        return [blocks[1], blocks[3]].map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `awsquiz drill --domain database --seed 3 --lang ja` at 80x24 over the shipped bank.
    static func model() throws -> AppModel {
        let bank = try #require(LineBreakTests.shipped)
        var model = AppModel(
            bank: bank, language: .ja, size: TerminalSize(columns: 80, rows: 24), seed: 3,
            now: ScreenFixtures.epoch, timeZone: TimeZone(identifier: "UTC")!
        )
        let database = bank.catalog.domains.first { $0.id == "database" }?.name
        _ = model.update(.start(.drill(QuestionFilter(domainIDs: ["database"]), count: 10, title: database)))
        return model
    }

    @Test func theQuestionCaptureIsWhatTheProgramDraws() throws {
        let capture = try Self.captures()[0]
        let lines = try Self.model().render().lines
        #expect(capture.count >= 24)
        #expect(capture.first == lines.first, "re-capture README's question screen")
        #expect(capture.dropFirst(23).first == lines.last, "re-capture README's question screen")
    }

    @Test func theFeedbackCaptureIsWhatTheProgramDraws() throws {
        let capture = try Self.captures()[1]
        var model = try Self.model()
        ScreenFixtures.send(&model, .character("1"), .enter)
        let lines = model.render().lines
        #expect(capture.count >= 24)
        #expect(Array(capture.prefix(3)) == Array(lines.prefix(3)), "re-capture README's feedback screen")
        #expect(capture.dropFirst(23).first == lines.last, "re-capture README's feedback screen")
    }
}
