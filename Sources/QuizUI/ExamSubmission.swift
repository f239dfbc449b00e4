import QuizEngine

/// The end of an exam: submitting it, and drilling its misses.
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

    /// "Drill my misses": exactly the questions answered wrong or left unanswered.
    mutating func drillMisses(_ session: ExamSession) {
        let missed = session.items.indices.filter { !session.graded[$0].isCorrect }.map { session.items[$0].question }
        startDrill(of: missed, title: UIText.myMisses)
    }
}
