import QuizEngine

/// One screen: its own state, its key table, how it takes a key or a tick, and what it
/// draws. `AppModel` routes messages to the current screen and stores it back, so a screen
/// never copies itself in and out of the model by hand. A new screen is one file holding a
/// type that conforms, plus one case in `AppModel.Page`.
protocol Screen: Sendable, Hashable {
    /// This screen as the model stores it.
    var page: AppModel.Page { get }
    /// The keys this screen takes: the router offers them to it first, the footer and the
    /// help screen show their hints.
    func keys(_ app: AppModel) -> KeyTable
    /// Takes one of its keys. It may change what is shared (history, seeds) and open
    /// another page through `app.show`; then it is not stored back.
    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect]
    /// Time passing while the screen shows (the exam clock, time on a question).
    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect]
    /// What the screen shows, before it is laid into a frame.
    func content(_ app: AppModel, width: Int) -> ScreenContent
}

extension Screen {
    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] { [] }
}

/// A screen's keys with their hints, whatever the table's action type.
struct KeyTable {
    let keys: [Key]
    let hints: [KeyHint]

    init<Action>(_ table: [KeyBinding<Action>]) {
        keys = table.flatMap(\.keys)
        hints = table.hints()
    }
}

extension AppModel {
    /// What is on screen; each case holds that screen's state.
    public enum Page: Sendable, Hashable {
        case menu(MenuScreen)
        /// Setting up a drill: domains, note, service, level, how many, which.
        case drillSetup(DrillSetupScreen)
        /// Indirect, like the results: a drill may go back to the page it came from.
        indirect case drill(DrillState)
        indirect case results(DrillResultsScreen)
        case examIntro(ExamIntro)
        case exam(ExamState)
        indirect case examResults(ExamResultsBrowser)
        case stats(StatsScreen)
        /// Every finished exam, to reopen one in its results.
        case pastExams(PastExamsScreen)
        /// Every question missed, to read, cram or review.
        case mistakes(MistakesScreen)
        /// Your notes as claims; a note open on its claims.
        case notes(NotesScreen)
        /// Questions found by words; one of them open to read.
        case search(SearchScreen)
        indirect case reader(QuestionReader)
        /// The exams left in progress, to resume or discard, or a new one to start instead.
        case resumeOffer(ResumeOffer)
        /// A question's documentation links in full, over the page that opened it.
        indirect case links(LinksView)
        /// The keys of the page beneath, and the shared ones.
        indirect case help(HelpScreen)
        /// A comment being written on the item of the page beneath.
        indirect case comment(CommentScreen)

        var screen: any Screen {
            switch self {
            case .menu(let screen): screen
            case .drillSetup(let screen): screen
            case .drill(let screen): screen
            case .results(let screen): screen
            case .examIntro(let screen): screen
            case .exam(let screen): screen
            case .examResults(let screen): screen
            case .stats(let screen): screen
            case .pastExams(let screen): screen
            case .mistakes(let screen): screen
            case .notes(let screen): screen
            case .search(let screen): screen
            case .reader(let screen): screen
            case .resumeOffer(let screen): screen
            case .links(let screen): screen
            case .help(let screen): screen
            case .comment(let screen): screen
            }
        }

        /// The menu with the cursor on row `cursor`.
        public static func menu(cursor: Int) -> Page { .menu(MenuScreen(cursor: cursor)) }
    }
}
