import Foundation
import GRDB
import QuizEngine

extension StudyHistory {
    /// Flags or unflags a question, to drill the flagged ones later.
    public func setFlag(_ questionID: String, flagged: Bool, at date: Date = Date()) throws {
        try database.write { db in
            if flagged {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO flag (questionID, flaggedAt) VALUES (?, ?)", arguments: [questionID, date]
                )
            } else {
                try db.execute(sql: "DELETE FROM flag WHERE questionID = ?", arguments: [questionID])
            }
        }
    }

    /// The ids of every flagged question (a row is only an id, so none is ever skipped).
    public func flags() throws -> HistoryRead<Set<String>> {
        try database.read { db in HistoryRead(value: Set(try String.fetchAll(db, sql: "SELECT questionID FROM flag")), skipped: 0) }
    }
}
