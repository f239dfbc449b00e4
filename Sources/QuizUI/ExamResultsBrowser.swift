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

    /// The summary's keys, or the browser's.
    var table: [KeyBinding<ScreenKeys.Browse>] { browser.filter == nil ? ScreenKeys.examResults : browser.table }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(table) }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        ExamResultsScreen.content(app, review: self, width: width)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch table.action(for: key) {
        case .retryMisses:
            app.retry(browser.missed, mode: .drill, returnTo: app.here)
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
    /// The results of an exam, before a list is chosen.
    static let examResults: [KeyBinding<Browse>] = filters + [
        retryMisses,
        KeyBinding(CommonKeys.back + [.enter], "q", backText, .essential, helpLabel: "q, Esc, Enter", action: .back),
    ]
}
