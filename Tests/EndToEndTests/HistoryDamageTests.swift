import Foundation
import GRDB
import QuizEngine
import StudyHistory
import Testing

/// A damaged history as the commands meet it: never a trap, never a silently empty
/// history; a damaged row is skipped and counted, a damaged file set aside, and the user
/// is told.
@Suite struct HistoryDamageTests {
    /// A history of `count` answers over the shipped bank's questions, closed and checkpointed.
    func history(answers count: Int) throws -> String {
        let directory = Probe.dataDirectory()
        let ids = try #require(Probe.bank).questions.map(\.id)
        let history = try StudyHistory(directory: directory)
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        for index in 0..<count {
            try history.record(
                [AnswerRecord(questionID: ids[index % ids.count], chosen: [index % 4], isCorrect: index % 3 == 0, secondsTaken: 9, mode: .drill)],
                at: base.addingTimeInterval(Double(index) * 600)
            )
        }
        return directory
    }

    /// An answer row damaged after it was saved: its item's kept tally already holds it, so
    /// stats still count it; a rebuild, which replays the log, skips it, counts it and says so.
    /// A damaged tally row is skipped and told the same way.
    @Test func aDamagedDateIsSkippedCountedAndTold() throws {
        let directory = try history(answers: 30)
        let queue = try DatabaseQueue(path: directory + "/" + StudyHistory.fileName)
        try queue.write { try $0.execute(sql: "UPDATE answer SET answeredAt = '2026-1З-01 ??' WHERE id = 7") }
        let kept = try Probe.run(["stats", "--json", "--lang", "en", "--data-dir", directory])
        #expect(Probe.countedAnswers(kept.output) == 30)
        let run = try Probe.run(["stats", "--json", "--rebuild", "--lang", "en", "--data-dir", directory])
        #expect(run.status == 0, "\(run.errors)")
        #expect(Probe.countedAnswers(run.output) == 29)
        #expect(run.errors.contains("1 damaged row of the history file could not be read and was skipped"))
        try queue.write { try $0.execute(sql: "UPDATE itemTally SET total = -3 WHERE rowid = 1") }
        try queue.close()
        let tally = try Probe.run(["stats", "--json", "--lang", "en", "--data-dir", directory])
        #expect(tally.status == 0, "\(tally.errors)")
        #expect(tally.errors.contains("1 damaged row of the history file could not be read and was skipped"))
    }

    /// Bits flipped at random in a history of 400 answers, AWSQUIZ_PROBE_TRIALS times
    /// (default 20): `stats` must never trap or hang, and never show an empty history
    /// without saying why.
    @Test(.timeLimit(.minutes(10)))
    func byteFlipsNeverTrapNorGoSilentlyEmpty() throws {
        let directory = try history(answers: 400)
        let path = directory + "/" + StudyHistory.fileName
        let pristine = try #require(FileManager.default.contents(atPath: path))
        let trials = Probe.trials(standard: 20)
        var traps = 0, silentEmpty = 0, told = 0, setAside = 0
        for _ in 0..<trials {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasPrefix("history.sqlite") {
                try FileManager.default.removeItem(atPath: directory + "/" + name)
            }
            var bytes = [UInt8](pristine)
            for _ in 0..<Int.random(in: 1...8) {
                bytes[Int.random(in: 0..<bytes.count)] ^= UInt8(1 << Int.random(in: 0...7))
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let run = try Probe.run(["stats", "--json", "--lang", "en", "--data-dir", directory])
            if run.signaled || run.status >= 128 { traps += 1 }
            if !run.errors.isEmpty { told += 1 }
            if run.errors.contains("was damaged") { setAside += 1 }
            if run.status == 0, Probe.countedAnswers(run.output) == 0, run.errors.isEmpty { silentEmpty += 1 }
        }
        print("probe: byte flips in the history: \(trials) trials, \(traps) traps, \(silentEmpty) silent empty histories, \(told) told (\(setAside) set aside)")
        #expect(traps == 0)
        #expect(silentEmpty == 0)
    }
}
