import Foundation
import GRDB
import QuizEngine

extension StudyHistory {
    /// Saves answers at once, in one transaction, each folded into its item's tallies.
    public func record(_ answers: [AnswerRecord], at date: Date = Date()) throws {
        try database.write { db in
            for answer in answers { try Self.insert(answer, at: date, in: db) }
        }
    }

    /// Saves answers given at their own times (an import, the benchmark's log), in one transaction.
    public func record(_ answers: [LoggedAnswer]) throws {
        try database.write { db in
            for answer in answers { try Self.insert(answer.record, at: answer.answeredAt, in: db) }
        }
    }

    /// Inserts one answer and folds it into its item's tallies. The fold uses the date as
    /// stored (to the millisecond), so it matches a replay of the stored log exactly.
    static func insert(_ answer: AnswerRecord, at date: Date, in db: Database) throws {
        let stored = Date.fromDatabaseValue(date.databaseValue) ?? date
        try db.execute(
            sql: """
            INSERT INTO answer (questionID, chosen, isCorrect, secondsTaken, mode, answeredAt, keyFingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                answer.questionID, answer.chosen.map(String.init).joined(separator: ","), answer.isCorrect,
                answer.secondsTaken, answer.mode.rawValue, stored, answer.keyFingerprint,
            ]
        )
        try fold(LoggedAnswer(record: answer, answeredAt: stored), in: db)
    }

    /// All answers and submitted exams, oldest first, for review and stats. Rows that
    /// cannot be decoded are skipped and counted; a read that fails throws.
    public func log() throws -> HistoryRead<StudyLog> {
        try database.read { db in
            let answerRows = try Row.fetchAll(db, sql: "SELECT * FROM answer ORDER BY answeredAt, id")
            let answers = answerRows.compactMap(LogDecoding.answer)
            let exams = try Self.submittedExams(in: db)
            return HistoryRead(
                value: StudyLog(answers: answers, exams: exams.value), skipped: answerRows.count - answers.count + exams.skipped
            )
        }
    }

    /// The submitted exams' outcomes, oldest first, and how many rows could not be read.
    /// Only the columns an outcome needs are read: decoding every exam's snapshot took
    /// longer than reading every item's tally.
    static func submittedExams(in db: Database) throws -> HistoryRead<[ExamOutcome]> {
        let rows = try Row.fetchAll(
            db, sql: "SELECT exam, updatedAt, correct, total FROM exam WHERE status = 'submitted' ORDER BY updatedAt, id"
        )
        let exams = rows.compactMap(LogDecoding.outcome)
        return HistoryRead(value: exams.compactMap { $0 }, skipped: rows.count - exams.count)
    }
}
