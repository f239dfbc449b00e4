import Foundation
@testable import QuestionBank
import QuizEngine
import Testing
import Yams

/// The quick reader gives exactly Yams's tree (text, style, order and every mark) for what
/// it reads, and leaves the rest to Yams: on the shipped files, on hand-made cases of each
/// construct, and on thousands of mutations of the shipped files, where it must never read
/// a file Yams refuses or read one differently.
@Suite struct QuestionYAMLReaderTests {
    /// Yams's tree in the same form, or nil when Yams refuses the text.
    static func yamsTree(_ text: String) -> SourceNode? {
        guard let node = try? Yams.compose(yaml: text, .basic) else { return nil }
        return SourceNode(node)
    }

    static func quickTree(_ text: String) -> SourceNode? {
        QuestionYAMLReader.read(Array(text.utf8), maximumNodes: BankLoader.maximumNodes)
    }

    /// One line per node: where it starts, what it is, its text; children indented.
    static func outline(_ node: SourceNode?) -> String {
        guard let node else { return "(not read)" }
        var lines: [String] = []
        func visit(_ node: SourceNode, _ depth: Int) {
            let place = String(repeating: "  ", count: depth) + "\(node.mark.line):\(node.mark.column) "
            switch node.content {
            case .scalar(let scalar):
                lines.append(place + "\(scalar.style) \(scalar.string.debugDescription)")
            case .sequence(let items):
                lines.append(place + "list")
                for item in items { visit(item, depth + 1) }
            case .mapping(let pairs):
                lines.append(place + "map")
                for pair in pairs {
                    visit(pair.key, depth + 1)
                    visit(pair.value, depth + 2)
                }
            }
        }
        visit(node, 0)
        return lines.joined(separator: "\n")
    }

    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Questions")

