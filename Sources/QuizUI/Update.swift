import QuizEngine

extension AppModel {
    /// The one place the game changes: same model and message, same result.
    public mutating func update(_ msg: Msg) -> [Effect] {
        let wasOnMenu = if case .menu = page { true } else { false }
        var effects = apply(msg)
        if case .menu = page, !wasOnMenu { effects.append(.refreshHistory) }
        return effects
    }

    private mutating func apply(_ msg: Msg) -> [Effect] {
        switch msg {
        case .resize(let newSize):
            size = newSize
            clampScroll()
            return []
        case .key(let key):
            return handle(key)
        case .tick(let monotonic, let date):
            let elapsed = lastTick.map { max(0, monotonic - $0) } ?? 0
            lastTick = monotonic
            now = date
            return advanceClock(by: elapsed)
        case .saveFailed(let reason):
            saveWarning = reason
            return []
        case .saved:
            saveWarning = nil
            return []
        case .submitFailed(let id, let reason):
            submitFailed(id, reason: reason)
            return []
        case .examOpenElsewhere(let id):
            examIsOpenElsewhere(id)
            return []
        case .examFinishedElsewhere(let id):
            examIsFinishedElsewhere(id)
            return []
        case .historyReloaded(let log, let pending, let warning):
            if let log { self.log = log }
            historyWarning = warning
            let playing: String? = if case .exam(let exam) = page { exam.session.id } else { nil }
            pendingExams = pending.filter { $0.session.id != playing }
            if case .resumeOffer(var offer) = page {
                offer.cursor = min(offer.cursor, max(0, pendingExams.count - 1))
                page = pendingExams.isEmpty ? .menu(cursor: 0) : .resumeOffer(offer)
            }
            clampScroll()
            return []
        }
    }

