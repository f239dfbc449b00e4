import Foundation
import GRDB
import QuizEngine

extension StudyHistory {
    /// Keeps a comment on an item; the text is cut to `ItemComment.maximumLength` characters.
    public func record(_ comment: ItemComment) throws {
        try database.write { db in
            try db.execute(
                sql: "INSERT INTO comment (questionID, text, createdAt) VALUES (?, ?, ?)",
                arguments: [comment.questionID, String(comment.text.prefix(ItemComment.maximumLength)), comment.createdAt]
            )
        }
    }

    /// Every comment, oldest first. Rows that cannot be decoded are skipped and counted.
    public func comments() throws -> HistoryRead<[ItemComment]> {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM comment ORDER BY createdAt, id")
            let comments = rows.compactMap(LogDecoding.comment)
            return HistoryRead(value: comments, skipped: rows.count - comments.count)
        }
    }
}
