import Foundation
import GRDB
import QuizEngine

/// The answer log folded per item (`StudyProgress`), kept in the `itemTally` table: each
/// answer is folded in by the transaction that inserts it, so reading progress costs one
/// row per item and key, however long the log. Only the migration that creates the table
/// and `rebuildProgress()` replay the whole log.
extension StudyHistory {
    /// The per-item tallies and the submitted exams. Rows that cannot be decoded are
    /// skipped and counted; a read that fails throws.
    public func progress() throws -> HistoryRead<StudyProgress> {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(ItemTallyRow.columns) FROM itemTally")
            var items: [String: StudyProgress.ItemHistory] = [:]
            var skipped = 0
            while let row = try rows.next() {
                guard let (id, key, tally) = ItemTallyRow.decode(row) else {
                    skipped += 1
                    continue
                }
                if let key { items[id, default: .init()].byKey[key] = tally } else { items[id, default: .init()].unkeyed = tally }
            }
            let exams = try Self.submittedExams(in: db)
            return HistoryRead(value: StudyProgress(items: items, exams: exams.value), skipped: skipped + exams.skipped)
        }
    }

    /// Replays the whole answer log into the tallies, replacing what they held: for
    /// `awsquiz stats --rebuild`, and what a test compares the kept tallies with. Answer
    /// rows that cannot be decoded are left out and counted.
    @discardableResult
    public func rebuildProgress() throws -> HistoryRead<Void> {
        try database.write { db in HistoryRead(value: (), skipped: try Self.rebuildProgress(in: db)) }
    }

    /// Returns how many answer rows could not be decoded.
    @discardableResult
    static func rebuildProgress(in db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM itemTally")
        var progress = StudyProgress()
        var skipped = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM answer ORDER BY answeredAt, id")
        while let row = try rows.next() {
            if let answer = LogDecoding.answer(row) { progress.record(answer) } else { skipped += 1 }
        }
        for (id, item) in progress.items { try write(item, of: id, in: db) }
        return skipped
    }

    /// Folds one answer, just inserted, into its item's tallies, in the same transaction.
    static func fold(_ answer: LoggedAnswer, in db: Database) throws {
        let id = answer.record.questionID
        var item = StudyProgress.ItemHistory()
        let sql = "SELECT \(ItemTallyRow.columns) FROM itemTally WHERE questionID = ?"
        for row in try Row.fetchAll(db, sql: sql, arguments: [id]) {
            guard let (_, key, tally) = ItemTallyRow.decode(row) else { continue }
            if let key { item.byKey[key] = tally } else { item.unkeyed = tally }
        }
        try write(item.recording(answer), of: id, in: db)
    }

    private static func write(_ item: StudyProgress.ItemHistory, of id: String, in db: Database) throws {
        if let unkeyed = item.unkeyed { try ItemTallyRow.write(unkeyed, of: id, key: nil, in: db) }
        for (key, tally) in item.byKey { try ItemTallyRow.write(tally, of: id, key: key, in: db) }
    }
}
