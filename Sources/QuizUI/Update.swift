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
        case .resumed:
            lastTick = nil
            return []
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
        case .drill(var drill):
            drill.session.elapse(seconds)
            page = .drill(drill)
            return []
        case .exam(var exam):
            return tickExam(&exam, seconds: seconds)
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if let help {
            return handleHelp(key, help: help)
        }
        if let links {
            return handleLinks(key, view: links)
        }
        if case .exam(var exam) = page, exam.notice != nil, exam.overlay == .none {
            exam.notice = nil
            page = .exam(exam)
        }
        if !screenBinds(key), let global = ScreenKeys.global.action(for: key) {
            switch global {
            case .help:
                help = HelpState(returnScroll: scroll)
                scroll = 0
            case .language:
                language = language.other
                clampScroll()
            case .pageUp: scroll(by: key == .wheelUp ? -3 : -max(1, bodyHeight - 2))
            case .pageDown: scroll(by: key == .wheelDown ? 3 : max(1, bodyHeight - 2))
            }
            return []
        }
        switch page {
        case .menu(let cursor): return handleMenu(key, cursor: cursor)
        case .domainPicker(let cursor): return handlePicker(key, cursor: cursor)
        case .drill(var drill):
            let effects = drill.session.phase == .answering ? handleAnswering(key, drill: &drill) : handleFeedback(key, drill: &drill)
            if case .drill = page { page = .drill(drill) }
            return effects
        case .examIntro(let intro): return handleExamIntro(key, intro: intro)
        case .exam(var exam): return handleExam(key, exam: &exam)
        case .examResults(var browser): return handleExamResults(key, browser: &browser)
        case .resumeOffer(let offer): return handleResumeOffer(key, offer: offer)
        case .stats, .results:
            switch ScreenKeys.reading.action(for: key) {
            case .back: showPage(.menu(cursor: 0))
            case .up: scroll(by: -1)
            case .down: scroll(by: 1)
            case nil: break
            }
            return []
        }
    }

    /// Whether the current screen's own table takes `key` (a test checks that the shared
    /// keys never clash with a screen's; this keeps a screen's own keys first regardless).
    private func screenBinds(_ key: Key) -> Bool {
        screenKeys.keys.contains(key)
    }

    private mutating func handleHelp(_ key: Key, help: HelpState) -> [Effect] {
        switch ScreenKeys.help.action(for: key) ?? ScreenKeys.global.action(for: key).flatMap(helpScroll) {
        case .up: scroll(by: key == .pageUp ? -max(1, bodyHeight - 2) : (key == .wheelUp ? -3 : -1))
        case .down: scroll(by: key == .pageDown ? max(1, bodyHeight - 2) : (key == .wheelDown ? 3 : 1))
        case .close:
            self.help = nil
            scroll = help.returnScroll
            clampScroll()
        case nil: break
        }
        return []
    }

    private func helpScroll(_ global: ScreenKeys.Global) -> ScreenKeys.Help? {
        switch global {
        case .pageUp: .up
        case .pageDown: .down
        case .help: .close
        case .language: nil
        }
    }

    private mutating func handleMenu(_ key: Key, cursor: Int) -> [Effect] {
        let items = MenuScreen.items(self)
        notice = nil
        switch ScreenKeys.list(choose: UIText.chooseKey, back: UIText.quitKey).action(for: key) {
        case .up:
            page = .menu(cursor: max(0, cursor - 1))
            keepFocusVisible()
        case .down:
            page = .menu(cursor: min(items.count - 1, cursor + 1))
            keepFocusVisible()
        case .back:
            return [.quit]
        case .choose:
            switch items[min(cursor, items.count - 1)] {
            case .resumeExam(let id):
                let cursor = pendingExams.firstIndex { $0.session.id == id } ?? 0
                showPage(.resumeOffer(ResumeOffer(cursor: cursor, next: nil)))
            case .review:
                if !startReview(count: reviewLength) { notice = UIText.noReviewsDue }
            case .stats: showPage(.stats(StudyStats(log: log, bank: bank, now: now)))
            case .exam(let exam): openExam(.standard(exam))
            case .drillDomain: showPage(.domainPicker(cursor: 0))
            case .drillAll: startDrill(filter: QuestionFilter(), count: drillLength, title: UIText.allDomains)
            case .quit: return [.quit]
            }
        case nil: break
        }
        return []
    }

    private mutating func handlePicker(_ key: Key, cursor: Int) -> [Effect] {
        let entries = DomainPickerScreen.entries(bank)
        switch ScreenKeys.list(choose: UIText.startKey, back: ScreenKeys.backText).action(for: key) {
        case .up:
            page = .domainPicker(cursor: max(0, cursor - 1))
            keepFocusVisible()
        case .down:
            page = .domainPicker(cursor: min(entries.count - 1, cursor + 1))
            keepFocusVisible()
        case .back:
            showPage(.menu(cursor: 0))
        case .choose:
            if let domain = entries[cursor] {
                startDrill(filter: QuestionFilter(domainIDs: [domain.id]), count: drillLength, title: domain.name)
            } else {
                startDrill(filter: QuestionFilter(), count: drillLength, title: UIText.allDomains)
            }
        case nil: break
        }
        return []
    }

    private mutating func handleAnswering(_ key: Key, drill: inout DrillState) -> [Effect] {
        let question = drill.current.question
        let optionCount = drill.current.choiceOrder.count
        switch ScreenKeys.answering(optionCount: optionCount).action(for: key) {
        case .up:
            drill.cursor = max(0, drill.cursor - 1)
        case .down:
            drill.cursor = min(optionCount - 1, drill.cursor + 1)
        case .toggle:
            drill.hint = nil
            drill.session.choose(drill.cursor)
        case .option:
            guard case .character(let character) = key,
                  let position = OptionLabel.position(for: character, optionCount: optionCount) else { return [] }
            drill.cursor = position
            drill.hint = nil
            drill.session.choose(position)
        case .submit:
            switch drill.session.submit(cursor: drill.cursor) {
            case .needs(let count):
                drill.hint = UIText.needSelections(count)
                page = .drill(drill)
                return []
            case .recorded(let record):
                drill.hint = nil
                remember([record])
                page = .drill(drill)
                scroll = 0
                return [.recordAnswers([record])]
            }
        case .back:
            finishDrill(drill)
            return []
        case nil:
            return []
        }
        page = .drill(drill)
        keepFocusVisible()
        return []
    }

    private mutating func handleFeedback(_ key: Key, drill: inout DrillState) -> [Effect] {
        switch ScreenKeys.feedback.action(for: key) {
        case .next:
            guard drill.session.next() else {
                finishDrill(drill)
                return []
            }
            drill.cursor = 0
            scroll = 0
        case .up:
            scroll(by: -1)
        case .down:
            scroll(by: 1)
        case .copyLinks:
            return [.copyToClipboard(DocLinks.of(drill.current.question, bank: bank).joined(separator: "\n"))]
        case .links:
            links = LinksView(links: DocLinks.of(drill.current.question, bank: bank), returnScroll: scroll)
            scroll = 0
        case .back:
            finishDrill(drill)
        case nil: break
        }
        return []
    }

    /// Leaving a drill shows what was answered so far; with nothing answered, the menu.
    private mutating func finishDrill(_ drill: DrillState) {
        showPage(drill.session.chosen.isEmpty ? .menu(cursor: 0) : .results(drill))
    }

    mutating func showPage(_ newPage: Page) {
        page = newPage
        scroll = 0
    }

    mutating func scroll(by lines: Int) {
        scroll += lines
        clampScroll()
    }

    mutating func clampScroll() {
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
