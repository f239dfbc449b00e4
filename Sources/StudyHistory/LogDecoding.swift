import Foundation
import GRDB
import QuizEngine

/// Turns stored rows back into values without ever trapping: a row whose columns cannot
/// be decoded (a damaged date, say) gives nil, to be skipped and counted.
enum LogDecoding {
    static func answer(_ row: Row) -> LoggedAnswer? {
        guard let questionID = String.fromDatabaseValue(row["questionID"] as DatabaseValue),
              let chosenText = String.fromDatabaseValue(row["chosen"] as DatabaseValue),
              let isCorrect = Bool.fromDatabaseValue(row["isCorrect"] as DatabaseValue),
              let secondsTaken = Double.fromDatabaseValue(row["secondsTaken"] as DatabaseValue),
              let modeText = String.fromDatabaseValue(row["mode"] as DatabaseValue),
              let answeredAt = Date.fromDatabaseValue(row["answeredAt"] as DatabaseValue)
        else { return nil }
        let chosen = chosenText.split(separator: ",").map { Int($0) }
        guard !chosen.contains(nil) else { return nil }
        let fingerprintValue = row["keyFingerprint"] as DatabaseValue
        let record = AnswerRecord(
            questionID: questionID, chosen: chosen.compactMap { $0 }, isCorrect: isCorrect, secondsTaken: secondsTaken,
            mode: AnswerRecord.Mode(rawValue: modeText) ?? .drill,
            keyFingerprint: fingerprintValue.isNull ? nil : String.fromDatabaseValue(fingerprintValue)
        )
        return LoggedAnswer(record: record, answeredAt: answeredAt)
    }

    static func exam(_ row: Row) -> StoredExam? {
        guard let id = String.fromDatabaseValue(row["examID"] as DatabaseValue),
              let json = String.fromDatabaseValue(row["snapshot"] as DatabaseValue),
              let statusText = String.fromDatabaseValue(row["status"] as DatabaseValue),
              let status = StoredExam.Status(rawValue: statusText),
              let startedAt = Date.fromDatabaseValue(row["startedAt"] as DatabaseValue),
              let updatedAt = Date.fromDatabaseValue(row["updatedAt"] as DatabaseValue),
              let snapshot = try? JSONDecoder().decode(ExamSnapshot.self, from: Data(json.utf8))
        else { return nil }
        let correct = row["correct"] as DatabaseValue, total = row["total"] as DatabaseValue
        let score = Int.fromDatabaseValue(correct).flatMap { correct in
            Int.fromDatabaseValue(total).map { Score(correct: correct, total: $0) }
        }
        if let score, !(0...score.total).contains(score.correct) || score.total > ExamPreset.maximumQuestionCount {
            return nil
        }
        return StoredExam(
            id: id, snapshot: snapshot.with(id: id), status: status, startedAt: startedAt, updatedAt: updatedAt, score: score
        )
    }

    /// A submitted exam's outcome from its `exam, updatedAt, correct, total` columns: nil
    /// when they cannot be read, `.some(nil)` for an exam without questions (no outcome).
    static func outcome(_ row: Row) -> ExamOutcome?? {
        guard let exam = String.fromDatabaseValue(row[0]).flatMap(Exam.init(rawValue:)),
              let takenAt = Date.fromDatabaseValue(row[1]),
              let correct = Int.fromDatabaseValue(row[2]), let total = Int.fromDatabaseValue(row[3]),
              (0...ExamPreset.maximumQuestionCount).contains(total), (0...total).contains(correct)
        else { return nil }
        return .some(total > 0 ? ExamOutcome(exam: exam, takenAt: takenAt, correct: correct, total: total) : nil)
    }

    static func comment(_ row: Row) -> ItemComment? {
        guard let questionID = String.fromDatabaseValue(row["questionID"] as DatabaseValue),
              let text = String.fromDatabaseValue(row["text"] as DatabaseValue),
              let createdAt = Date.fromDatabaseValue(row["createdAt"] as DatabaseValue)
        else { return nil }
        return ItemComment(questionID: questionID, text: text, createdAt: createdAt)
    }
}
