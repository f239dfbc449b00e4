import QuizEngine

/// Every finished exam, newest first (date, preset, score, pass or fail), opened from
/// Stats; `Enter` reopens one in its results, with its questions, the options that were
/// shown, the answers given and the explanations. History is read when the screen opens.
public struct PastExamsScreen: Screen {
    /// Nil until history has answered.
    public internal(set) var exams: [PastExam]?
    public internal(set) var cursor = 0

    var page: AppModel.Page { .pastExams(self) }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.pastExams) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let count = exams?.count ?? 0
        switch ScreenKeys.pastExams.action(for: key) {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(max(0, count - 1), cursor + 1)
        case .choose:
            guard let exams, exams.indices.contains(cursor) else { break }
            app.show(.examResults(ExamResultsBrowser(session: exams[cursor].session, returnTo: app.here)))
        case .back: app.show(.stats(StatsScreen(stats: StudyStats(log: app.log, bank: app.bank, now: app.now))))
        case nil: break
        }
        return []
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        var body: [StyledLine] = [[]]
        var focus: Range<Int>?
        guard let exams else {
            return ScreenContent(title: UIText.pastExamsTitle[language], body: body + [[Span(UIText.reading[language], CellStyle(dim: true))]], focus: nil)
        }
        if exams.isEmpty { body.append([Span("  " + UIText.statsNoExams[language], CellStyle(dim: true))]) }
        let columns = UIText.pastExamsColumns.map { $0[language] }
        if !exams.isEmpty {
            body.append([Span(
                LineBuilder.truncated(
                    "  " + LineBuilder.padded(columns[0], width: 18) + LineBuilder.padded(columns[1], width: 9)
                        + columns[2].leftPadded(to: 5) + columns[3].leftPadded(to: 6) + "  " + columns[4],
                    width: width
                ),
                CellStyle(bold: true, underline: true)
            )])
        }
        for (index, exam) in exams.enumerated() {
            let selected = index == cursor
            if selected { focus = body.count..<(body.count + 1) }
            let figures = "\(StatsScreen.format(exam.takenAt, timeZone: app.timeZone))  \(exam.session.preset.exam.code)  "
                + "\(exam.score.correct)/\(exam.score.total)".leftPadded(to: 5) + String(exam.scaledScore).leftPadded(to: 6) + "  "
            let verdict = (exam.passed ? UIText.passed : UIText.failed)[language]
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(
                    LineBuilder.truncated(figures, width: max(1, width - 2 - DisplayWidth.of(verdict))),
                    CellStyle(bold: selected, reverse: selected)
                ),
                Span(verdict, CellStyle(bold: true, color: exam.passed ? .green : .red)),
            ])
        }
        return ScreenContent(title: UIText.pastExamsTitle[language], status: "\(exams.count)", body: body, focus: focus)
    }
}

extension AppModel {
    /// Opens the past exams and asks history for them.
    mutating func openPastExams() -> [Effect] {
        show(.pastExams(PastExamsScreen()))
        return [.loadPastExams]
    }

    /// History's answer: the past exams screen, if still open, lists them.
    mutating func pastExamsLoaded(_ exams: [PastExam]) {
        guard case .pastExams(var screen) = page else { return }
        screen.exams = exams
        screen.cursor = min(screen.cursor, max(0, exams.count - 1))
        page = .pastExams(screen)
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    static let pastExams = list(choose: LocalizedText(ja: "結果を開く", en: "open results"), back: backText)
}
