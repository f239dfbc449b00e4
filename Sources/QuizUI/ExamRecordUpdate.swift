import QuizEngine

/// What history says back about an exam: open in another window, finished in another
/// window, or not filed.
extension AppModel {
    /// Another window has the exam just opened here: it goes back to the list, marked so.
    mutating func examIsOpenElsewhere(_ id: String) {
        guard case .exam(let exam) = page, exam.session.id == id else { return }
        pendingExams.insert(PendingExam(session: exam.session, openElsewhere: true), at: 0)
        show(.resumeOffer(ResumeOffer(cursor: 0, next: nil, notice: UIText.examOpenElsewhere)))
    }

    /// Another window submitted or discarded the exam meanwhile: playing on would save
    /// nothing, so it closes here and says why; results of it are not counted twice.
    mutating func examIsFinishedElsewhere(_ id: String) {
        pendingExams.removeAll { $0.session.id == id }
        switch page {
        case .exam(let exam) where exam.session.id == id:
            show(.menu(MenuScreen(notice: UIText.examFinishedElsewhere)))
        case .examResults(let review) where review.session.id == id:
            forget(review.session)
            saveWarning = UIText.examFinishedElsewhere
        default: break
        }
    }

    /// Takes a submitted exam's answers and outcome, just filed in this session's log, out again.
    private mutating func forget(_ session: ExamSession) {
        log.answers.removeLast(min(session.answerRecords.count, log.answers.count))
        log.exams.removeLast(min(1, log.exams.count))
    }

    /// The exam could not be filed: it stays in progress (as history still holds it), its
    /// answers leave this session's figures again, and the warning says to submit it again.
    mutating func submitFailed(_ id: String, reason: LocalizedText) {
        saveWarning = reason
        guard case .examResults(let review) = page, review.session.id == id,
              !pendingExams.contains(where: { $0.session.id == id })
        else { return }
        let session = review.session
        forget(session)
        pendingExams.insert(PendingExam(session: session.reopened()), at: 0)
    }
}
