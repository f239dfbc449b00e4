import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

/// A corpus of broken files (Tests/QuestionBankTests/BrokenFiles): each is reported as
/// file:line:col, the valid file beside them still loads, and nothing traps or hangs.
@Suite struct BrokenFileTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BrokenFiles").path

    static let expected: [(file: String, location: String, message: String)] = [
        ("alias-bomb.yaml", "1:1", "the YAML expands to more than 200000 nodes"),
        ("binary.yaml", "1:1", "a NUL byte: this is not a text file"),
        ("deeply-nested.yaml", "2:13", "nested deeper than 1000 levels"),
        ("duplicate-ids.yaml", "20:5", "duplicate id 'twin', first defined at"),
        ("empty.yaml", "1:1", "the file is empty"),
        ("escapes.yaml", "7:25", "holds a control character or terminal escape sequence"),
        ("invalid-utf8.yaml", "4:16", "invalid UTF-8 byte sequence"),
        ("invalid-yaml.yaml", "5:1", "YAML syntax: while scanning a quoted scalar found unexpected end of stream"),
        ("long-option.yaml", "9:27", "is 10000 characters long; at most 500 fit a question"),
        ("missing-fields.yaml", "3:5", "missing field 'stem' in question 'missing-1'"),
        ("wrong-types.yaml", "6:15", "'services' in question 'types-1' must be a list"),
    ]

    @Test func everyBrokenFileIsLocatedAndTheValidOneStillLoads() throws {
        let result = BankLoader.load(paths: [Self.corpus])
        let lines = result.diagnostics.map(\.description)
        for (file, location, message) in Self.expected {
            let prefix = "\(Self.corpus)/\(file):\(location): "
            #expect(lines.contains { $0.hasPrefix(prefix) && $0.contains(message) }, "\(file): \(lines.filter { $0.contains(file) })")
        }
        let bank = try #require(result.bank)
        #expect(Set(bank.questions.map(\.id)) == ["valid-1", "twin"])
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func aFiftyMegabyteFileIsRefusedUnread() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.corpus + "/notes.yaml", toPath: directory.appendingPathComponent("notes.yaml").path)
        let huge = directory.appendingPathComponent("huge.yaml")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        let chunk = Data(String(repeating: "# padding line of a very large file\n", count: 29_128).utf8)
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let result = BankLoader.load(paths: [directory.path])
        #expect(result.errors.map(\.description) == ["\(huge.path):1:1: larger than 4 MB; a question file is far smaller, so it is left out"])
        try FileManager.default.removeItem(at: directory)
    }

    /// Random bytes and mutated valid files, a fixed number of times: no trap, no hang.
    @Test func fuzzedInputNeverTraps() throws {
        let valid = try #require(FileManager.default.contents(atPath: Self.corpus + "/valid.yaml"))
        let catalog = try #require(BankLoader.load(paths: [Self.corpus]).bank?.catalog)
        var generator = SeededGenerator(seed: 2026)
        var reports = 0
        for round in 0..<1500 {
            var bytes: [UInt8]
            if round % 3 == 0 {
                bytes = (0..<Int(generator.next() % 400)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            } else {
                bytes = [UInt8](valid)
                for _ in 0..<(1 + Int(generator.next() % 8)) where !bytes.isEmpty {
                    let position = Int(generator.next() % UInt64(bytes.count))
                    switch generator.next() % 4 {
                    case 0: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
                    case 1: bytes.remove(at: position)
                    case 2:
                        let syntax = Array("[{&*!|>:-#\"'\n ".utf8)
                        bytes.insert(syntax[Int(generator.next() % UInt64(syntax.count))], at: position)
                    default: bytes.insert(contentsOf: Array(bytes[position..<min(bytes.count, position + 40)]), at: position)
                    }
                }
            }
            let reader = NodeReader(file: "fuzz-\(round).yaml")
            if let root = BankLoader.parseText(bytes, reader: reader) {
                _ = QuestionParser.parse(root, catalog: catalog, reader: reader)
            }
            reports += reader.diagnostics.count
        }
        #expect(reports > 500)
    }
}

/// Defect 11: the menu said "run awsquiz check" without naming the folder of the broken
/// file, so following it checked the bundled bank instead.
@Suite struct LeftOutFolderTests {
    @Test func theFolderOfABrokenFileIsNamedNotTheOthers() {
        let result = BankLoader.load(paths: [BrokenFileTests.corpus])
        let bundled = "/opt/awsquiz/Questions"
        #expect(result.foldersWithErrors(among: [bundled, BrokenFileTests.corpus]) == [BrokenFileTests.corpus])
        #expect(result.foldersWithErrors(among: [BrokenFileTests.corpus + "-other"]).isEmpty, "a prefix of a name is not its folder")
    }
}
