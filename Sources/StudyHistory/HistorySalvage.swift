import Foundation
import GRDB
import QuizEngine

/// Rescues what can still be read from a history file set aside as damaged.
enum HistorySalvage {
    /// Copies the answers SQLite can still read from `damagedPath` (scanning the table,
    /// not its possibly damaged indexes) into `history`, and returns how many. It stops
    /// where the damage stops the scan; the damaged file itself stays as it is, so nothing
    /// it could not read is lost.
    static func copyAnswers(from damagedPath: String, into history: StudyHistory) -> Int {
        var rescued: [(AnswerRecord, Date)] = []
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let damaged = try DatabaseQueue(path: damagedPath, configuration: configuration)
            defer { try? damaged.close() }
            try damaged.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM answer NOT INDEXED ORDER BY rowid")
                while let row = try rows.next() {
                    if let answer = LogDecoding.answer(row) { rescued.append((answer.record, answer.answeredAt)) }
                }
            }
        } catch {
            // The scan ends at the damage; what was read before it is copied below.
        }
        do {
            try history.database.write { db in
                for (record, date) in rescued { try StudyHistory.insert(record, at: date, in: db) }
            }
            return rescued.count
        } catch {
            return 0
        }
    }
}
