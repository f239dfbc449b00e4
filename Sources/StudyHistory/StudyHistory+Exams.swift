import Foundation
import GRDB
import QuizEngine

extension StudyHistory {
    /// Saves an exam in progress under its id. An exam already submitted or discarded (in
    /// another window, say) is never brought back: nothing is saved and the answer is false.
    @discardableResult
    public func saveExam(_ snapshot: ExamSnapshot, at date: Date = Date()) throws -> Bool {
        let json = try Self.json(snapshot)
        return try database.write { db in
            try db.execute(
                sql: """
                INSERT INTO exam (examID, exam, snapshot, status, startedAt, updatedAt) VALUES (?, ?, ?, 'inProgress', ?, ?)
                ON CONFLICT(examID) DO UPDATE SET snapshot = excluded.snapshot, updatedAt = excluded.updatedAt
                WHERE exam.status = 'inProgress'
                """,
                arguments: [snapshot.id, snapshot.preset.exam.rawValue, json, date, date]
            )
            return db.changesCount > 0
        }
    }

    /// Grades the exam and files its answers in one transaction: both are saved, or
    /// neither. Returns false, saving nothing, when the exam was already submitted or
    /// discarded (in another window, say), so an exam is never recorded twice.
    @discardableResult
    public func submitExam(
        _ snapshot: ExamSnapshot, score: Score, answers: [AnswerRecord], at date: Date = Date()
    ) throws -> Bool {
        let json = try Self.json(snapshot)
        return try database.write { db in
            let status = try String.fetchOne(db, sql: "SELECT status FROM exam WHERE examID = ?", arguments: [snapshot.id])
            if let status, status != StoredExam.Status.inProgress.rawValue { return false }
            try db.execute(
                sql: """
                INSERT INTO exam (examID, exam, snapshot, status, startedAt, updatedAt, correct, total)
                VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?)
                ON CONFLICT(examID) DO UPDATE SET snapshot = excluded.snapshot, status = 'submitted',
                    updatedAt = excluded.updatedAt, correct = excluded.correct, total = excluded.total
                """,
                arguments: [snapshot.id, snapshot.preset.exam.rawValue, json, date, date, score.correct, score.total]
            )
            for answer in answers { try Self.insert(answer, at: date, in: db) }
            return true
        }
    }

    /// Gives up an exam in progress; it stays in the file, marked abandoned.
    public func discardExam(id: String, at date: Date = Date()) throws {
        try database.write { db in
            try db.execute(
                sql: "UPDATE exam SET status = 'abandoned', updatedAt = ? WHERE examID = ? AND status = 'inProgress'",
                arguments: [date, id]
            )
        }
    }

    /// Every exam left in progress, the most recently used first.
    public func inProgressExams() throws -> HistoryRead<[StoredExam]> {
        try exams(where: "status = 'inProgress'", order: "updatedAt DESC, id DESC")
    }

    /// Every exam, finished or not, the most recently started first.
    public func allExams() throws -> HistoryRead<[StoredExam]> {
        try exams(where: "1", order: "startedAt DESC, id DESC")
    }

    private func exams(where condition: String, order: String) throws -> HistoryRead<[StoredExam]> {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM exam WHERE \(condition) ORDER BY \(order)")
            let exams = rows.compactMap(LogDecoding.exam)
            return HistoryRead(value: exams, skipped: rows.count - exams.count)
        }
    }

    private static func json(_ snapshot: ExamSnapshot) throws -> String {
        String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
    }
}
