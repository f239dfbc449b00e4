import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// Texts are functions of typed values in both languages: no format strings remain, counts
/// agree with their nouns, and Japanese needs no space before a particle.
@Suite struct LocalisationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Placeholders could differ between ja and en and were filled from `[Any]`; now no
    /// text the program prints holds one.
    @Test func noFormatPlaceholdersAreLeftInPrintedTexts() throws {
        let folders = ["QuizUI", "awsquiz", "QuizEngine"]
        var found: [String] = []
        for folder in folders {
            let directory = Self.sources.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".swift") {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n").enumerated()
                where line.contains("\"") && (line.contains("%d") || line.contains("%@")) {
                    found.append("\(folder)/\(file):\(number + 1)")
                }
            }
        }
        #expect(found.isEmpty, "format placeholders in \(found)")
    }

    /// Defect 10: "1 minutes", "1 questions or files were left out", "1 notes".
    @Test func countsAgreeWithTheirNouns() {
        #expect(UIText.examIntroFigures(questions: 1, minutes: 1, passMark: 750).en.hasPrefix("1 question · 1 minute · "))
        #expect(UIText.examIntroFigures(questions: 2, minutes: 5, passMark: 750).en.hasPrefix("2 questions · 5 minutes · "))
        #expect(UIText.leftOut(1, folders: []).en.hasPrefix("1 question or file was left out"))
        #expect(UIText.leftOut(3, folders: []).en.hasPrefix("3 questions or files were left out"))
        #expect(UIText.bankSummary(questions: 13, notes: 1, domains: 1).en == "13 questions · 1 note · 1 domain")
        #expect(UIText.questionsCount(1).en == "1 question")
        #expect(HistoryText.skippedRows(1).en.hasPrefix("1 damaged row of the history file could not be read and was skipped"))
        #expect(HistoryText.setAside(path: "x", rescued: 1).en.contains("with the 1 answer that"))
    }

    /// Defect 10: "データベース の正答率": no space between a Japanese noun and its particle.
    @Test func theWeakestDomainReadsWithoutASpaceBeforeItsParticle() {
        var log = StudyLog()
        let question = ScreenFixtures.bank.questions[0]
        log.answers = [LoggedAnswer(
            record: AnswerRecord(
                questionID: question.id, chosen: [], isCorrect: false, secondsTaken: 1, mode: .drill,
                keyFingerprint: question.keyFingerprint
            ),
            answeredAt: ScreenFixtures.epoch
        )]
        let stats = StudyStats(log: log, bank: ScreenFixtures.bank, now: ScreenFixtures.epoch)
        let reason = stats.suggestion.reason.ja
        #expect(reason.contains("の正答率"), "\(reason)")
        #expect(!reason.contains(" の正答率"), "\(reason)")
    }

    /// Defect 11: the menu names the folder to check.
    @Test func leftOutNamesTheFoldersToCheck() {
        let text = UIText.leftOut(2, folders: ["/home/me/my questions"])
        #expect(text.en.contains("run awsquiz check '/home/me/my questions' for every detail"))
        #expect(text.ja.contains("awsquiz check '/home/me/my questions'"))
    }

    @Test func reviewSaysWhenTheNextIsDueInTheUsersZoneNotInISO() throws {
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let text = ReviewText.noneDue(next: ScreenFixtures.epoch, timeZone: tokyo)
        #expect(text.en == "No reviews are due. The next is due at 2026-11-25 09:00; awsquiz review --ahead reviews the soonest now.")
        #expect(text.ja == "期限の来た復習はありません。次は 2026-11-25 09:00 です。awsquiz review --ahead で期限の近い問題をいま復習できます。")
    }

    @Test func commandLineRefusalsExistInBothLanguages() {
        let unknown = CommandText.unknown(.domain, "quantum", valid: ["compute", "storage"])
        #expect(unknown.en == "unknown domain 'quantum'; valid domains: compute, storage")
        #expect(unknown.ja == "分野 'quantum' はありません。使える分野: compute, storage")
        for text in [CommandText.noMatch, CommandText.weakChoosesItself, CommandText.bundledBankMissing, CommandText.noPlayableQuestions(in: "q")] {
            #expect(!text.ja.isEmpty && !text.en.isEmpty && text.ja != text.en)
        }
    }
}
