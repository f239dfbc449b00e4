import Foundation
import QuizEngine

/// What the screens share (the bank, the language, the size, history and its warnings,
/// seeds) and the screen showing, which owns its own state. `update` routes each message
/// to that screen; `render` draws it.
public struct AppModel: Sendable {
    public let bank: Bank
    public internal(set) var language: Language
    public internal(set) var size: TerminalSize
    /// What is on screen. Every change counts in `pageChanges`, so the router knows when a
    /// screen opened another page instead of changing itself.
    public internal(set) var page: Page {
        didSet { pageChanges += 1 }
    }
    private(set) var pageChanges = 0
    /// First line of the body scrolled out of view on long screens.
    public internal(set) var scroll = 0
    /// Questions the loader dropped, told on the menu with the first few reasons.
    public let leftOutQuestions: Int
    public let loadProblems: [String]
    /// The folders the left-out files came from, for the `awsquiz check` the menu suggests.
    public let leftOutFolders: [String]
    /// The service domains some question of the bank is in: the menu's mastery rows.
    let domainsWithQuestions: Set<String>
    /// How many questions a drill started from the menu draws.
    public let drillLength: Int
    /// How many due questions a review started from the menu takes at most.
    public let reviewLength = 20
    /// Seeds drills started from the menu; advanced after each so drills differ.
    public internal(set) var nextSeed: UInt64
    /// Exams left in progress (by an earlier session or another window), newest first,
    /// offered on the menu and the start screen.
    public internal(set) var pendingExams: [PendingExam]
    /// A problem with saved history, told on the menu (saving is off, a file was set aside,
    /// rows were skipped).
    public internal(set) var historyWarning: LocalizedText?
    /// The last save failed; told on every screen until a save works again.
    public internal(set) var saveWarning: LocalizedText?
    /// Started by the command line in a drill, an exam or a review: leaving its results
    /// ends the program at the shell instead of opening the menu.
    public internal(set) var endsAtShell = false
    /// What leaving a results page does, for its footer and help: "menu" or "quit".
    var leaveText: LocalizedText { endsAtShell ? UIText.quitKey : ScreenKeys.menuText }
    /// Exam ids are this prefix (unique to the process, given by the runtime) and a count.
    let examIDPrefix: String
    var examsStarted = 0
    /// The monotonic time of the last tick, to turn ticks into elapsed seconds.
    var lastTick: Double?
    /// Everything answered so far, including this session, folded per item for review and
    /// stats: an answer adds to its item's tally, never a replay of the whole log.
    public internal(set) var progress: StudyProgress {
        didSet {
            derived = Derived(progress: progress, bank: bank)
            if case .stats = page { page = .stats(StatsScreen(stats: StudyStats(progress: progress, bank: bank, now: now))) }
        }
    }
    /// The progress as it was before the last exam was submitted here, to take that exam
    /// out again if history could not file it.
    var progressBeforeSubmit: (examID: String, progress: StudyProgress)?
    /// What the menu shows from the log, kept up to date with it rather than recomputed
    /// on every frame (a long history makes that slow).
    private(set) var derived: Derived
    /// Questions the user flagged in drills and reviews, to drill later.
    public internal(set) var flagged: Set<String>
    /// The language chosen with `t` (or read from the settings file); nil while the
    /// locale or `--lang` decides, so saving other settings never pins it.
    var chosenLanguage: Language?
    /// The drill set-up last started, offered again by the set-up screen.
    public internal(set) var drillSetup: DrillSetup
    /// The settings file could not be read or written, told on the menu.
    public internal(set) var settingsWarning: LocalizedText?
    /// Built the first time search opens (`questionSearch`), not at start.
    var searchIndex: QuestionSearch?
    /// The wall clock as of the last tick.
    public internal(set) var now: Date
    /// Dates on screen are in this zone.
    public let timeZone: TimeZone

