import QuizEngine

extension AppModel {
    /// The one place the game changes: same model and message, same result.
    public mutating func update(_ msg: Msg) -> [Effect] {
        let wasOnMenu = if case .menu = page { true } else { false }
        var effects = apply(msg)
        if case .menu = page, !wasOnMenu { effects.append(endsAtShell ? .quit : .refreshHistory) }
        return effects
    }

    private mutating func apply(_ msg: Msg) -> [Effect] {
        switch msg {
        case .start(let startup):
            start(startup)
            return []
        case .resize(let newSize):
            size = newSize
            // A screen with a cursor shows it from the top down, so the layout after a resize
            // depends on the size alone; a reading screen keeps its place.
            if content().focus != nil { scroll = 0 }
            keepFocusVisible()
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
        case .settingsSaved(let problem):
            settingsWarning = problem
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
        case .historyReloaded(let progress, let pending, let warning, let flagged):
            if let progress { self.progress = progress }
            if let flagged { self.flagged = flagged }
            historyWarning = warning
            let playing: String? = if case .exam(let exam) = page { exam.session.id } else { nil }
            pendingExams = pending.filter { $0.session.id != playing }
            if case .resumeOffer(var offer) = page {
                offer.cursor = min(offer.cursor, max(0, pendingExams.count - 1))
                page = pendingExams.isEmpty ? .menu(cursor: 0) : .resumeOffer(offer)
            }
            clampScroll()
            return []
        case .pastExamsLoaded(let exams):
            pastExamsLoaded(exams)
            return []
        }
    }

    private mutating func start(_ startup: Startup) {
        endsAtShell = startup != .menu
        switch startup {
        case .menu: offerResume(next: nil)
        case .exam(let preset): offerResume(next: preset)
        case .drill(let filter, let count, let title): startDrill(filter: filter, count: count, title: title)
        case .weakSpots(let count): startWeakSpotDrill(count: count)
        case .review(let count): if !startReview(count: count) { show(.menu(MenuScreen(notice: UIText.noReviewsDue))) }
        case .reviewAhead(let count):
            if !startReview(count: count) && !startReviewAhead(count: count) { show(.menu(MenuScreen(notice: UIText.noReviewsDue))) }
        }
    }

    /// Ticks go to the screen showing (the exam clock, time on a drill question).
    private mutating func advanceClock(by seconds: Double) -> [Effect] {
        route { screen, app in screen.tick(seconds: seconds, app: &app) }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if !screenKeys.keys.contains(key), let global = ScreenKeys.global.action(for: key) {
            switch global {
            case .help: show(.help(HelpScreen(beneath: here)))
            case .language:
                language = language.other
                chosenLanguage = language
                clampScroll()
                return [.saveSettings(settings)]
            case .pageUp: scroll(by: key == .wheelUp ? -3 : -max(1, bodyHeight - 2))
            case .pageDown: scroll(by: key == .wheelDown ? 3 : max(1, bodyHeight - 2))
            case .top: scroll(by: -scroll)
            case .bottom: scroll(by: maximumScroll(for: content()))
            }
            return []
        }
        let effects = route { screen, app in screen.handle(key, app: &app) }
        keepFocusVisible()
        return effects
    }

    /// Hands the current screen to `body` and stores it back, unless `body` opened another
    /// page meanwhile: the one place a screen's state goes in and out of the model.
    private mutating func route(_ body: (inout any Screen, inout AppModel) -> [Effect]) -> [Effect] {
        var screen = page.screen
        let before = pageChanges
        let effects = body(&screen, &self)
        if pageChanges == before { page = screen.page }
        return effects
    }

    /// Opens `newPage` at its top.
    mutating func show(_ newPage: Page) {
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
