import QuizEngine

extension AppModel {
    /// The exams in progress: Enter resumes the one under the cursor, `d` discards it
    /// (after a `y`), `n` starts a new exam and leaves them all as they are.
    mutating func handleResumeOffer(_ key: Key, offer: ResumeOffer) -> [Effect] {
        var offer = offer
        offer.notice = nil
        let cursor = min(offer.cursor, pendingExams.count - 1)
        if offer.confirmingDiscard {
            offer.confirmingDiscard = false
            if case .yes = ScreenKeys.confirm(ScreenKeys.discardText).action(for: key), pendingExams.indices.contains(cursor) {
                let id = pendingExams.remove(at: cursor).session.id
                offer.cursor = max(0, min(cursor, pendingExams.count - 1))
                page = pendingExams.isEmpty ? .menu(cursor: 0) : .resumeOffer(offer)
                return [.discardExam(id: id)]
            }
            page = .resumeOffer(offer)
            return []
        }
        switch ScreenKeys.resumeOffer.action(for: key) {
        case .up:
            offer.cursor = max(0, cursor - 1)
        case .down:
            offer.cursor = min(pendingExams.count - 1, cursor + 1)
        case .resume:
            guard pendingExams.indices.contains(cursor) else { break }
            if pendingExams[cursor].openElsewhere {
                offer.notice = UIText.examOpenElsewhere
                break
            }
            let session = pendingExams.remove(at: cursor).session
            showPage(.exam(ExamState(session: session)))
            return [.saveExam(session.snapshot)]
        case .discard:
            guard pendingExams.indices.contains(cursor) else { break }
            if pendingExams[cursor].openElsewhere {
                offer.notice = UIText.examOpenElsewhere
            } else {
                offer.confirmingDiscard = true
            }
        case .new:
            openExam(offer.next ?? .standard(pendingExams.indices.contains(cursor) ? pendingExams[cursor].session.preset.exam : .sap))
            return []
        case .back:
            showPage(.menu(cursor: 0))
            return []
        case nil: break
        }
        page = .resumeOffer(offer)
        keepFocusVisible()
        return []
    }
}