    public init(
        bank: Bank, language: Language, size: TerminalSize, leftOutQuestions: Int = 0, loadProblems: [String] = [],
        leftOutFolders: [String] = [],
        drillLength: Int = 10, seed: UInt64, pendingExams: [PendingExam] = [], historyWarning: LocalizedText? = nil,
        progress: StudyProgress = StudyProgress(), flagged: Set<String> = [], settings: Settings = Settings(),
        settingsWarning: LocalizedText? = nil, now: Date = Date(timeIntervalSince1970: 0), timeZone: TimeZone = .current,
        examIDPrefix: String = "exam"
    ) {
        self.examIDPrefix = examIDPrefix
        self.timeZone = timeZone
        self.progress = progress
        self.flagged = flagged
        chosenLanguage = settings.language
        drillSetup = settings.drill.keepingOnly(bank)
        self.settingsWarning = settingsWarning
        derived = Derived(progress: progress, bank: bank)
        self.now = now
        self.pendingExams = pendingExams
        self.historyWarning = historyWarning
        self.bank = bank
        domainsWithQuestions = Set(bank.questions.map(\.domainID))
        self.language = language
        self.size = size
        self.leftOutQuestions = leftOutQuestions
        self.loadProblems = loadProblems
        self.leftOutFolders = leftOutFolders
        self.drillLength = drillLength
        nextSeed = seed
        page = .menu(cursor: 0)
    }

    /// Opens straight into a drill, as `awsquiz drill` does. Without questions, the menu.
    /// Without a title, the drill is called "All domains" or, when filtered, "Chosen questions".
    mutating func startDrill(filter: QuestionFilter, count: Int?, title: LocalizedText? = nil) {
        let title = title ?? (filter == QuestionFilter() ? UIText.allDomains : UIText.chosenQuestions)
        startDrill(among: bank.questions(matching: filter), count: count, title: title)
    }

    /// Opens a drill of `count` of `questions` in a seeded order. Without questions, the menu.
    mutating func startDrill(among questions: [Question], count: Int?, title: LocalizedText) {
        let items = QuestionDraw.drill(among: questions, count: count, seed: takeSeed())
        show(items.isEmpty ? .menu(cursor: 0) : .drill(DrillState(title: title, items: items)))
    }

    /// Drills exactly `questions`, in that order, each with options drawn afresh, filed in
    /// `mode` (retrying misses, a cram, a review of mistakes now); leaving the drill or its
    /// results goes back to `returnTo`, the page it was started from (nil: the menu).
    mutating func startDrill(
        of questions: [Question], title: LocalizedText, mode: AnswerRecord.Mode = .drill, returnTo: PageBeneath? = nil
    ) {
        guard !questions.isEmpty else { return }
        var generator = SeededGenerator(seed: takeSeed())
        let items = questions.map { QuestionDraw.present($0, using: &generator) }
        show(.drill(DrillState(title: title, items: items, mode: mode, returnTo: returnTo)))
    }

    /// Starts a review of the questions due now, most overdue first; false when none is due.
    @discardableResult
    mutating func startReview(count: Int) -> Bool {
        var generator = SeededGenerator(seed: takeSeed())
        let due = derived.reviewQueue.due(at: now).prefix(count)
        guard !due.isEmpty else { return false }
        let items = due.map { QuestionDraw.present($0.question, using: &generator) }
        show(.drill(DrillState(title: UIText.reviewTitle, items: items, mode: .review)))
        return true
    }

    /// When nothing is due: a review of the questions that come due soonest, so answers
    /// given ahead of time count as reviews; false when none is scheduled.
    @discardableResult
    mutating func startReviewAhead(count: Int) -> Bool {
        var generator = SeededGenerator(seed: takeSeed())
        let soonest = derived.reviewQueue.items.sorted { ($0.card.due, $0.question.id) < ($1.card.due, $1.question.id) }.prefix(count)
        guard !soonest.isEmpty else { return false }
        let items = soonest.map { QuestionDraw.present($0.question, using: &generator) }
        show(.drill(DrillState(title: UIText.reviewAheadTitle, items: items, mode: .review)))
        return true
    }

