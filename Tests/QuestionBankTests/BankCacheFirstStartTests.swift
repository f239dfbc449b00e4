import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

/// A first start writes each file's texts to the cache as the file is parsed, and gives
/// exactly what a plain parse gives, whether or not the cache can be written.
@Suite struct BankCacheFirstStartTests {
    let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-cache-\(UUID().uuidString)").path

    /// The texts that question files give: the questions' and the claims'.
    static func questionFileTexts(of bank: Bank) -> [LocalizedText] {
        bank.questions.flatMap { [$0.stem, $0.explanation] + $0.choices.flatMap { [$0.text, $0.why] } }
            + bank.claims.flatMap { [$0.says] + ($0.truth.map { [$0] } ?? []) }
    }

    /// Every text a user can be shown, both languages, in a fixed order.
    static func texts(of bank: Bank?) -> [String] {
        guard let bank else { return [] }
        let catalog = bank.catalog
        let localized = catalog.domains.map(\.name) + catalog.examDomains.map(\.name)
            + catalog.notes.flatMap { [$0.title, $0.summary] } + questionFileTexts(of: bank)
        return localized.flatMap { [$0.ja, $0.en] } + catalog.notes.map { $0.text ?? "" }
    }

    func expectSame(_ loaded: BankLoadResult, as plain: BankLoadResult) {
        #expect(Self.texts(of: loaded.bank) == Self.texts(of: plain.bank))
        let sameBank = loaded.bank == plain.bank
        #expect(sameBank)
        #expect(loaded.diagnostics.map(\.description) == plain.diagnostics.map(\.description))
        #expect(loaded.leftOutQuestions == plain.leftOutQuestions)
        #expect(loaded.unreadableFiles == plain.unreadableFiles)
        #expect(loaded.questionFiles == plain.questionFiles)
    }

    @Test(arguments: [ShippedBankTests.questionsDirectory, BrokenFileTests.corpus])
    func theFirstAndTheLaterStartGiveWhatParsingGives(folder: String) throws {
        let plain = BankLoader.load(paths: [folder])
        #expect(Self.texts(of: plain.bank).count > 100)
        let first = BankCache.load(paths: [folder], cacheDirectory: cacheDirectory)
        let later = BankCache.load(paths: [folder], cacheDirectory: cacheDirectory)
        let (firstFromCache, laterFromCache) = (first.fromCache, later.fromCache)
        #expect(!firstFromCache)
        #expect(laterFromCache)
        expectSame(first.result, as: plain)
        expectSame(later.result, as: plain)
        let firstBank = try #require(first.result.bank)
        #expect(Self.questionFileTexts(of: firstBank).filter { $0.stored == nil }.count == 0, "played from the cache file")
    }

    /// A user's folder adds notes (texts the catalogue holds, not a question file) and
    /// questions of its own: both come through the cache as parsed.
    @Test func aUsersFolderBesideTheBankGivesWhatParsingGives() throws {
        let user = try TemporaryBank(
            files: ["mine.yaml": "note: my-note\nquestions:\n" + TemporaryBank.question(id: "mine-1")],
            catalog: UserFolderTests.userNotes
        )
        let paths = [ShippedBankTests.questionsDirectory, user.directory.path]
        let plain = BankLoader.load(paths: paths)
        #expect(plain.bank?.catalog.note("my-note")?.text?.isEmpty == false)
        #expect(plain.bank?.questions.contains { $0.id == "mine-1" } == true)
        expectSame(BankCache.load(paths: paths, cacheDirectory: cacheDirectory).result, as: plain)
        expectSame(BankCache.load(paths: paths, cacheDirectory: cacheDirectory).result, as: plain)
    }

    @Test func anUnwritableCacheDirectoryGivesWhatParsingGives() throws {
        let blocker = cacheDirectory + "-file"
        FileManager.default.createFile(atPath: blocker, contents: Data())
        let loaded = BankCache.load(paths: [BrokenFileTests.corpus], cacheDirectory: blocker + "/cache")
        let fromCache = loaded.fromCache
        #expect(!fromCache)
        expectSame(loaded.result, as: BankLoader.load(paths: [BrokenFileTests.corpus]))
    }

    /// The texts are already written when the file cannot take its name (here a folder
    /// stands there): the bank parsed is used as it is, and nothing is left behind.
    @Test func aCacheThatCannotBeFinishedStillGivesWhatParsingGives() throws {
        let paths = [ShippedBankTests.questionsDirectory]
        _ = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: cacheDirectory).first { $0.hasSuffix(".bin") })
        try FileManager.default.removeItem(atPath: cacheDirectory + "/" + name)
        try FileManager.default.createDirectory(atPath: cacheDirectory + "/" + name + "/in-the-way", withIntermediateDirectories: true)
        let loaded = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let fromCache = loaded.fromCache
        #expect(!fromCache)
        expectSame(loaded.result, as: BankLoader.load(paths: paths))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheDirectory) == [name])
    }
}
