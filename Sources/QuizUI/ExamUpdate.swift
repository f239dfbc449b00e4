import QuizEngine

extension AppModel {
    mutating func handleExamIntro(_ key: Key, intro: ExamIntro) -> [Effect] {
        switch ScreenKeys.examIntro.action(for: key) {
        case .start:
            guard !intro.items.isEmpty else { return [] }
            let session = ExamSession(id: takeExamID(), preset: intro.preset, seed: intro.seed, items: intro.items)
            showPage(.exam(ExamState(session: session)))
            return [.saveExam(session.snapshot)]
        case .back:
            showPage(.menu(cursor: 0))
        case nil: break
        }
        return []
    }

    /// Keys while the overview or a question to confirm is showing.
    mutating func handleExamOverlay(_ key: Key, exam: inout ExamState) -> [Effect] {
        switch exam.overlay {
        case .none:
            return []
        case .overview(let cursor):
            let columns = ExamOverviewScreen.columns(width: bodyWidth)
            let last = exam.session.items.count - 1
            switch ScreenKeys.overview.action(for: key) {
            case .left: exam.overlay = .overview(cursor: max(0, cursor - 1))
            case .right: exam.overlay = .overview(cursor: min(last, cursor + 1))
            case .up: exam.overlay = .overview(cursor: max(0, cursor - columns))
            case .down: exam.overlay = .overview(cursor: min(last, cursor + columns))
            case .open:
                exam.session.index = cursor
                exam.cursor = 0
                exam.overlay = .none
                scroll = 0
            case .submit: exam.overlay = .confirmSubmit
            case .back: exam.overlay = .none
            case nil: break
            }
            page = .exam(exam)
            keepFocusVisible()
            return []
        case .confirmSubmit:
            switch ScreenKeys.confirm(ScreenKeys.submitText).action(for: key) {
            case .yes: return submitExam(exam.session)
            case .no: exam.overlay = .none
            case nil: break
            }
            page = .exam(exam)
            return []
        case .confirmLeave:
            switch ScreenKeys.confirm(ScreenKeys.leaveText).action(for: key) {
            case .yes:
                pendingExams.insert(PendingExam(session: exam.session), at: 0)
                showPage(.menu(cursor: 0))
                return [.saveExam(exam.session.snapshot), .releaseExam(id: exam.session.id)]
            case .no: exam.overlay = .none
            case nil: break
            }
            page = .exam(exam)
            return []
        }
    }

    mutating func handleExam(_ key: Key, exam: inout ExamState) -> [Effect] {
        if exam.overlay != .none { return handleExamOverlay(key, exam: &exam) }
        let optionCount = exam.session.current.choiceOrder.count
        switch ScreenKeys.exam(optionCount: optionCount).action(for: key) {
        case .up:
            exam.cursor = max(0, exam.cursor - 1)
            page = .exam(exam)
            keepFocusVisible()
            return []
        case .down:
            exam.cursor = min(optionCount - 1, exam.cursor + 1)
            page = .exam(exam)
            keepFocusVisible()
            return []
        case .toggle:
            exam.session.choose(exam.cursor)
        case .previous:
            move(&exam, to: exam.session.index - 1)
        case .next:
            move(&exam, to: exam.session.index + 1)
        case .enter:
            if exam.session.index + 1 < exam.session.items.count {
                move(&exam, to: exam.session.index + 1)
            } else {
                exam.overlay = .overview(cursor: exam.session.index)
            }
        case .mark:
            exam.session.toggleFlag()
        case .overview:
            exam.overlay = .overview(cursor: exam.session.index)
            scroll = 0
        case .leave:
            exam.overlay = .confirmLeave
            page = .exam(exam)
            return []
        case .option:
            guard case .character(let character) = key,
                  let position = OptionLabel.position(for: character, optionCount: optionCount) else { return [] }
            exam.cursor = position
            exam.session.choose(position)
        case nil:
            page = .exam(exam)
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
            item.record(chosen, seconds: perQuestion, mode: .exam)
        }
        remember(records)
        log.exams.append(ExamOutcome(
            exam: finished.preset.exam, takenAt: now, correct: finished.score.correct, total: finished.score.total
        ))
        showPage(.examResults(ExamResultsBrowser(session: finished)))
        return [.submitExam(finished.snapshot, finished.score, records)]
    }

    mutating func handleExamResults(_ key: Key, browser: inout ExamResultsBrowser) -> [Effect] {
        let table = browser.filter == nil ? ScreenKeys.examResults : browser.detail ? ScreenKeys.resultsDetail : ScreenKeys.resultsList
        let shown = browser.shown
        switch table.action(for: key) {
        case .filter(let filter):
            browser.filter = filter
            browser.cursor = 0
            showPage(.examResults(browser))
            return []
        case .drillMisses:
            drillMisses(browser.session)
            return []
        case .back where browser.filter == nil:
            showPage(.menu(cursor: 0))
            return []
        case .back where browser.detail:
            browser.detail = false
            scroll = 0
        case .back:
            browser.filter = nil
            scroll = 0
        case .up where !browser.detail:
            browser.cursor = max(0, browser.cursor - 1)
        case .down where !browser.detail:
            browser.cursor = min(max(0, shown.count - 1), browser.cursor + 1)
        case .up:
            scroll(by: -1)
        case .down:
            scroll(by: 1)
        case .open:
            guard !shown.isEmpty else { return [] }
            browser.detail = true
            scroll = 0
        case .next:
            browser.cursor = min(max(0, shown.count - 1), browser.cursor + 1)
            scroll = 0
        case .previous:
            browser.cursor = max(0, browser.cursor - 1)
            scroll = 0
        case .copyLinks, .links:
            guard shown.indices.contains(browser.cursor) else { return [] }
            let found = DocLinks.of(browser.session.items[shown[browser.cursor]].question, bank: bank)
            if case .copyLinks = table.action(for: key) { return [.copyToClipboard(found.joined(separator: "\n"))] }
            links = LinksView(links: found, returnScroll: scroll)
            scroll = 0
            return []
        case nil:
            return []
        }
        page = .examResults(browser)
        if !browser.detail { keepFocusVisible() }
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
