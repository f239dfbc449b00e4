import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

/// The cache gives exactly what parsing gives, and is never used stale or damaged.
@Suite struct BankCacheTests {
    let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-cache-\(UUID().uuidString)").path

    func cacheFile() throws -> String {
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: cacheDirectory).first { $0.hasSuffix(".bin") })
        return cacheDirectory + "/" + name
    }

    @Test func aSecondLoadComesFromTheCacheAndEqualsTheParse() throws {
        let paths = [BrokenFileTests.corpus]
        let first = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let second = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let (parsedFirst, cachedSecond) = (first.fromCache, second.fromCache)
        #expect(!parsedFirst)
        #expect(cachedSecond)
        let sameBank = second.result.bank == first.result.bank
        #expect(sameBank)
        #expect(second.result.diagnostics.map(\.description) == first.result.diagnostics.map(\.description))
        #expect(second.result.leftOutQuestions == first.result.leftOutQuestions)
    }

    @Test func theShippedBankSurvivesTheRoundTrip() throws {
        let paths = [ShippedBankTests.questionsDirectory]
        let parsed = BankCache.load(paths: paths, cacheDirectory: cacheDirectory).result
        let cached = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let (fromCache, sameBank) = (cached.fromCache, cached.result.bank == parsed.bank)
        #expect(fromCache)
        #expect(sameBank)
        #expect(parsed.bank?.questions.count == BankLoader.load(paths: paths).bank?.questions.count)
        #expect(parsed.bank?.claims.isEmpty == false, "claims travel through the cache too")
    }

    @Test func anotherVersionOfTheProgramParsesAgain() throws {
        let paths = [BrokenFileTests.corpus]
        _ = BankCache.load(paths: paths, cacheDirectory: cacheDirectory, version: "0.0.9")
        let newer = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let again = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let (newerFromCache, againFromCache) = (newer.fromCache, again.fromCache)
        #expect(!newerFromCache, "a cache from 0.0.9 must not stand in for this version's linter")
        #expect(againFromCache)
    }

    @Test func anEditedFileMakesTheCacheStale() throws {
        let bank = try TemporaryBank(files: ["a.yaml": "note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-1")])
        _ = BankCache.load(paths: [bank.directory.path], cacheDirectory: cacheDirectory)
        try Data(("note: note-a\nquestions:\n" + TemporaryBank.question(id: "q-2")).utf8).write(to: bank.directory.appendingPathComponent("a.yaml"))
        let again = BankCache.load(paths: [bank.directory.path], cacheDirectory: cacheDirectory)
        let fromCache = again.fromCache
        #expect(!fromCache)
        #expect(again.result.bank?.questions.map(\.id) == ["q-2"])
    }

    @Test(arguments: ["flip", "truncate", "garbage"])
    func aDamagedCacheIsNeverUsed(damage: String) throws {
        let paths = [BrokenFileTests.corpus]
        let parsed = BankCache.load(paths: paths, cacheDirectory: cacheDirectory).result
        let file = try cacheFile()
        var bytes = try #require(FileManager.default.contents(atPath: file))
        switch damage {
        case "flip": bytes[try regions(of: bytes).structure.lowerBound + 100] ^= 0x40
        case "truncate": bytes = bytes.prefix(bytes.count / 2)
        default: bytes = Data(repeating: 0x41, count: 300)
        }
        try bytes.write(to: URL(fileURLWithPath: file), options: .atomic)
        let again = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let (fromCache, sameBank) = (again.fromCache, again.result.bank == parsed.bank)
        #expect(!fromCache)
        #expect(sameBank)
        let rewritten = BankCache.load(paths: paths, cacheDirectory: cacheDirectory).fromCache
        #expect(rewritten)
    }

    /// The checksum read through the file a megabyte at a time equals the one over the
    /// bytes in memory, however the bytes are split.
    @Test func theChecksumIsTheSameHoweverTheBytesAreSplit() throws {
        var generator = SeededGenerator(seed: 3)
        let bytes = (0..<(3 * 1024 * 1024 + 77)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let whole = BankCache.fnv(bytes)
        for cut in [1, 7, 8, 13, 31, 32, 33, 4096, 1 << 20] {
            var pieces = BankCache.FNV()
            for start in stride(from: 0, to: bytes.count, by: cut) {
                bytes[start..<min(start + cut, bytes.count)].withUnsafeBytes { pieces.add($0) }
            }
            #expect(pieces.value == whole, "in pieces of \(cut)")
        }
        var flipped = bytes
        flipped[2 * 1024 * 1024] ^= 1
        #expect(BankCache.fnv(flipped) != whole)
    }

    /// The header of a cache file: its key, where its texts and its structure lie.
    func regions(of bytes: Data) throws -> (key: String, texts: Range<Int>, structure: Range<Int>) {
        try bytes.withUnsafeBytes { raw in
            var header = try BinaryReader(raw, from: BankCache.magic.count)
            let key = try header.readString()
            _ = try header.readUInt64()
            let textsStart = try header.readInt(), textsLength = try header.readInt(), structureLength = try header.readInt()
            let structureStart = textsStart + textsLength
            return (key, textsStart..<structureStart, structureStart..<(structureStart + structureLength))
        }
    }

    /// Only the structure is checksummed (so a later start leaves the texts unread): bytes
    /// of the texts that are not UTF-8 are shown repaired, and the rest of the bank is intact.
    @Test func aDamagedTextIsShownRepairedNeverTrusted() throws {
        let paths = [BrokenFileTests.corpus]
        let parsed = try #require(BankCache.load(paths: paths, cacheDirectory: cacheDirectory).result.bank)
        let file = try cacheFile()
        var bytes = try #require(FileManager.default.contents(atPath: file))
        let texts = try regions(of: bytes).texts
        bytes.replaceSubrange(texts, with: Data(repeating: 0xFF, count: texts.count))
        try bytes.write(to: URL(fileURLWithPath: file), options: .atomic)
        let again = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let bank = try #require(again.result.bank)
        #expect(again.fromCache)
        #expect(bank.questions.map(\.id) == parsed.questions.map(\.id))
        let stem = try #require(bank.questions.first?.stem)
        #expect(!stem.en.isEmpty)
        #expect(stem.en.allSatisfy { $0 == "\u{FFFD}" })
        #expect(stem.ja.allSatisfy { $0 == "\u{FFFD}" })
    }

    /// A structure whose texts lie past the end of the texts (here: the texts cut short and
    /// the header made to agree) is damaged: the bank is parsed again, never read out of range.
    @Test func textsOutOfRangeAreNeverRead() throws {
        let paths = [BrokenFileTests.corpus]
        let parsed = BankCache.load(paths: paths, cacheDirectory: cacheDirectory).result
        let file = try cacheFile()
        let bytes = try #require(FileManager.default.contents(atPath: file))
        let (key, texts, structure) = try regions(of: bytes)
        let header = BankCache.header(
            key: key, checksum: BankCache.fnv(Array(bytes[structure])), textsStart: texts.lowerBound,
            textsLength: texts.count / 2, structureLength: structure.count
        )
        let cut = header + Array(bytes[header.count..<texts.lowerBound]) + Array(bytes[texts].prefix(texts.count / 2))
            + Array(bytes[structure])
        try Data(cut).write(to: URL(fileURLWithPath: file), options: .atomic)
        let again = BankCache.load(paths: paths, cacheDirectory: cacheDirectory)
        let (fromCache, sameBank) = (again.fromCache, again.result.bank == parsed.bank)
        #expect(!fromCache)
        #expect(sameBank)
    }
}
