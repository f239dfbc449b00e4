import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

/// `awsquiz new` writes files that lint clean as written and play beside the bank.
@Suite struct QuestionTemplateTests {
    /// A bank folder with the real catalogue, whose domains the template names.
    static func bundledCatalogueBank() throws -> TemporaryBank {
        let catalogue = try String(
            contentsOfFile: ShippedBankTests.questionsDirectory + "/notes.yaml", encoding: .utf8
        )
        return try TemporaryBank(files: ["a.yaml": "note: kms-cloudhsm\nquestions:\n" + TemporaryBank.question(id: "q-1")], catalog: catalogue)
    }

    @Test func aNewNoteAndItsQuestionFileLoadWithoutAProblem() throws {
        let bank = try Self.bundledCatalogueBank()
        let user = try TemporaryBank(
            files: ["my-note-1.yaml": QuestionTemplate.questionFile(noteID: "my-note-1", prefix: "my-note-1")],
            catalog: QuestionTemplate.notesCatalogue(noteID: "my-note-1", date: "2026-12-01")
        )
        let result = BankLoader.load(paths: [bank.directory.path, user.directory.path])
        #expect(result.diagnostics.map(\.description) == [])
        let item = try #require(result.bank?.question("my-note-1-01"))
        #expect(item.isPooled)
        #expect(item.correctIndices.count == 2)
        #expect(result.bank?.claim("my-note-1-claim-1")?.noteID == "my-note-1")
    }

    @Test func aSecondNoteAppendsToTheCatalogue() throws {
        let catalogue = QuestionTemplate.notesCatalogue(noteID: "my-note-1", date: "2026-12-01")
            + QuestionTemplate.noteEntry(noteID: "my-note-2", date: "2026-12-01")
        let bank = try Self.bundledCatalogueBank()
        let user = try TemporaryBank(
            files: ["my-note-2.yaml": QuestionTemplate.questionFile(noteID: "my-note-2", prefix: "my-note-2")], catalog: catalogue
        )
        let result = BankLoader.load(paths: [bank.directory.path, user.directory.path])
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.bank?.catalog.notes.suffix(2).map(\.id) == ["my-note-1", "my-note-2"])
    }
}
