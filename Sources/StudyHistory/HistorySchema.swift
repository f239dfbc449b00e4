import GRDB

/// The history file's schema, one migration per version; GRDB records which have run.
enum HistorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "answer") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("questionID", .text).notNull().indexed()
                table.column("chosen", .text).notNull()
                table.column("isCorrect", .boolean).notNull()
                table.column("secondsTaken", .double).notNull()
                table.column("mode", .text).notNull()
                table.column("answeredAt", .datetime).notNull().indexed()
            }
            try db.create(table: "exam") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("exam", .text).notNull()
                table.column("snapshot", .text).notNull()
                table.column("status", .text).notNull().indexed()
                table.column("startedAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
                table.column("correct", .integer)
                table.column("total", .integer)
            }
        }
        migrator.registerMigration("v2-key-fingerprint") { db in
            try db.alter(table: "answer") { table in
                table.add(column: "keyFingerprint", .text)
            }
        }
        // Every exam has its own id, so two exams in progress never share a row. Rows from
        // before get one made from their row id.
        migrator.registerMigration("v3-exam-id") { db in
            try db.alter(table: "exam") { table in
                table.add(column: "examID", .text)
            }
            try db.execute(sql: "UPDATE exam SET examID = 'legacy-' || id")
            try db.create(index: "exam_on_examID", on: "exam", columns: ["examID"], unique: true)
        }
        migrator.registerMigration("v4-comments") { db in
            try db.create(table: "comment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("questionID", .text).notNull().indexed()
                table.column("text", .text).notNull()
                table.column("createdAt", .datetime).notNull()
            }
        }
        // Questions the user flagged in a drill or review to come back to; unflagging
        // deletes the row.
        migrator.registerMigration("v5-flags") { db in
            try db.create(table: "flag") { table in
                table.primaryKey("questionID", .text)
                table.column("flaggedAt", .datetime).notNull()
            }
        }
        // Per-item tallies (`StudyHistory+Progress`), kept current as answers are saved;
        // filled here once by replaying the answers saved before.
        migrator.registerMigration("v6-item-tallies") { db in
            try db.create(table: "itemTally") { table in
                table.column("questionID", .text).notNull()
                table.column("keyFingerprint", .text).notNull()
                table.column("correct", .integer).notNull()
                table.column("total", .integer).notNull()
                table.column("lastMissedAt", .double)
                table.column("lastWrongChoice", .text)
                table.column("cardState", .text)
                table.column("cardStep", .integer)
                table.column("stability", .double)
                table.column("difficulty", .double)
                table.column("due", .double)
                table.column("lastReview", .double)
                table.column("recentDays", .blob).notNull()
                table.primaryKey(["questionID", "keyFingerprint"])
            }
            try StudyHistory.rebuildProgress(in: db)
        }
        return migrator
    }
}
