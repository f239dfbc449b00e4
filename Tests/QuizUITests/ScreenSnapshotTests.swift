import QuizEngine
import QuizUI
import Testing

/// Every screen as a user sees it, at 80x24 and at a small size, in Japanese and English.
@Suite struct ScreenSnapshotTests {
    @Test(arguments: Language.allCases)
    func menu(language: Language) throws {
        try ScreenSnapshot.assert(ScreenFixtures.model(language).render(), named: "menu-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func drillSetup(language: Language) throws {
        var model = ScreenFixtures.model(language)
        ScreenFixtures.send(&model, .down, .down, .enter, .space, .down, .right)
        try ScreenSnapshot.assert(model.render(), named: "drill-setup-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func drillSetupAtSmallSize(language: Language) throws {
        var model = ScreenFixtures.model(language, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .down, .down, .enter, .down, .down, .down, .down, .down)
        try ScreenSnapshot.assert(model.render(), named: "drill-setup-\(language)-50x16")
    }

    @Test(arguments: Language.allCases)
    func question(language: Language) throws {
        var model = ScreenFixtures.singleDrill(language)
        ScreenFixtures.send(&model, .down)
        try ScreenSnapshot.assert(model.render(), named: "question-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func questionAtSmallSize(language: Language) throws {
        var model = ScreenFixtures.singleDrill(language, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .down, .down, .down)
        try ScreenSnapshot.assert(model.render(), named: "question-\(language)-50x16")
    }

    @Test(arguments: Language.allCases)
    func feedbackAfterAWrongAnswer(language: Language) throws {
        var model = ScreenFixtures.singleDrill(language)
        let wrong = try #require(wrongPosition(model))
        ScreenFixtures.send(&model, .character(Character(String(wrong + 1))), .enter)
        try ScreenSnapshot.assert(model.render(), named: "feedback-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func feedbackAtSmallSize(language: Language) throws {
        var model = ScreenFixtures.singleDrill(language, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .enter)
        try ScreenSnapshot.assert(model.render(), named: "feedback-\(language)-50x16")
    }

    @Test(arguments: Language.allCases)
    func results(language: Language) throws {
        var model = ScreenFixtures.singleDrill(language)
        ScreenFixtures.send(&model, .enter, .enter)
        answerCorrectly(&model)
        ScreenFixtures.send(&model, .enter)
        try ScreenSnapshot.assert(model.render(), named: "results-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func help(language: Language) throws {
        var model = ScreenFixtures.model(language)
        ScreenFixtures.send(&model, .character("?"))
        try ScreenSnapshot.assert(model.render(), named: "help-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func tooSmall(language: Language) throws {
        let model = ScreenFixtures.model(language, columns: 30, rows: 10)
        try ScreenSnapshot.assert(model.render(), named: "too-small-\(language)-30x10")
    }

    private func wrongPosition(_ model: AppModel) -> Int? {
        guard case .drill(let drill) = model.page else { return nil }
        return drill.current.displayedChoices.firstIndex { !$0.isCorrect }
    }

    private func answerCorrectly(_ model: inout AppModel) {
        guard case .drill(let drill) = model.page else { return }
        for position in drill.current.correctPositions {
            ScreenFixtures.send(&model, .character(Character(String(position + 1))))
        }
        ScreenFixtures.send(&model, .enter)
    }
}