    /// Ticks time the current drill question and run the exam clock.
    private mutating func advanceClock(by seconds: Double) -> [Effect] {
        switch page {
        case .drill(var drill) where drill.phase == .answering:
            drill.secondsOnQuestion += seconds
            page = .drill(drill)
            return []
        case .exam(var exam):
            return tickExam(&exam, seconds: seconds)
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if helpVisible {
            helpVisible = false
            return []
        }
        if case .exam(var exam) = page, exam.overlay != .none || exam.notice != nil {
            if let effects = handleExamOverlay(key, exam: &exam) { return effects }
        }
        switch key {
        case .character("?"):
            helpVisible = true
            return []
        case .character("t"):
            language = language.other
            clampScroll()
            return []
        case .pageUp, .wheelUp:
            scroll(by: key == .pageUp ? -max(1, bodyHeight - 2) : -3)
            return []
        case .pageDown, .wheelDown:
            scroll(by: key == .pageDown ? max(1, bodyHeight - 2) : 3)
            return []
        default:
            break
        }
        switch page {
        case .menu(let cursor): return handleMenu(key, cursor: cursor)
        case .domainPicker(let cursor): return handlePicker(key, cursor: cursor)
        case .drill(var drill):
            let effects = drill.phase == .answering ? handleAnswering(key, drill: &drill) : handleFeedback(key, drill: &drill)
            if case .drill = page { page = .drill(drill) }
            return effects
        case .examIntro(let intro): return handleExamIntro(key, intro: intro)
        case .exam(var exam): return handleExam(key, exam: &exam)
        case .examResults(var review): return handleExamReview(key, review: &review)
        case .resumeOffer(let offer): return handleResumeOffer(key, offer: offer)
        case .stats:
            switch key {
            case .enter, .escape, .character("q"): showPage(.menu(cursor: 0))
            case .up, .character("k"): scroll(by: -1)
            case .down, .character("j"): scroll(by: 1)
            default: break
            }
            return []
        case .results:
            switch key {
            case .enter, .escape, .character("q"):
                showPage(.menu(cursor: 0))
            case .up, .character("k"):
                scroll(by: -1)
            case .down, .character("j"):
                scroll(by: 1)
            default: break
            }
            return []
        }
    }

    private mutating func handleMenu(_ key: Key, cursor: Int) -> [Effect] {
        let items = MenuScreen.items(self)
        notice = nil
        switch key {
        case .up, .character("k"):
            page = .menu(cursor: max(0, cursor - 1))
            keepFocusVisible()
        case .down, .character("j"):
            page = .menu(cursor: min(items.count - 1, cursor + 1))
            keepFocusVisible()
        case .escape, .character("q"):
            return [.quit]
        case .enter, .space:
            switch items[min(cursor, items.count - 1)] {
            case .resumeExam(let id):
                let cursor = pendingExams.firstIndex { $0.session.id == id } ?? 0
                showPage(.resumeOffer(ResumeOffer(cursor: cursor, next: nil)))
            case .review:
                if !startReview(count: reviewLength) { notice = UIText.noReviewsDue }
            case .stats: showPage(.stats)
            case .exam(let exam): openExam(.standard(exam))
            case .drillDomain: showPage(.domainPicker(cursor: 0))
            case .drillAll: startDrill(filter: QuestionFilter(), count: drillLength, title: UIText.allDomains)
            case .quit: return [.quit]
            }
        default: break
        }
        return []
    }

    private mutating func handlePicker(_ key: Key, cursor: Int) -> [Effect] {
        let entries = DomainPickerScreen.entries(bank)
        switch key {
        case .up, .character("k"):
            page = .domainPicker(cursor: max(0, cursor - 1))
            keepFocusVisible()
        case .down, .character("j"):
            page = .domainPicker(cursor: min(entries.count - 1, cursor + 1))
            keepFocusVisible()
        case .escape, .character("q"):
            showPage(.menu(cursor: 0))
        case .enter, .space:
            if let domain = entries[cursor] {
                startDrill(filter: QuestionFilter(domainIDs: [domain.id]), count: drillLength, title: domain.name)
            } else {
                startDrill(filter: QuestionFilter(), count: drillLength, title: UIText.allDomains)
            }
        default: break
        }
        return []
    }

    private mutating func handleAnswering(_ key: Key, drill: inout DrillState) -> [Effect] {
        let question = drill.current.question
        let optionCount = drill.current.choiceOrder.count
        switch key {
        case .up, .character("k"):
            drill.cursor = max(0, drill.cursor - 1)
        case .down, .character("j"):
            drill.cursor = min(optionCount - 1, drill.cursor + 1)
        case .space:
            choose(drill.cursor, in: &drill)
        case .character(let character):
            if character == "q" {
                finishDrill(drill)
                return []
            }
            guard let position = OptionLabel.position(for: character, optionCount: optionCount) else { return [] }
            drill.cursor = position
            choose(position, in: &drill)
        case .enter:
            if !question.isMultiResponse && drill.selection.isEmpty { drill.selection = [drill.cursor] }
            guard drill.selection.count == question.requiredSelections else {
                drill.hint = LocalizedTextWithCount(text: UIText.needSelections, count: question.requiredSelections)
                page = .drill(drill)
                return []
            }
            drill.chosen.append(drill.selection)
            drill.phase = .feedback
            drill.hint = nil
            let current = drill.current
            let record = AnswerRecord(
                questionID: current.question.id, chosen: current.authorIndices(of: drill.selection),
                isCorrect: current.isCorrect(drill.selection), secondsTaken: drill.secondsOnQuestion, mode: drill.mode,
                keyFingerprint: current.question.keyFingerprint
            )
            remember([record])
            drill.secondsOnQuestion = 0
            page = .drill(drill)
            scroll = 0
            return [.recordAnswers([record])]
        case .escape:
            finishDrill(drill)
            return []
        default:
            return []
        }
        page = .drill(drill)
        keepFocusVisible()
        return []
    }

    private mutating func choose(_ position: Int, in drill: inout DrillState) {
        drill.hint = nil
        if drill.current.question.isMultiResponse {
            if drill.selection.contains(position) { drill.selection.remove(position) } else { drill.selection.insert(position) }
        } else {
            drill.selection = [position]
        }
    }

    private mutating func handleFeedback(_ key: Key, drill: inout DrillState) -> [Effect] {
        switch key {
        case .enter, .space, .right, .character("n"):
            guard drill.index + 1 < drill.items.count else {
                finishDrill(drill)
                return []
            }
            drill.index += 1
            drill.phase = .answering
            drill.selection = []
            drill.cursor = 0
            scroll = 0
        case .up, .character("k"):
            scroll(by: -1)
        case .down, .character("j"):
            scroll(by: 1)
        case .escape, .character("q"):
            finishDrill(drill)
        default: break
        }
        return []
    }

    /// Leaving a drill shows what was answered so far; with nothing answered, the menu.
    private mutating func finishDrill(_ drill: DrillState) {
        showPage(drill.chosen.isEmpty ? .menu(cursor: 0) : .results(drill))
    }

    mutating func showPage(_ newPage: Page) {
        page = newPage
        scroll = 0
    }

    mutating func scroll(by lines: Int) {
        scroll += lines
        clampScroll()
    }

    private mutating func clampScroll() {
        scroll = min(max(0, scroll), maximumScroll(for: content()))
    }

    /// Scrolls just enough to show the lines under the cursor.
    mutating func keepFocusVisible() {
        let content = content()
        if let focus = content.focus {
            if focus.lowerBound < scroll { scroll = focus.lowerBound }
            if focus.upperBound > scroll + bodyHeight { scroll = focus.upperBound - bodyHeight }
        }
        scroll = min(max(0, scroll), maximumScroll(for: content))
    }
}
