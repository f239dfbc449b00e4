import QuizEngine

/// An exam's results: the summary, then its questions to browse with their explanations
/// (an `AnswerBrowser`), and "retry the misses now". Opened after submitting, or from the
/// past exams; `q` on the summary goes back to the page that opened it.
public struct ExamResultsBrowser: Screen {
    public let session: ExamSession
    public internal(set) var browser: AnswerBrowser
    /// The page to go back to (the past exams); nil for the menu.
    let returnTo: PageBeneath?

    public init(session: ExamSession) {
        self.init(session: session, returnTo: nil)
    }

    init(session: ExamSession, returnTo: PageBeneath?) {
        self.session = session
        browser = AnswerBrowser(items: session.items, answers: session.answers, flagged: session.flagged)
        self.returnTo = returnTo
    }
}

extension ExamResultsBrowser {
    var page: AppModel.Page { .examResults(self) }

    /// The summary's keys, or the browser's. `q` on the summary says where it goes.
    func table(_ app: AppModel) -> [KeyBinding<ScreenKeys.Browse>] {
        browser.filter == nil ? ScreenKeys.examResults(leave: returnTo == nil ? app.leaveText : ScreenKeys.backText) : browser.table
    }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(table(app)) }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        ExamResultsScreen.content(app, review: self, width: width)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch table(app).action(for: key) {
        case .retryMisses:
            app.startDrill(of: browser.missed, title: UIText.myMisses, returnTo: app.here)
            return []
        case .back where browser.filter == nil:
            app.goBack(to: returnTo)
            return []
        case let action?:
            return browser.handle(action, app: &app)
        case nil:
            return []
        }
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    /// The results of an exam, before a list is chosen. `leave` says where q goes.
    static func examResults(leave: LocalizedText) -> [KeyBinding<Browse>] {
        filters + [
            retryMisses,
            KeyBinding(CommonKeys.back + [.enter], "q", leave, .essential, helpLabel: "q, Esc, Enter", action: .back),
        ]
    }
}
