import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

@Suite struct LinterTests {
    @Test func validFileLoadsWithoutDiagnostics() throws {
        let bank = try TemporaryBank(files: ["a.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-1")])
        let result = bank.load()
        #expect(bank.messages(result) == [])
        #expect(result.bank?.questions.map(\.id) == ["q-1"])
        let question = try #require(result.bank?.questions.first)
        #expect(question.correctIndices == [0])
        #expect(question.examDomainIDs == [.sap: "SAP-D1", .saa: "SAA-D1"])
        #expect(question.difficulty == 2)
    }

    @Test func yamlSyntaxErrorIsLocated() throws {
        let bank = try TemporaryBank(files: ["bad.yaml": "note: note-a\nquestions:\n  - id: [unclosed\n    domain: compute\n"])
        let messages = bank.messages(bank.load())
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("bad.yaml:4:") == true)
        #expect(messages.first?.contains("YAML syntax") == true)
    }

    @Test func everyProblemOfAFileIsReportedInOneRun() throws {
        let text = """
        note: note-a
        questions:
          - id: broken-1
            domain: databse
            exam_domains: {sap: SAP-D9, saa: SAA-D1}
            services: [Amazon EC2]
            difficulty: hard
            stem: {ja: 問題文}
            options:
              - text: {ja: 一, en: one}
                why: {ja: 理由, en: why}
              - text: {ja: 一, en: one}
                why: {ja: 理由, en: why}
              - text: {ja: 三, en: three}
              - text: {ja: 四, en: four}
                why: {ja: 理由, en: why}
            explantion: {ja: 解説, en: Explanation}
            docs: [not a url]

        """ + TemporaryBank.question(id: "fine-1")
        let bank = try TemporaryBank(files: ["many.yaml": text])
        let result = bank.load()
        let messages = bank.messages(result)
        let expected = [
            "many.yaml:17:5: unknown field 'explantion' in a question (did you mean 'explanation'?)",
            "many.yaml:4:13: unknown domain 'databse'; known domains: compute, security",
            "many.yaml:5:25: unknown sap exam domain 'SAP-D9'; known: SAP-D1",
            "many.yaml:7:17: 'difficulty' of question 'broken-1' must be a whole number",
            "many.yaml:8:11: missing field 'en' in 'stem' of question 'broken-1'",
            "many.yaml:12:15: option 2 of question 'broken-1' repeats the text of another option (ja)",
            "many.yaml:12:15: option 2 of question 'broken-1' repeats the text of another option (en)",
            "many.yaml:14:9: missing field 'why' in option 3 of question 'broken-1'",
            "many.yaml:3:5: missing field 'explanation' in question 'broken-1'",
            "many.yaml:18:12: malformed URL 'not a url' in question 'broken-1'; expected http(s)://host/path",
        ]
        #expect(messages == expected)
        #expect(result.leftOutQuestions == 1)
        #expect(result.bank?.questions.map(\.id) == ["fine-1"])
    }

    @Test func questionWithoutCorrectOptionIsRefused() throws {
        let bank = try TemporaryBank(files: [
            "a.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-1", correct: "    correct: false"),
        ])
        #expect(bank.messages(bank.load()) == [
            "a.yaml:9:7: question 'q-1' has no correct option; mark one with 'correct: true'",
        ])
    }

    @Test func correctMustBeABoolean() throws {
        let bank = try TemporaryBank(files: [
            "a.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-1", correct: "    correct: sure"),
        ])
        #expect(bank.messages(bank.load()) == ["a.yaml:10:18: 'correct' of option 1 of question 'q-1' must be true or false"])
    }

    @Test func duplicateIdsAcrossFilesPointAtTheFirst() throws {
        let bank = try TemporaryBank(files: [
            "a.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "same"),
            "b.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "other") + TemporaryBank.question(id: "same"),
        ])
        let result = bank.load()
        let messages = bank.messages(result)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("b.yaml:20:5: duplicate id 'same', first defined at ") == true)
        #expect(messages.first?.hasSuffix("a.yaml:3:5") == true)
        #expect(result.bank?.questions.map(\.id) == ["same", "other"])
    }

    @Test func unknownNoteLeavesTheFileOut() throws {
        let bank = try TemporaryBank(files: ["a.yaml": "note: note-z\nquestions:\n" + TemporaryBank.question(id: "q-1")])
        let result = bank.load()
        #expect(bank.messages(result) == ["a.yaml:1:7: unknown note 'note-z'; known notes: note-a"])
        #expect(result.bank?.questions.isEmpty == true)
        #expect(result.leftOutQuestions == 1)
    }

    @Test func multiResponseNeedsFiveOptions() throws {
        let text = "note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-1")
            .replacingOccurrences(of: "why: {ja: 誤り, en: wrong}\n      - text: {ja: 三", with: "why: {ja: 誤り, en: wrong}\n        correct: true\n      - text: {ja: 三")
        let bank = try TemporaryBank(files: ["a.yaml": text])
        #expect(bank.messages(bank.load()) == [
            "a.yaml:9:7: question 'q-1' asks for 2 options; a multi-response question shows at least 5",
        ])
    }

    @Test func invalidUTF8IsLocated() throws {
        let bank = try TemporaryBank(files: [:])
        try bank.write("bytes.yaml", bytes: Array("note: note-a\nquestions: [\n  x\u{e9}".utf8).dropLast(1) + [0xC3, 0x28])
        #expect(bank.messages(bank.load()) == ["bytes.yaml:3:4: invalid UTF-8 byte sequence"])
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        let bank = try TemporaryBank(files: ["empty.yaml": ""])
        try bank.write("binary.yaml", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        #expect(bank.messages(bank.load()) == [
            "binary.yaml:1:5: a NUL byte: this is not a text file",
            "empty.yaml:1:1: the file is empty",
        ])
    }

    @Test func missingCatalogueIsReported() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-lonely-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("q.yaml")
        try Data("note: note-a\n".utf8).write(to: file)
        let result = BankLoader.load(paths: [file.path])
        #expect(result.bank == nil)
        #expect(result.errors.first?.message.hasPrefix("no notes.yaml found beside it") == true)
    }

    @Test func linksMustBeWellFormed() {
        #expect(QuestionParser.isWellFormedLink("https://docs.aws.amazon.com/kms/latest/developerguide/overview.html"))
        #expect(!QuestionParser.isWellFormedLink("ftp://docs.aws.amazon.com/"))
        #expect(!QuestionParser.isWellFormedLink("https://localhost/"))
        #expect(!QuestionParser.isWellFormedLink("https://docs.aws.amazon.com/a b"))
        #expect(!QuestionParser.isWellFormedLink("docs.aws.amazon.com"))
    }
}
