import Foundation
import QuestionBank
import QuizEngine
import Testing

/// The loader over mutations of the shipped bank, whatever it holds: byte flips, line
/// edits, floods, unicode and terminal escapes. Every case must end with a bank or
/// located diagnostics, in bounded time, with no raw escape in anything it reports or
/// keeps. A trap would end the test process; a hang the time bound. The number of cases
/// is AWSQUIZ_FUZZ_CASES (default 1200; the report runs 2000).
@Suite struct ShippedBankFuzzTests {
    static let questions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Questions").path
    static let cases = Int(ProcessInfo.processInfo.environment["AWSQUIZ_FUZZ_CASES"] ?? "") ?? 1200

    enum Mutation: CaseIterable {
        case byteFlips, lineEdits, flood, unicode, escapes, optionFlood
    }

    /// One mutated text of a question file.
    static func mutate(_ bytes: [UInt8], _ mutation: Mutation, using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        func position() -> Int { bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count)) }
        switch mutation {
        case .byteFlips:
            for _ in 0..<(1 + Int(generator.next() % 16)) where !bytes.isEmpty {
                bytes[position()] ^= UInt8(1 << (generator.next() % 8))
            }
        case .lineEdits:
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            for _ in 0..<(1 + Int(generator.next() % 6)) where !lines.isEmpty {
                let line = Int(generator.next() % UInt64(lines.count))
                switch generator.next() % 4 {
                case 0: lines.remove(at: line)
                case 1: lines.insert(lines[line], at: line)
                case 2: lines.swapAt(line, Int(generator.next() % UInt64(lines.count)))
                default: lines[line] = Array(repeating: UInt8(ascii: " "), count: Int(generator.next() % 12)) + lines[line]
                }
            }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case .flood:
            let lines = bytes.split(separator: UInt8(ascii: "\n")).map(Array.init)
            let line = lines.isEmpty ? [] : lines[Int(generator.next() % UInt64(lines.count))]
            let copies = 100 + Int(generator.next() % 3000)
            bytes.insert(contentsOf: Array(Array(repeating: line + [UInt8(ascii: "\n")], count: copies).joined()), at: position())
        case .unicode:
            let samples = ["\u{0301}", "\u{200D}", "\u{202E}", "👩‍👩‍👧‍👦", "\u{FEFF}", "ｱ", "𝔘", "\u{10FFFF}", "漢字", "\u{E000}", "\u{2028}"]
            for _ in 0..<(1 + Int(generator.next() % 10)) {
                bytes.insert(contentsOf: Array(samples[Int(generator.next() % UInt64(samples.count))].utf8), at: position())
            }
        case .escapes:
            let samples = ["\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{9B}2J", "\u{07}", "\u{08}", "\r", "\u{7F}", "\u{1B}c", "\u{0}"]
            for _ in 0..<(1 + Int(generator.next() % 6)) {
                bytes.insert(contentsOf: Array(samples[Int(generator.next() % UInt64(samples.count))].utf8), at: position())
            }
        case .optionFlood:
            // A run of extra options at an option's indentation: hundreds of them, past Z.
            let text = String(decoding: bytes, as: UTF8.self)
            guard let range = text.range(of: "\n      - text:") ?? text.range(of: "\n    - text:") ?? text.range(of: "- text:") else {
                return bytes
            }
            let indent = text[range].hasPrefix("\n") ? String(text[range].dropFirst().prefix { $0 == " " }) : ""
            let option = "\n\(indent)- text: {ja: 追加, en: extra}\n\(indent)  why: {ja: 理由, en: why}"
            let flood = String(repeating: option, count: 20 + Int(generator.next() % 300))
            var result = text
            result.insert(contentsOf: flood, at: range.lowerBound)
            bytes = Array(result.utf8)
        }
        return bytes
    }

    /// What the game does with a loaded bank before a user sees anything: exam draws of
    /// both presets, a drill, each question presented and graded.
    static func play(_ bank: Bank, seed: UInt64) {
        for exam in Exam.allCases {
            let drawn = ExamDraw.draw(from: bank, preset: .standard(exam), seed: seed)
            var session = ExamSession(id: "fuzz", preset: .standard(exam), seed: seed, items: drawn.items)
            if !session.items.isEmpty { session.choose(0) }
            _ = (session.score, session.scaledScore, session.answeredCount, session.incompleteCount)
        }
        for presented in QuestionDraw.drill(from: bank, filter: QuestionFilter(), count: nil, seed: seed) {
            _ = presented.isCorrect(Set(presented.correctPositions))
        }
    }

    static func hasRawEscape(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 }
    }

    @Test(.timeLimit(.minutes(2)))
    func mutatedShippedBankNeverTrapsHangsOrPassesAnEscape() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.questions)
            .filter { $0.hasSuffix(".yaml") && $0 != "notes.yaml" }.sorted()
        #expect(!files.isEmpty)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-fuzz-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var generator = SeededGenerator(seed: 11)
        var rawEscapes: [String] = []
        var slowest = 0.0
        var outcomes = (banks: 0, diagnostics: 0)
        let notes = try #require(FileManager.default.contents(atPath: Self.questions + "/notes.yaml"))
        for round in 0..<Self.cases {
            // One case in eight mutates the catalogue (weights, domains) instead of a question file.
            let mutatesNotes = round % 8 == 7
            let file = files[Int(generator.next() % UInt64(files.count))]
            let original = try #require(FileManager.default.contents(atPath: Self.questions + "/" + file))
            let mutation = Mutation.allCases[round % Mutation.allCases.count]
            let catalogue = mutatesNotes ? Self.mutate([UInt8](notes), mutation, using: &generator) : [UInt8](notes)
            let questions = mutatesNotes ? [UInt8](original) : Self.mutate([UInt8](original), mutation, using: &generator)
            try Data(catalogue).write(to: URL(fileURLWithPath: directory + "/notes.yaml"))
            try Data(questions).write(to: URL(fileURLWithPath: directory + "/fuzz.yaml"))
            let started = Date()
            let result = BankLoader.load(paths: [directory])
            slowest = max(slowest, Date().timeIntervalSince(started))
            outcomes.diagnostics += result.diagnostics.isEmpty ? 0 : 1
            for diagnostic in result.diagnostics where Self.hasRawEscape(diagnostic.description) {
                rawEscapes.append("case \(round) (\(mutation)): \(diagnostic.description.debugDescription)")
            }
            if let bank = result.bank {
                Self.play(bank, seed: UInt64(round))
            }
            for question in result.bank?.questions ?? [] {
                outcomes.banks += 1
                let texts = [question.stem.ja, question.stem.en] + question.choices.flatMap { [$0.text.ja, $0.text.en, $0.why.ja, $0.why.en] }
                if texts.contains(where: Self.hasRawEscape) { rawEscapes.append("case \(round) (\(mutation)): question \(question.id)") }
            }
        }
        #expect(rawEscapes.isEmpty, "\(rawEscapes.prefix(5))")
        #expect(slowest < 5, "one load took \(slowest) s")
        #expect(outcomes.diagnostics > Self.cases / 4, "the mutations must reach the checks")
        print("fuzz: \(Self.cases) cases, 0 traps, \(rawEscapes.count) raw escapes, slowest load \(String(format: "%.3f", slowest)) s")
    }
}
