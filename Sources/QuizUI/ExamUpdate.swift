import QuizEngine

extension AppModel {
    mutating func handleExamIntro(_ key: Key, intro: ExamIntro) -> [Effect] {
        switch key {
        case .enter, .space:
            guard !intro.items.isEmpty else { return [] }
            let session = ExamSession(id: takeExamID(), preset: intro.preset, seed: intro.seed, items: intro.items)
            showPage(.exam(ExamState(session: session)))
            return [.saveExam(session.snapshot)]
        case .escape, .character("q"):
            showPage(.menu(cursor: 0))
        default: break
        }
        return []
    }

    /// Keys while the grid, a question to confirm, or a notice is showing. Nil lets the key
    /// go on to the question (a notice is dismissed by any key, which still does its job).
    mutating func handleExamOverlay(_ key: Key, exam: inout ExamState) -> [Effect]? {
        if exam.notice != nil, exam.overlay == .none {
            exam.notice = nil
            page = .exam(exam)
            return nil
        }
        switch exam.overlay {
        case .none:
            return nil
        case .grid(let cursor):
            let columns = ReviewGridScreen.columns(width: bodyWidth)
            let last = exam.session.items.count - 1
            switch key {
            case .left, .character("h"): exam.overlay = .grid(cursor: max(0, cursor - 1))
            case .right, .character("l"): exam.overlay = .grid(cursor: min(last, cursor + 1))
            case .up, .character("k"): exam.overlay = .grid(cursor: max(0, cursor - columns))
            case .down, .character("j"): exam.overlay = .grid(cursor: min(last, cursor + columns))
            case .enter, .space:
                exam.session.index = cursor
                exam.cursor = 0
                exam.overlay = .none
                scroll = 0
            case .character("s"): exam.overlay = .confirmSubmit
            case .character("g"), .character("q"), .escape: exam.overlay = .none
            default: break
            }
            page = .exam(exam)
            keepFocusVisible()
            return []
        case .confirmSubmit:
            switch key {
            case .character("y"), .character("Y"):
                return submitExam(exam.session)
            case .character("n"), .character("q"), .escape:
                exam.overlay = .none
            default: break
            }
            page = .exam(exam)
            return []
        case .confirmLeave:
            switch key {
            case .character("y"), .character("Y"):
                pendingExams.insert(PendingExam(session: exam.session), at: 0)
                showPage(.menu(cursor: 0))
                return [.saveExam(exam.session.snapshot), .releaseExam(id: exam.session.id)]
            case .character("n"), .character("q"), .escape:
                exam.overlay = .none
            default: break
            }
            page = .exam(exam)
            return []
        }
    }

    mutating func handleExam(_ key: Key, exam: inout ExamState) -> [Effect] {
        let optionCount = exam.session.current.choiceOrder.count
        switch key {
        case .up, .character("k"):
            exam.cursor = max(0, exam.cursor - 1)
            page = .exam(exam)
            keepFocusVisible()
            return []
        case .down, .character("j"):
            exam.cursor = min(optionCount - 1, exam.cursor + 1)
            page = .exam(exam)
            keepFocusVisible()
            return []
        case .space:
            exam.session.choose(exam.cursor)
        case .left, .character("p"):
            move(&exam, to: exam.session.index - 1)
        case .right, .character("n"):
            move(&exam, to: exam.session.index + 1)
        case .enter:
            if exam.session.index + 1 < exam.session.items.count {
                move(&exam, to: exam.session.index + 1)
            } else {
                exam.overlay = .grid(cursor: exam.session.index)
            }
        case .character("f"):
            exam.session.toggleFlag()
        case .character("g"):
            exam.overlay = .grid(cursor: exam.session.index)
            scroll = 0
        case .character("q"), .escape:
            exam.overlay = .confirmLeave
            page = .exam(exam)
            return []
        case .character(let character):
            guard let position = OptionLabel.position(for: character, optionCount: optionCount) else { return [] }
            exam.cursor = position
            exam.session.choose(position)
        default:
            return []
        }
        page = .exam(exam)
        return [.saveExam(exam.session.snapshot)]
    }

