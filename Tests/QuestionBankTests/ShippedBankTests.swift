import Foundation
import QuestionBank
import QuizEngine
import Testing

/// The bank users get must lint clean and cover every note.
@Suite struct ShippedBankTests {
    static let questionsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Questions").path

    @Test func shippedBankHasNoErrors() throws {
        let result = BankLoader.load(paths: [Self.questionsDirectory])
        #expect(result.errors.map(\.description) == [])
        let bank = try #require(result.bank)
        for note in bank.catalog.notes {
            #expect(bank.questions.filter { $0.noteID == note.id }.count >= 3, "note \(note.id) needs at least 3 questions")
        }
    }

    @Test func shippedBankGivesNoKeyAway() throws {
        let bank = try #require(BankLoader.load(paths: [Self.questionsDirectory]).bank)
        let statistics = BankStatistics(bank: bank)
        #expect(statistics.giveawayWarnings == [])
    }
}