    /// When `questionID` comes back for review, if it is in the review schedule.
    func reviewDue(_ questionID: String) -> Date? {
        derived.reviewQueue.items.first { $0.question.id == questionID }?.card.due
    }

    /// Starts a drill weighted towards the domains missed most.
    mutating func startWeakSpotDrill(count: Int) {
        let items = QuestionDraw.weakSpots(from: bank, progress: progress, count: count, seed: takeSeed())
        show(items.isEmpty ? .menu(cursor: 0) : .drill(DrillState(title: UIText.weakSpots, items: items)))
    }

    struct Derived: Sendable {
        let reviewQueue: ReviewQueue
        let domainScores: [String: Score]
        let claimProgress: [ClaimProgress]
        /// Ids of the questions answered to their current key, and of those missed at least once.
        let answered: Set<String>
        let missed: Set<String>
        let mistakes: MistakeList

        init(progress: StudyProgress, bank: Bank) {
            reviewQueue = ReviewQueue(progress: progress, bank: bank)
            mistakes = MistakeList(progress: progress, bank: bank)
            answered = Set(bank.questions.filter { progress.tally(for: $0) != nil }.map(\.id))
            missed = Set(mistakes.entries.map(\.question.id))
            domainScores = progress.scoresByDomain(in: bank)
            claimProgress = ClaimProgress.all(in: bank, progress: progress)
        }
    }

    /// Every claim of the notes with the user's figures, for the Notes screen.
    var claimProgress: [ClaimProgress] { derived.claimProgress }

    /// What the settings file keeps: the language if one was chosen, the last drill set-up.
    var settings: Settings { Settings(language: chosenLanguage, drill: drillSetup) }

    /// Flags the question, or unflags a flagged one; the effect keeps it in history.
    mutating func toggleFlag(_ questionID: String) -> Effect {
        let flag = !flagged.contains(questionID)
        if flag { flagged.insert(questionID) } else { flagged.remove(questionID) }
        return .setFlag(questionID: questionID, flagged: flag)
    }

    /// Every question missed, newest first, for the Mistakes screen.
    var mistakes: MistakeList { derived.mistakes }

    /// Folds answers (and the exam they finish) into the session's progress, as the
    /// runtime files them in history.
    mutating func remember(_ records: [AnswerRecord], exam: ExamOutcome? = nil) {
        var progress = progress
        for record in records { progress.record(LoggedAnswer(record: record, answeredAt: now)) }
        if let exam { progress.exams.append(exam) }
        self.progress = progress
    }

    /// Opens the start screen of a practice exam drawn with the next seed.
    mutating func openExam(_ preset: ExamPreset) {
        let seed = takeSeed()
        let drawn = ExamDraw.draw(from: bank, preset: preset, seed: seed)
        show(.examIntro(ExamIntro(preset: preset, seed: seed, items: drawn.items, shortfall: drawn.shortfall)))
    }

    /// Offers the exams in progress to resume or discard, or `next` to start instead;
    /// with none in progress, opens `next` (or stays on the menu).
    mutating func offerResume(next: ExamPreset?) {
        guard !pendingExams.isEmpty else {
            if let next { openExam(next) }
            return
        }
        show(.resumeOffer(ResumeOffer(cursor: 0, next: next)))
    }

    /// A fresh id for an exam started now; unique across windows through the prefix.
    mutating func takeExamID() -> String {
        examsStarted += 1
        return "\(examIDPrefix)-\(examsStarted)"
    }

    mutating func takeSeed() -> UInt64 {
        let seed = nextSeed
        nextSeed = SeededGenerator(seed: seed).nextSeed
        return seed
    }
}

extension SeededGenerator {
    /// The seed of the next drill, derived so a seeded session stays repeatable end to end.
    var nextSeed: UInt64 {
        var copy = self
        return copy.next()
    }
}
