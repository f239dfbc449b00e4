import QuizEngine

/// The start screen's list of exams in progress: which one the cursor is on, the exam to
/// start instead, and whether a discard waits for its confirmation.
public struct ResumeOffer: Screen {
    public internal(set) var cursor: Int
    public let next: ExamPreset?
    public internal(set) var confirmingDiscard = false
    public internal(set) var notice: LocalizedText?
}

extension ResumeOffer {
    var page: AppModel.Page { .resumeOffer(self) }

    func keys(_ app: AppModel) -> KeyTable {
        confirmingDiscard ? KeyTable(ScreenKeys.confirm(ScreenKeys.discardText)) : KeyTable(ScreenKeys.resumeOffer)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        notice = nil
        cursor = max(0, min(cursor, app.pendingExams.count - 1))
        let pending = app.pendingExams.indices.contains(cursor) ? app.pendingExams[cursor] : nil
        if confirmingDiscard {
            confirmingDiscard = false
            guard case .yes = ScreenKeys.confirm(ScreenKeys.discardText).action(for: key), pending != nil else { return [] }
            let id = app.pendingExams.remove(at: cursor).session.id
            cursor = max(0, min(cursor, app.pendingExams.count - 1))
            if app.pendingExams.isEmpty { app.show(.menu(cursor: 0)) }
            return [.discardExam(id: id)]
        }
        switch ScreenKeys.resumeOffer.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(app.pendingExams.count - 1, cursor + 1)
        case .resume:
            guard let pending else { break }
            if pending.openElsewhere {
                notice = UIText.examOpenElsewhere
                break
            }
            app.pendingExams.remove(at: cursor)
            app.show(.exam(ExamState(session: pending.session)))
            return [.saveExam(pending.session.snapshot)]
        case .discard:
            guard let pending else { break }
            if pending.openElsewhere { notice = UIText.examOpenElsewhere } else { confirmingDiscard = true }
        case .new: app.openExam(next ?? .standard(pending?.session.preset.exam ?? .sap))
        case .back: app.show(.menu(cursor: 0))
        case nil: break
        }
        return []
    }
}

/// The exams left in progress, newest first, each to resume or discard.
extension ResumeOffer {
    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        body.append([Span(UIText.resumeTitle[language], CellStyle(bold: true))])
        body.append([])
        var focus: Range<Int>?
        for (index, pending) in model.pendingExams.enumerated() {
            let session = pending.session
            let selected = index == cursor
            let text = UIText.resumeBody(
                session.preset.exam.code, answered: session.answeredCount, of: session.items.count,
                incomplete: session.incompleteCount, flagged: session.flagged.count, left: Clock.format(session.remainingSeconds)
            )[language] + (pending.openElsewhere ? UIText.openElsewhereMark[language] : "")
            let start = body.count
            body += LineBuilder.wrapped(
                text, width: width, style: CellStyle(bold: selected, reverse: selected, dim: pending.openElsewhere),
                prefix: [Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan))]
            )
            if selected { focus = start..<body.count }
        }
        if let notice = notice {
            body.append([])
            body += LineBuilder.wrapped(notice[language], width: width, style: CellStyle(bold: true, color: .yellow))
        }
        body += HistoryNotice.lines(model, width: width, before: true)
        if confirmingDiscard {
            body.append([])
            body += LineBuilder.wrapped(UIText.confirmDiscard[language], width: width, style: CellStyle(bold: true, reverse: true))
            focus = (body.count - 1)..<body.count
        }
        return ScreenContent(title: UIText.appTitle[language], body: body, focus: focus)
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Resume: Sendable { case up, down, resume, discard, new, back }

    static let resumeOffer: [KeyBinding<Resume>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter, .space, .character("r")], "Enter", LocalizedText(ja: "再開", en: "resume"), .essential, helpLabel: "Enter, r", action: .resume),
        KeyBinding([.character("d")], "d", discardText, .useful, action: .discard),
        KeyBinding([.character("n")], "n", LocalizedText(ja: "新しい試験", en: "new exam"), .useful, action: .new),
        KeyBinding(CommonKeys.back, "q", menuText, .essential, helpLabel: "q, Esc", action: .back),
    ]
}
