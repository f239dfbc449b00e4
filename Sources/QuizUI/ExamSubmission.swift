import QuizEngine

/// The end of an exam: submitting it.
extension AppModel {
    /// Grades the exam, files every answer (unanswered ones as wrong) and shows the results.
    mutating func submitExam(_ session: ExamSession) -> [Effect] {
        var finished = session
        finished.submit()
        let perQuestion = finished.items.isEmpty ? 0 : finished.usedSeconds / Double(finished.items.count)
        let records = zip(finished.items, finished.answers).map { item, chosen in
            item.record(chosen, seconds: perQuestion, mode: .exam)
        }
        remember(records)
        log.exams.append(ExamOutcome(
            exam: finished.preset.exam, takenAt: now, correct: finished.score.correct, total: finished.score.total
        ))
        show(.examResults(ExamResultsBrowser(session: finished)))
        return [.submitExam(finished.snapshot, finished.score, records)]
    }
}
