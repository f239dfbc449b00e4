import Foundation
import GRDB
import QuizEngine

/// The file was written by a newer awsquiz; it is left untouched.
public struct NewerSchema: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path) was written by a newer awsquiz; it is left untouched" }
}

/// What a user did across sessions, in one SQLite file in the data directory: every
/// answer the moment it is given, and the exam in progress after every change.
public final class StudyHistory {
    public static let fileName = "history.sqlite"

    private let database: DatabaseQueue
    /// Set when a damaged file was moved aside on opening; the user must be told.
    public let setAsidePath: String?

    /// Opens (creating if needed) the history in `directory`. A file that is not a
    /// readable database is renamed aside, never deleted, and a fresh one is started.
    /// `prepare` runs on the connection before use; tests use it to simulate a full disk.
    public init(directory: String, prepare: (@Sendable (Database) throws -> Void)? = nil) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent(Self.fileName)
        do {
            database = try Self.open(path, prepare: prepare)
            setAsidePath = nil
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            let aside = path + ".damaged-" + String(Int(Date().timeIntervalSince1970))
            try FileManager.default.moveItem(atPath: path, toPath: aside)
            database = try Self.open(path, prepare: prepare)
            setAsidePath = aside
        }
    }

    private static func open(_ path: String, prepare: (@Sendable (Database) throws -> Void)?) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        if let prepare { configuration.prepareDatabase(prepare) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in _ = try Int.fetchOne(db, sql: "PRAGMA schema_version") }
        if try queue.read({ try HistorySchema.migrator.hasBeenSuperseded($0) }) { throw NewerSchema(path: path) }
        try HistorySchema.migrator.migrate(queue)
        return queue
    }

    /// Saves answers at once, in one transaction.
    public func record(_ answers: [AnswerRecord], at date: Date = Date()) throws {
        try database.write { db in
            for answer in answers {
                try db.execute(
                    sql: """
                    INSERT INTO answer (questionID, chosen, isCorrect, secondsTaken, mode, answeredAt, keyFingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    arguments: [
                        answer.questionID, answer.chosen.map(String.init).joined(separator: ","), answer.isCorrect,
                        answer.secondsTaken, answer.mode.rawValue, date, answer.keyFingerprint,
                    ]
                )
            }
        }
    }

    /// Saves the exam in progress (one at a time), or closes it with its score once submitted.
    public func saveExam(_ snapshot: ExamSnapshot, score: Score? = nil, at date: Date = Date()) throws {
        let json = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        try database.write { db in
            let openID = try Int64.fetchOne(db, sql: "SELECT id FROM exam WHERE status = 'inProgress' ORDER BY id DESC LIMIT 1")
            if let openID {
                try db.execute(
                    sql: "UPDATE exam SET snapshot = ?, status = ?, updatedAt = ?, correct = ?, total = ? WHERE id = ?",
                    arguments: [json, snapshot.status.rawValue, date, score?.correct, score?.total, openID]
                )
            } else {
                try db.execute(
                    sql: """
                    INSERT INTO exam (exam, snapshot, status, startedAt, updatedAt, correct, total)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    arguments: [snapshot.preset.exam.rawValue, json, snapshot.status.rawValue, date, date, score?.correct, score?.total]
                )
            }
        }
    }

    /// The exam left in progress by an earlier session, if any.
    public func inProgressExam() throws -> ExamSnapshot? {
        let json = try database.read { db in
            try String.fetchOne(db, sql: "SELECT snapshot FROM exam WHERE status = 'inProgress' ORDER BY id DESC LIMIT 1")
        }
        guard let json else { return nil }
        return try JSONDecoder().decode(ExamSnapshot.self, from: Data(json.utf8))
    }

    /// Gives up the exam in progress; it stays in the file, marked abandoned.
    public func abandonExam(at date: Date = Date()) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE exam SET status = 'abandoned', updatedAt = ? WHERE status = 'inProgress'", arguments: [date])
        }
    }

    /// All answers and submitted exams, oldest first, for review and stats.
    public func log() throws -> StudyLog {
        try database.read { db in
            let answers = try Row.fetchAll(db, sql: "SELECT * FROM answer ORDER BY answeredAt, id").map { row in
                let chosenText: String = row["chosen"]
                let record = AnswerRecord(
                    questionID: row["questionID"],
                    chosen: chosenText.split(separator: ",").compactMap { Int($0) },
                    isCorrect: row["isCorrect"], secondsTaken: row["secondsTaken"],
                    mode: AnswerRecord.Mode(rawValue: row["mode"]) ?? .drill, keyFingerprint: row["keyFingerprint"]
                )
                return LoggedAnswer(record: record, answeredAt: row["answeredAt"])
            }
            let exams = try Row.fetchAll(
                db, sql: "SELECT exam, updatedAt, correct, total FROM exam WHERE status = 'submitted' AND total > 0 ORDER BY updatedAt"
            ).compactMap { row -> ExamOutcome? in
                guard let exam = Exam(rawValue: row["exam"]) else { return nil }
                return ExamOutcome(exam: exam, takenAt: row["updatedAt"], correct: row["correct"], total: row["total"])
            }
            return StudyLog(answers: answers, exams: exams)
        }
    }
}
