import Foundation
import QuestionBank
import QuizEngine
import Testing

/// The bank users get must lint clean and cover every note.
@Suite struct ShippedBankTests {
    static let questionsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Questions").path

    @Test func shippedBankHasNoErrorsOrWarnings() throws {
        let result = BankLoader.load(paths: [Self.questionsDirectory])
        #expect(result.diagnostics.map(\.description) == [])
        let bank = try #require(result.bank)
        for note in bank.catalog.notes {
            #expect(bank.questions.filter { $0.noteID == note.id }.count >= 20, "note \(note.id) needs at least 20 items")
        }
    }

    /// Bank v2's bar: enough items, pooled and deep enough to be exam grade, and no tells.
    @Test func shippedBankIsExamGrade() throws {
        let bank = try #require(BankLoader.load(paths: [Self.questionsDirectory]).bank)
        let statistics = BankStatistics(bank: bank)
        #expect(statistics.total >= 180)
        #expect(statistics.percent(statistics.multiResponse) >= 25)
        #expect(statistics.percent(statistics.pooled) >= 60)
        #expect(statistics.percent(statistics.severalKeys) >= 30)
        #expect(statistics.percent(statistics.professionalDepth) >= 40)
        #expect(statistics.enforcesGuesserLimit)
        #expect(statistics.tellErrors == [])
    }

    /// Every note is traced to claims, and each of FACTS.md's twelve outdated or wrong
    /// statements is among them, corrected.
    @Test func shippedBankCorrectsTheOutdatedNotes() throws {
        let bank = try #require(BankLoader.load(paths: [Self.questionsDirectory]).bank)
        for note in bank.catalog.notes {
            #expect(bank.claims.contains { $0.noteID == note.id }, "note \(note.id) has no claims")
        }
        let corrected = bank.claims.filter { $0.verdict != .holds }
        #expect(corrected.count >= 12)
        #expect(corrected.allSatisfy { $0.truth != nil && !$0.docs.isEmpty })
        #expect(bank.questions.allSatisfy { !$0.claimIDs.isEmpty })
    }
}
