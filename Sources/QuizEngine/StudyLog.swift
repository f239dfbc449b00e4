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

    /// For each question of the bank, in bank order, the positions in `answers` of the
    /// answers that still speak about it: those given to its current key.
    public func answerPositions(in bank: Bank) -> [[Int]] {
        guard !answers.isEmpty else { return Array(repeating: [], count: bank.questions.count) }
        var questionIndex: [String: Int] = [:]
        questionIndex.reserveCapacity(bank.questions.count)
        for (index, question) in bank.questions.enumerated() where questionIndex[question.id] == nil {
            questionIndex[question.id] = index
        }
        var keys = [String?](repeating: nil, count: bank.questions.count)
        var result = Array(repeating: [Int](), count: bank.questions.count)
        answers.withUnsafeBufferPointer { answers in
            for position in answers.indices {
                guard let index = questionIndex[answers[position].record.questionID] else { continue }
                if let fingerprint = answers[position].record.keyFingerprint {
                    let key = keys[index] ?? bank.questions[index].keyFingerprint
                    keys[index] = key
                    guard fingerprint == key else { continue }
                }
                result[index].append(position)
            }
        }
        return result
    }

    /// Right answers out of answers per service domain id, counting only answers to each
    /// question's current key. `positions` is `answerPositions(in:)`, when already at hand.
    public func scoresByDomain(in bank: Bank, positions: [[Int]]? = nil) -> [String: Score] {
        var scores: [String: Score] = [:]
        for (index, questionPositions) in (positions ?? answerPositions(in: bank)).enumerated() {
            let domain = bank.questions[index].domainID
            for position in questionPositions {
                scores[domain, default: Score()].add(answers[position].record.isCorrect)
            }
        }
        return scores
    }
}
