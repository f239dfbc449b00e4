import Foundation

/// One answer with when it was given.
public struct LoggedAnswer: Sendable, Hashable {
    public let record: AnswerRecord
    public let answeredAt: Date

    public init(record: AnswerRecord, answeredAt: Date) {
        self.record = record
        self.answeredAt = answeredAt
    }
}

/// A submitted practice exam, for stats.
public struct ExamOutcome: Sendable, Hashable, Codable {
    public let exam: Exam
    public let takenAt: Date
    public let correct: Int
    public let total: Int

    public init(exam: Exam, takenAt: Date, correct: Int, total: Int) {
        self.exam = exam
        self.takenAt = takenAt
        self.correct = correct
        self.total = total
    }

    public var scaledScoreEstimate: Int { ScaledScore.estimate(Score(correct: correct, total: total)) }
    public var passed: Bool { scaledScoreEstimate >= ExamPreset.standard(exam).passingScore }
}

/// Everything the user did, as review and stats read it.
public struct StudyLog: Sendable, Hashable {
    public var answers: [LoggedAnswer]
    public var exams: [ExamOutcome]

    public init(answers: [LoggedAnswer] = [], exams: [ExamOutcome] = []) {
        self.answers = answers
        self.exams = exams
    }

    /// The answers that still speak about `question`: those given to its current key.
    public func answers(to question: Question) -> [LoggedAnswer] {
        let key = question.keyFingerprint
        return answers.filter { $0.record.questionID == question.id && ($0.record.keyFingerprint ?? key) == key }
    }

    /// Answers per question id, restricted to each question's current key.
    public func answersByQuestion(in bank: Bank) -> [String: [LoggedAnswer]] {
        let keys = Dictionary(bank.questions.map { ($0.id, $0.keyFingerprint) }, uniquingKeysWith: { first, _ in first })
        var result: [String: [LoggedAnswer]] = [:]
        for answer in answers {
            guard let key = keys[answer.record.questionID], (answer.record.keyFingerprint ?? key) == key else { continue }
            result[answer.record.questionID, default: []].append(answer)
        }
        return result
    }
}