    static var shippedFiles: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: shipped, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }

    @Test func readsEveryShippedFileAsYamsDoes() throws {
        #expect(Self.shippedFiles.count >= 10)
        for file in Self.shippedFiles {
            let text = try String(contentsOf: file, encoding: .utf8)
            let quick = Self.quickTree(text)
            #expect(quick != nil, "the quick reader left \(file.lastPathComponent) to Yams")
            #expect(Self.outline(quick) == Self.outline(Self.yamsTree(text)), "\(file.lastPathComponent)")
        }
    }

    /// Cases of every construct it reads, each compared with Yams.
    static let readCases: [String] = [
        "a: 1\nb: two words\n",
        "a: text # a comment\n# a line comment\nb: x#y\n",
        "a:\n  b: c\n  d:\n    e: f\ng: h\n",
        "list:\n- one\n- two\nafter: x\n",
        "list:\n  - one\n  - two\n",
        "items:\n- id: a\n  name: b\n- id: c\n  more:\n  - x\n  - y\n  last: z\n",
        "a: plain text\n  that goes on\n\n  after an empty line\n\n\n  and two\nb: c\n",
        "a: 'it''s quoted'\nb: \"double \\\"x\\\" \\u00e9 \\x41 \\t \\\\ \\U0001F600\"\n",
        "a: \"folded\n  over lines\n\n  with a break\"\nb: 'single\n  folded'\n",
        "a: \"escaped \\\n  break\"\n",
        "a: \"trailing   \n   spaces\"\n",
        "a: |\n  line one\n    indented\n\n  after empty\n\nb: x\n",
        "a: |-\n  stripped\n\n\nb: x\n",
        "a: |+\n  kept\n\n\nb: x\n",
        "a: |\n  last in file",
        "a: |\n  # not a comment\n  text\n",
        "a: [one, two words, \"three\", 'four']\nb: {x: 1, y: two}\nc: []\nd: {}\n",
        "a: &anchor\n  x: 1\nb: *anchor\nc: &s text\nd: *s\n",
        "list: &l\n- a\n- b\nagain: *l\n",
        "ja: 日本語のテキスト\nen: text\nキー: 値 # コメント\nk: [日本, 語]\n",
        "url: https://docs.aws.amazon.com/x.html\ntime: 12:30\nneg: -1\nq: ?x\n",
        "a:   spaced value   \nb:\n  value on the next line\n",
        "- top\n- list\n",
        "just text\n",
        "a: x\n\n\n   \nb: y\n",
    ]

    @Test(arguments: readCases) func readsAsYamsDoes(_ text: String) {
        let quick = Self.quickTree(text)
        #expect(quick != nil, "left to Yams: \(text.debugDescription)")
        #expect(Self.outline(quick) == Self.outline(Self.yamsTree(text)))
    }

    /// Cases it leaves to Yams: constructs it does not read, and errors.
    static let leftCases: [String] = [
        "a: >\n  folded\n", "a: !tag x\n", "? complex\n: key\n", "a:\tx\n", "a: x\r\nb: y\r\n",
        "---\na: x\n", "%YAML 1.1\n---\na: x\n", "a: x\n---\nb: y\n", "a: x\n...\n", "a: |\n  x\n---\n", "a:\nb: x\n", "a: x\na: y\n", "a: [x, [y]]\n",
        "a: [x,\n  y]\n", "a: {x: [1]}\n", "a: [x, ]\n", "a: *missing\n", "a: |2\n  x\n", "a: x: y\n",
        "a: \"open\n", "a: \"bad \\q escape\"\n", "\"quoted key\": x\n", "a: x\n  b: y\n", "- - nested\n",
        "a: x\n b: y\n", "a: \"x\" y\n", "a: \u{FEFF}x\n", "a: x\u{2028}y\n", "a: \u{85}\n", "a: \u{1}\n", "",
        "# only a comment\n", "a: |\n\n     x\n   y\n", "a: @x\n", "a:\n  - x\n  y: z\n",
    ]

    @Test(arguments: leftCases) func leavesToYams(_ text: String) {
        #expect(Self.quickTree(text) == nil, "read: \(text.debugDescription)")
    }

    @Test(arguments: [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE6, 0x97], [0xF4, 0x90, 0x80, 0x80], [0xC2, 0x85], [0x00]] as [[UInt8]])
    func leavesWhatIsNotPlainUTF8ToYams(_ character: [UInt8]) {
        #expect(QuestionYAMLReader.read(Array("a: x".utf8) + character + Array("y\n".utf8), maximumNodes: 100) == nil)
        #expect(QuestionYAMLReader.read(Array("a: xy\n".utf8), maximumNodes: 100) != nil)
    }

    /// Each level lists the one before ten times: 10^6 nodes once expanded.
    @Test func refusesAliasBombsBeforeTheyGrow() {
        var text = "l0: &l0 x\n"
        for level in 1...6 {
            text += "l\(level): &l\(level)\n" + String(repeating: "- *l\(level - 1)\n", count: 10)
        }
        #expect(Self.yamsTree(text) != nil)
        #expect(QuestionYAMLReader.read(Array(text.utf8), maximumNodes: BankLoader.maximumNodes) == nil)
        let small = "l0: &l0 x\nl1: &l1\n- *l0\n- *l0\nl2:\n- *l1\n- *l1\n"
        #expect(Self.outline(Self.quickTree(small)) == Self.outline(Self.yamsTree(small)))
    }

    /// YAML's own characters and a few edits, put into windows of the shipped files that
    /// start at a line's first column: the
    /// mutants stay near the constructs the quick reader reads, where a slip would hide.
    static func mutant(of lines: [Substring], using generator: inout SeededGenerator) -> [UInt8] {
        let starts = lines.indices.filter { !(lines[$0].first?.isWhitespace ?? true) }
        let start = starts[Int(generator.next() % UInt64(starts.count))]
        var window = lines[start..<min(lines.count, start + 40)].map { Array($0.utf8) }
        let tokens = [": ", ":", " #", "#", "'", "\"", "''", "\\", "\\\n", "- ", "-", "|", "|-", "|+", "[", "]", "{", "}",
                      ", ", "&a ", "*a", "?", "\n", "\n\n", " ", "  ", "x", "é", "日本"]
        for _ in 0..<(1 + Int(generator.next() % 3)) {
            let line = Int(generator.next() % UInt64(window.count))
            switch generator.next() % 4 {
            case 0, 1:
                let token = Array(tokens[Int(generator.next() % UInt64(tokens.count))].utf8)
                let column = Int(generator.next() % UInt64(window[line].count + 1))
                window[line].insert(contentsOf: token, at: column)
            case 2:
                if !window[line].isEmpty { window[line].remove(at: Int(generator.next() % UInt64(window[line].count))) }
            default:
                window[line] = Array(repeating: UInt8(ascii: " "), count: Int(generator.next() % 4)) + window[line].drop { $0 == UInt8(ascii: " ") && generator.next() % 2 == 0 }
            }
        }
        return Array(window.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
    }

    /// Wherever the quick reader reads a mutant, Yams reads it too, to the same tree. The
    /// number of cases is five times AWSQUIZ_FUZZ_CASES (default 1200).
    @Test func neverReadsAMutantOtherwiseThanYams() throws {
        let files = try Self.shippedFiles.map { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) }
        var generator = SeededGenerator(seed: 20261201)
        var read = 0
        let cases = 5 * ShippedBankFuzzTests.cases
        for number in 0..<cases {
            let bytes = Self.mutant(of: files[number % files.count], using: &generator)
            let quick = QuestionYAMLReader.read(bytes, maximumNodes: BankLoader.maximumNodes)
            // A deleted byte can break a character: that is Yams's path, which locates it.
            guard let text = String(validating: bytes, as: UTF8.self) else {
                #expect(quick == nil, "case \(number) is not UTF-8 but was read")
                continue
            }
            guard let quick else { continue }
            read += 1
            #expect(Self.outline(quick) == Self.outline(Self.yamsTree(text)), "case \(number): \(text.debugDescription)")
        }
        #expect(read > cases / 5, "too few mutants read to tell: \(read)")
    }
}
