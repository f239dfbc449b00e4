import QuizEngine

/// The end of an exam: submitting it.
extension AppModel {
    /// Grades the exam, files its answers (unanswered ones as wrong; after a timeout, only
    /// the questions that were shown) and shows the results.
    mutating func submitExam(_ session: ExamSession) -> [Effect] {
        var finished = session
        finished.submit()
        let records = finished.answerRecords
        remember(records)
        log.exams.append(ExamOutcome(
            exam: finished.preset.exam, takenAt: now, correct: finished.score.correct, total: finished.score.total
        ))
        show(.examResults(ExamResultsBrowser(session: finished)))
        return [.submitExam(finished.snapshot, finished.score, records)]
    }
}
