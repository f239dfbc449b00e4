import QuizEngine

/// The end of an exam: submitting it, and drilling its misses.
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

    /// "Drill my misses": exactly the questions answered wrong or left unanswered.
    mutating func drillMisses(_ session: ExamSession) {
        let missed = session.items.indices.filter { !session.graded[$0].isCorrect }.map { session.items[$0].question }
        startDrill(of: missed, title: UIText.myMisses)
    }
}
