import QuizEngine

/// Before an exam starts: its figures, and a word when the bank is short of questions.
public struct ExamIntro: Screen {
    public let preset: ExamPreset
    public let seed: UInt64
    public let items: [PresentedQuestion]
    public let shortfall: Int
}

extension ExamIntro {
    var page: AppModel.Page { .examIntro(self) }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.examIntro) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.examIntro.action(for: key) {
        case .start:
            guard !items.isEmpty else { return [] }
            let session = ExamSession(id: app.takeExamID(), preset: preset, seed: seed, items: items)
            app.show(.exam(ExamState(session: session)))
            return [.saveExam(session.snapshot)]
        case .back:
            app.show(.menu(cursor: 0))
        case nil: break
        }
        return []
    }
}

/// The start screen of a practice exam.
extension ExamIntro {
    func content(_ model: AppModel, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        body.append([Span("\(UIText.examMode[language]) \(preset.exam.code)", CellStyle(bold: true))])
        body.append([])
        body += LineBuilder.wrapped(
            UIText.examIntroFigures(questions: items.count, minutes: preset.minutes, passMark: preset.passingScore)[language],
            width: width
        )
        if shortfall > 0 {
            body.append([])
            body += LineBuilder.wrapped(
                UIText.examShortfall(items.count)[language], width: width,
                style: CellStyle(color: .yellow)
            )
        }
        body.append([])
        let rules = UIText.examIntroRules(
            strike: ScreenKeys.examLabel(.strike), flag: ScreenKeys.examLabel(.mark), overview: ScreenKeys.examLabel(.overview)
        )
        body += LineBuilder.wrapped(rules[language], width: width)
        body += HistoryNotice.lines(model, width: width, before: true)
        body.append([])
        body += LineBuilder.wrapped(UIText.examIntroStart[language], width: width, style: CellStyle(bold: true))
        return ScreenContent(title: UIText.appTitle[language], body: body, focus: nil)
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Start: Sendable { case start, back }

    static let examIntro: [KeyBinding<Start>] = [
        KeyBinding([.enter, .space], "Enter", LocalizedText(ja: "開始", en: "start"), .essential, action: .start),
        KeyBinding(CommonKeys.back, "q", backText, .essential, helpLabel: "q, Esc", action: .back),
    ]
}
