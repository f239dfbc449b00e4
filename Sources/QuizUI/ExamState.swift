import QuizEngine

/// An exam on screen: the engine's session plus what only the screen needs.
public struct ExamState: Screen {
    public enum Overlay: Sendable, Hashable {
        case none
        case overview(ExamOverview)
        case confirmSubmit
        case confirmLeave
    }

    public internal(set) var session: ExamSession
    public internal(set) var overlay = Overlay.none
    /// Cursor over the current question's options.
    public internal(set) var cursor = 0
    /// A warning such as "10 minutes left", shown until the next key.
    public internal(set) var notice: LocalizedText?
    /// The whole second last saved, so the clock is saved once a second, not every tick.
    var savedSecond: Int

    public init(session: ExamSession) {
        self.session = session
        savedSecond = Int(session.remainingSeconds.rounded(.up))
    }
}

extension ExamState {
    var page: AppModel.Page { .exam(self) }

    var questionKeys: [KeyBinding<ScreenKeys.Exam>] { ScreenKeys.exam(optionCount: session.current.choiceOrder.count) }

    func keys(_ app: AppModel) -> KeyTable {
        switch overlay {
        case .none: KeyTable(questionKeys)
        case .overview: KeyTable(ScreenKeys.overview)
        case .confirmSubmit: KeyTable(ScreenKeys.confirm(ScreenKeys.submitText))
        case .confirmLeave: KeyTable(ScreenKeys.confirm(ScreenKeys.leaveText))
        }
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        ExamScreen.content(app, exam: self, width: width)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        guard overlay == .none else { return handleOverlay(key, app: &app) }
        notice = nil
        let optionCount = session.current.choiceOrder.count
        switch questionKeys.action(for: key) {
        case .choosing(let action):
            guard let position = ScreenKeys.chosen(by: action, key: key, cursor: &cursor, optionCount: optionCount) else { return [] }
            session.choose(position)
        case .strike: session.toggleStrike(cursor)
        case .nextFlagged:
            let flagged = session.flagged.sorted()
            guard let next = flagged.first(where: { $0 > session.index }) ?? flagged.first else {
                notice = UIText.noneFlagged
                return []
            }
            move(to: next, app: &app)
        case .comment: app.openComment(on: session.current.question.id)
        case .previous: move(to: session.index - 1, app: &app)
        case .next: move(to: session.index + 1, app: &app)
        case .enter:
            if session.index + 1 < session.items.count {
                move(to: session.index + 1, app: &app)
            } else {
                overlay = .overview(ExamOverview(session: session))
            }
        case .mark: session.toggleFlag()
        case .overview:
            overlay = .overview(ExamOverview(session: session))
            app.scroll = 0
        case .leave:
            overlay = .confirmLeave
            return []
        case nil:
            return []
        }
        return [.saveExam(session.snapshot)]
    }

    /// Keys while the overview or a question to confirm is showing.
    private mutating func handleOverlay(_ key: Key, app: inout AppModel) -> [Effect] {
        switch overlay {
        case .none:
            return []
        case .overview(var overview):
            switch overview.handle(key, session: session, columns: ExamOverviewScreen.columns(width: app.bodyWidth)) {
            case .stay: overlay = .overview(overview)
            case .open(let index):
                session.index = index
                cursor = 0
                overlay = .none
                app.scroll = 0
                return [.saveExam(session.snapshot)]
            case .submit: overlay = .confirmSubmit
            case .back: overlay = .none
            }
            return []
        case .confirmSubmit:
            switch ScreenKeys.confirm(ScreenKeys.submitText).action(for: key) {
            case .yes: return app.submitExam(session)
            case .no: overlay = .none
            case nil: break
            }
            return []
        case .confirmLeave:
            switch ScreenKeys.confirm(ScreenKeys.leaveText).action(for: key) {
            case .yes:
                app.pendingExams.insert(PendingExam(session: session), at: 0)
                app.show(.menu(cursor: 0))
                return [.saveExam(session.snapshot), .releaseExam(id: session.id)]
            case .no: overlay = .none
            case nil: break
            }
            return []
        }
    }

    private mutating func move(to index: Int, app: inout AppModel) {
        guard session.items.indices.contains(index) else { return }
        session.index = index
        cursor = 0
        app.scroll = 0
    }

    /// Time in the overview belongs to no question.
    private var isOverview: Bool {
        if case .overview = overlay { true } else { false }
    }

    /// Runs the clock: warnings at 10 and 1 minutes, a save each whole second, and at zero
    /// the exam submits itself.
    mutating func tick(seconds: Double, app: inout AppModel) -> [Effect] {
        if session.elapse(seconds, onQuestion: !isOverview) {
            notice = session.remainingSeconds > 60 ? UIText.tenMinutesLeft : UIText.oneMinuteLeft
        }
        if session.status == .submitted {
            return app.submitExam(session)
        }
        let second = Int(session.remainingSeconds.rounded(.up))
        let changed = second != savedSecond
        savedSecond = second
        return changed ? [.saveExam(session.snapshot)] : []
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Exam: Sendable, Equatable { case choosing(Choosing), strike, previous, next, mark, nextFlagged, overview, comment, enter, leave }

    /// The key of an exam action that does not depend on the option count.
    static func examLabel(_ action: Exam) -> String { exam(optionCount: 1).label(of: action) }

    /// A question during an exam. Strike, flag and overview keys lie beyond the option letters.
    static func exam(optionCount: Int) -> [KeyBinding<Exam>] {
        choosing(optionCount: optionCount, Exam.choosing) + [
            KeyBinding([.left, .character("p")], "←→", LocalizedText(ja: "前後", en: "prev/next"), .useful, helpLabel: "← →, p n", action: .previous),
            KeyBinding(pairedWith: [.right, .character("n")], action: .next),
            KeyBinding([.character("m")], "m", LocalizedText(ja: "フラグ", en: "flag"), .useful, action: .mark),
            KeyBinding([.character("r")], "r", LocalizedText(ja: "次のフラグへ", en: "next flagged"), .optional, action: .nextFlagged),
            KeyBinding([.character("v")], "v", LocalizedText(ja: "全体表", en: "overview"), .useful, action: .overview),
            strikeKey(.strike),
            commentKey(.comment),
            KeyBinding([.enter], "Enter", LocalizedText(ja: "次へ", en: "next"), .essential, action: .enter),
            KeyBinding(CommonKeys.back, "q", LocalizedText(ja: "中断", en: "leave"), .essential, helpLabel: "q, Esc", action: .leave),
        ]
    }
}
