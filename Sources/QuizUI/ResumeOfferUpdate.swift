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
            if case .character("y") = key, pendingExams.indices.contains(cursor) {
                let id = pendingExams.remove(at: cursor).session.id
                offer.cursor = max(0, min(cursor, pendingExams.count - 1))
                page = pendingExams.isEmpty ? .menu(cursor: 0) : .resumeOffer(offer)
                return [.discardExam(id: id)]
            }
            page = .resumeOffer(offer)
            return []
        }
        switch key {
        case .up, .character("k"):
            offer.cursor = max(0, cursor - 1)
        case .down, .character("j"):
            offer.cursor = min(pendingExams.count - 1, cursor + 1)
        case .enter, .space, .character("r"):
            guard pendingExams.indices.contains(cursor) else { break }
            if pendingExams[cursor].openElsewhere {
                offer.notice = UIText.examOpenElsewhere
                break
            }
            let session = pendingExams.remove(at: cursor).session
            showPage(.exam(ExamState(session: session)))
            return [.saveExam(session.snapshot)]
        case .character("d"):
            guard pendingExams.indices.contains(cursor) else { break }
            if pendingExams[cursor].openElsewhere {
                offer.notice = UIText.examOpenElsewhere
            } else {
                offer.confirmingDiscard = true
            }
        case .character("n"):
            openExam(offer.next ?? .standard(pendingExams.indices.contains(cursor) ? pendingExams[cursor].session.preset.exam : .sap))
            return []
        case .escape, .character("q"):
            showPage(.menu(cursor: 0))
            return []
        default: break
        }
        page = .resumeOffer(offer)
        keepFocusVisible()
        return []
    }
}