    private mutating func move(_ exam: inout ExamState, to index: Int) {
        guard exam.session.items.indices.contains(index) else { return }
        exam.session.index = index
        exam.cursor = 0
        scroll = 0
    }

    mutating func tickExam(_ exam: inout ExamState, seconds: Double) -> [Effect] {
        if exam.session.elapse(seconds) {
            exam.notice = exam.session.remainingSeconds > 60 ? UIText.tenMinutesLeft : UIText.oneMinuteLeft
        }
        if exam.session.status == .submitted {
            return submitExam(exam.session)
        }
        let second = Int(exam.session.remainingSeconds.rounded(.up))
        let changed = second != exam.savedSecond
        exam.savedSecond = second
        page = .exam(exam)
        return changed ? [.saveExam(exam.session.snapshot)] : []
    }

    /// Grades the exam, files every answer (unanswered ones as wrong) and shows the results.
    mutating func submitExam(_ session: ExamSession) -> [Effect] {
        var finished = session
        finished.submit()
        let perQuestion = finished.items.isEmpty ? 0 : finished.usedSeconds / Double(finished.items.count)
        let records = zip(finished.items, finished.answers).map { item, chosen in
            AnswerRecord(
                questionID: item.question.id, chosen: item.authorIndices(of: chosen), isCorrect: item.isCorrect(chosen),
                secondsTaken: perQuestion, mode: .exam, keyFingerprint: item.question.keyFingerprint
            )
        }
        remember(records)
        log.exams.append(ExamOutcome(
            exam: finished.preset.exam, takenAt: now, correct: finished.score.correct, total: finished.score.total
        ))
        showPage(.examResults(ExamReview(session: finished)))
        return [.submitExam(finished.snapshot, finished.score, records)]
    }

    mutating func handleExamReview(_ key: Key, review: inout ExamReview) -> [Effect] {
        let filterKeys: [Character: ExamReview.Filter] = ["a": .all, "i": .incorrect, "u": .unanswered, "f": .flagged]
        if !review.detail, case .character(let character) = key, let filter = filterKeys[character] {
            review.filter = filter
            review.cursor = 0
            showPage(.examResults(review))
            return []
        }
        let shown = review.shown
        switch (review.filter, review.detail, key) {
        case (.none, _, .character("d")):
            drillMisses(review.session)
            return []
        case (.none, _, .enter), (.none, _, .escape), (.none, _, .character("q")):
            showPage(.menu(cursor: 0))
            return []
        case (.some, false, .up), (.some, false, .character("k")):
            review.cursor = max(0, review.cursor - 1)
        case (.some, false, .down), (.some, false, .character("j")):
            review.cursor = min(max(0, shown.count - 1), review.cursor + 1)
        case (.some, false, .enter):
            guard !shown.isEmpty else { return [] }
            review.detail = true
            scroll = 0
        case (.some, false, .escape), (.some, false, .character("q")):
            review.filter = nil
            scroll = 0
        case (.some, true, .enter), (.some, true, .right), (.some, true, .character("n")):
            review.cursor = min(max(0, shown.count - 1), review.cursor + 1)
            scroll = 0
        case (.some, true, .left), (.some, true, .character("p")):
            review.cursor = max(0, review.cursor - 1)
            scroll = 0
        case (.some, true, .escape), (.some, true, .character("q")):
            review.detail = false
            scroll = 0
        case (_, _, .up), (_, _, .character("k")):
            scroll(by: -1)
        case (_, _, .down), (_, _, .character("j")):
            scroll(by: 1)
        default:
            return []
        }
        page = .examResults(review)
        if !review.detail { keepFocusVisible() }
        return []
    }

    /// "Drill my misses": exactly the questions answered wrong or left unanswered.
    private mutating func drillMisses(_ session: ExamSession) {
        let missed = session.items.indices.filter { !session.graded[$0].isCorrect }.map { session.items[$0].question }
        guard !missed.isEmpty else { return }
        var generator = SeededGenerator(seed: takeSeed())
        let items = missed.map { QuestionDraw.present($0, using: &generator) }
        showPage(.drill(DrillState(title: UIText.myMisses, items: items)))
    }
}
