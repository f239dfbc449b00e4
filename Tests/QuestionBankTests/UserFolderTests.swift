import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

/// A user's own `<data dir>/questions/` folder, loaded beside the bank.
@Suite struct UserFolderTests {
    static let userNotes = """
    notes:
      - id: my-note
        date: 2026-11-30
        title: {ja: 自分のノート, en: My note}
        summary: {ja: 要約, en: Summary}
        text: |
          自分で書いたノートの本文。

    """

    func folders(user: [String: String]) throws -> (bank: TemporaryBank, user: TemporaryBank) {
        let bank = try TemporaryBank(files: ["a.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-1")])
        let user = try TemporaryBank(files: user.filter { $0.key != "notes.yaml" }, catalog: user["notes.yaml"] ?? Self.userNotes)
        return (bank, user)
    }

    func messages(_ result: BankLoadResult, _ folders: (bank: TemporaryBank, user: TemporaryBank)) -> [String] {
        result.diagnostics.map {
            $0.description.replacingOccurrences(of: folders.bank.directory.path + "/", with: "bank/")
                .replacingOccurrences(of: folders.user.directory.path + "/", with: "user/")
        }
    }

    @Test func theUsersNotesAndQuestionsPlayBesideTheBank() throws {
        let mine = "note: my-note\nquestions:\n" + TemporaryBank.question(id: "mine-1")
        let folders = try folders(user: ["mine.yaml": mine])
        let result = BankLoader.load(paths: [folders.bank.directory.path, folders.user.directory.path])
        #expect(messages(result, folders) == [])
        #expect(result.bank?.questions.map(\.id) == ["q-1", "mine-1"])
        #expect(result.bank?.catalog.note("my-note")?.text == "自分で書いたノートの本文。")
    }

    @Test func anIdThatClashesWithTheBankNamesBothFiles() throws {
        let clash = "note: my-note\nquestions:\n" + TemporaryBank.question(id: "q-1")
        let folders = try folders(user: ["mine.yaml": clash])
        let result = BankLoader.load(paths: [folders.bank.directory.path, folders.user.directory.path])
        #expect(messages(result, folders) == ["user/mine.yaml:3:5: duplicate id 'q-1', first defined at bank/a.yaml:3:5"])
        #expect(result.bank?.questions.map(\.id) == ["q-1"])
    }

    @Test func aNoteIdThatClashesNamesTheBanksCatalogue() throws {
        let folders = try folders(user: ["notes.yaml": Self.userNotes.replacingOccurrences(of: "my-note", with: "note-a")])
        let result = BankLoader.load(paths: [folders.bank.directory.path, folders.user.directory.path])
        #expect(messages(result, folders) == ["user/notes.yaml:2:5: note id 'note-a' is already used by bank/notes.yaml; choose another"])
        #expect(result.bank?.questions.map(\.id) == ["q-1"], "the bank still plays")
    }

    @Test func aBrokenUserCatalogueNeverHidesTheBank() throws {
        let mine = "note: my-note\nquestions:\n" + TemporaryBank.question(id: "mine-1")
        let folders = try folders(user: ["notes.yaml": "notes: [oops", "mine.yaml": mine])
        let result = BankLoader.load(paths: [folders.bank.directory.path, folders.user.directory.path])
        #expect(result.bank?.questions.map(\.id) == ["q-1"])
        #expect(result.unreadableFiles == 1)
        #expect(messages(result, folders).first?.hasPrefix("user/notes.yaml:") == true)
        #expect(messages(result, folders).contains { $0.hasPrefix("user/mine.yaml:1:7: unknown note 'my-note'") })
    }
}
