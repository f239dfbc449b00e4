import Foundation
import GRDB
import QuizEngine
@testable import StudyHistory
import Testing

/// The `itemTally` table, kept answer by answer as answers are saved, always equals the
/// full replay of the answer log: over many items, every mode, answers from before keys
/// were recorded and keys that change; after the migration that creates it; after a rebuild.
@Suite struct ItemTallyTableTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-tally-\(UUID().uuidString)").path

    /// Batches of answers, oldest first: 40 items, every mode, a fifth of the early answers
    /// without a key, and each item's key moving from r1 to r2 (some items back to r1) as
    /// time goes on; right and wrong mixed so cards are made, relearned and graduated.
    static func generatedBatches(seed: UInt64 = 7, batches: Int = 60) -> [(date: Date, answers: [AnswerRecord])] {
        var generator = SeededGenerator(seed: seed)
        let modes: [AnswerRecord.Mode] = [.drill, .exam, .review, .cram]
        var date = Date(timeIntervalSince1970: 1_790_000_000)
        return (0..<batches).map { batch in
            date = date.addingTimeInterval(Double(generator.next() % 3 * 86400 + generator.next() % 7200) + 0.123_456)
            let answers = (0..<(1 + Int(generator.next() % 8))).map { _ in
                let item = Int(generator.next() % 40)
                let key: String? = switch batch {
                case ..<10 where generator.next() % 5 == 0: nil
                case ..<30: "r1"
                default: item % 7 == 0 ? "r1" : "r2"
                }
                return AnswerRecord(
                    questionID: "item-\(item)", chosen: [Int(generator.next() % 4)], isCorrect: generator.next() % 3 != 0,
                    secondsTaken: 12, mode: modes[Int(generator.next() % 4)], keyFingerprint: key
                )
            }
            return (date, answers)
        }
    }

    @Test func theKeptTalliesEqualTheFullReplayOfTheLog() throws {
        let history = try StudyHistory(directory: directory)
        for batch in Self.generatedBatches() { try history.record(batch.answers, at: batch.date) }
        let kept = try history.progress().value
        let log = try history.log().value
        #expect(log.answers.count > 200)
        #expect(kept.items.count == 40)
        #expect(kept.items.values.contains { $0.unkeyed != nil && $0.byKey.count == 2 }, "the log has unkeyed answers and key changes")
        #expect(kept.items.values.contains { $0.byKey.values.contains { $0.card?.state == .review } })
        let replayed = StudyProgress(log: log)
        for id in Set(kept.items.keys).union(replayed.items.keys).sorted() {
            #expect(kept.items[id] == replayed.items[id], "\(id)")
        }
        #expect(kept.exams == replayed.exams)
        try history.rebuildProgress()
        #expect(try history.progress().value == kept, "a rebuild gives back what was kept")
    }

    @Test func anExamSubmittedFoldsItsAnswersInTheSameTransaction() throws {
        let history = try StudyHistory(directory: directory)
        let snapshot = ExamSnapshot(
            id: "exam-a", preset: .standard(.saa), seed: 1, items: [ExamSnapshot.Item(questionID: "item-1", choiceOrder: [0, 1, 2, 3])],
            answers: [[1]], flagged: [], index: 0, remainingSeconds: 0, status: .submitted
        )
        let missed = AnswerRecord(questionID: "item-1", chosen: [1], isCorrect: false, secondsTaken: 5, mode: .exam, keyFingerprint: "r1")
        #expect(try history.submitExam(snapshot, score: Score(correct: 0, total: 1), answers: [missed]))
        let tally = try #require(try history.progress().value.items["item-1"]?.byKey["r1"])
        #expect(tally.score == Score(correct: 0, total: 1))
        #expect(tally.lastWrongChoice == [1])
        #expect(tally.card != nil)
        #expect(try history.progress().value.exams.count == 1)
    }

    @Test func theMigrationFillsTheTableFromAnswersSavedBefore() throws {
        let path = (directory as NSString).appendingPathComponent(StudyHistory.fileName)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let older = try DatabaseQueue(path: path)
        try HistorySchema.migrator.migrate(older, upTo: "v4-comments")
        let batches = Self.generatedBatches(seed: 11, batches: 30)
        try older.write { db in
            for batch in batches {
                for answer in batch.answers {
                    try db.execute(
                        sql: "INSERT INTO answer (questionID, chosen, isCorrect, secondsTaken, mode, answeredAt, keyFingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: [answer.questionID, "\(answer.chosen[0])", answer.isCorrect, 1.0, answer.mode.rawValue, batch.date, answer.keyFingerprint]
                    )
                }
            }
        }
        try older.close()
        let history = try StudyHistory(directory: directory)
        let kept = try history.progress().value
        #expect(!kept.items.isEmpty)
        #expect(kept == StudyProgress(log: try history.log().value))
    }

    /// Counts out of range, a card the scheduler could not work with (a negative step, a
    /// stability that is not positive, a date centuries away): each such row is skipped
    /// and counted, never trusted, so a later answer never traps in the scheduler.
    @Test(arguments: [
        "correct = 5", "total = -3", "cardStep = -1", "stability = -1", "difficulty = 0", "due = 1e300", "lastMissedAt = 1e300",
        "recentDays = x'0102'",
    ])
    func aDamagedTallyRowIsSkippedAndCounted(damage: String) throws {
        let history = try StudyHistory(directory: directory)
        let missed = AnswerRecord(questionID: "a", chosen: [0], isCorrect: false, secondsTaken: 1, mode: .drill, keyFingerprint: "r1")
        try history.record([missed])
        try history.record([AnswerRecord(questionID: "b", chosen: [0], isCorrect: true, secondsTaken: 1, mode: .drill, keyFingerprint: "r1")])
        #expect(try history.progress().skipped == 0)
        try history.database.write { db in try db.execute(sql: "UPDATE itemTally SET \(damage) WHERE questionID = 'a'") }
        let read = try history.progress()
        #expect(read.skipped == 1)
        #expect(read.value.items.keys.sorted() == ["b"])
    }
}
