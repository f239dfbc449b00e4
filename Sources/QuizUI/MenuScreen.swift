import QuizEngine

/// The main menu: what the user can do, and what the bank holds.
enum MenuScreen {
    enum Item: Hashable {
        case resumeExam(String)
        case exam(Exam)
        case drillDomain
        case drillAll
        case review
        case stats
        case quit
    }

    static func items(_ model: AppModel) -> [Item] {
        model.pendingExams.map { Item.resumeExam($0.session.id) }
            + [.exam(.sap), .exam(.saa), .drillDomain, .drillAll, .review, .stats, .quit]
    }

    static func label(_ item: Item, model: AppModel) -> String {
        let language = model.language
        switch item {
        case .resumeExam(let id):
            guard let pending = model.pendingExams.first(where: { $0.session.id == id }) else { return "" }
            let exam = pending.session
            return UIText.menuResume(
                exam.preset.exam.code, answered: exam.answeredCount, of: exam.items.count, incomplete: exam.incompleteCount,
                left: Clock.format(exam.remainingSeconds)
            )[language]
                + (pending.openElsewhere ? UIText.openElsewhereMark[language] : "")
        case .exam(let exam):
            let preset = ExamPreset.standard(exam)
            return UIText.menuExam(exam.code, questions: preset.questionCount, minutes: preset.minutes)[language]
        case .drillDomain: return UIText.menuDrillDomain[language]
        case .drillAll: return UIText.menuDrillAll[language]
        case .review:
            let due = model.derived.reviewQueue.due(at: model.now).count
            return UIText.menuReview(due: due)[language]
        case .stats: return UIText.menuStats[language]
        case .quit: return UIText.menuQuit[language]
        }
    }

    static func content(_ model: AppModel, cursor: Int, width: Int) -> ScreenContent {
        let language = model.language
        var body: [StyledLine] = [[]]
        var focus: Range<Int>?
        for (index, item) in items(model).enumerated() {
            let selected = index == cursor
            if selected { focus = body.count..<(body.count + 1) }
            body.append([
                Span(selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan)),
                Span(label(item, model: model), CellStyle(bold: selected, reverse: selected)),
            ])
        }
        if let notice = model.notice {
            body.append([])
            body += LineBuilder.wrapped(notice[language], width: width, style: CellStyle(bold: true, color: .yellow))
        }
        body.append([])
        let catalog = model.bank.catalog
        let summary = UIText.bankSummary(
            questions: model.bank.questions.count, notes: catalog.notes.count, domains: catalog.domains.count
        )[language]
        body += LineBuilder.wrapped(summary, width: width, style: CellStyle(dim: true))
        body += HistoryNotice.lines(model, width: width, before: true)
        if model.leftOutQuestions > 0 {
            body.append([])
            body += LineBuilder.wrapped(
                UIText.leftOut(model.leftOutQuestions, folders: model.leftOutFolders)[language], width: width,
                style: CellStyle(color: .yellow)
            )
            for problem in model.loadProblems {
                body += LineBuilder.wrapped(problem, width: width, style: CellStyle(dim: true), prefix: [Span("  ")])
            }
        }
        body.append([])
        body.append([Span(UIText.mastery[language], CellStyle(bold: true, underline: true))])
        for domain in catalog.domains where model.bank.questions.contains(where: { $0.domainID == domain.id }) {
            body.append(ResultsScreen.scoreRow(domain.name[language], model.derived.domainScores[domain.id] ?? Score(), width: width))
        }
        return ScreenContent(
            title: UIText.appTitle[language], body: body, focus: focus
        )
    }
}
