import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// Every results screen (drill, review, exam) opens each question with its explanation and
/// retries the misses now; a retry started from exam results goes back to them.
@Suite struct ResultsBrowserTests {
    static func drillResults(_ model: AppModel) -> DrillResultsScreen? {
        if case .results(let results) = model.page { return results }
        return nil
    }

    /// A two-question drill: the first answered with option A (wrong), the second right.
    static func finishedDrill(_ language: Language = .en) throws -> AppModel {
        var model = ScreenFixtures.singleDrill(language)
        ScreenFixtures.send(&model, .enter, .enter)
        let second = try #require(ExamRecordTests.drill(model))
        for position in second.current.correctPositions { ScreenFixtures.send(&model, .character(Character(String(position + 1)))) }
        ScreenFixtures.send(&model, .enter, .enter)
        return model
    }

    /// Answers the question on screen right.
    static func answerRight(_ model: inout AppModel) throws {
        let drill = try #require(ExamRecordTests.drill(model))
        for position in drill.current.correctPositions { ScreenFixtures.send(&model, .character(Character(String(position + 1)))) }
        ScreenFixtures.send(&model, .enter)
    }

    @Test func drillResultsOpenEachQuestionWithTheAnswerGivenAndTheExplanation() throws {
        var model = try Self.finishedDrill()
        #expect(model.render().text.contains("i incorrect (1)"))
        ScreenFixtures.send(&model, .character("i"))
        let list = model.render().text
        #expect(list.contains("Incorrect questions"))
        #expect(list.contains("✗   1  A payment processor"), "the missed one, marked, by its number in the drill")
        ScreenFixtures.send(&model, .enter)
        let detail = model.render().text
        #expect(detail.contains("Q 1/2 · fixture-single"))
        #expect(detail.contains("✗ Incorrect — The answer is B"))
        #expect(detail.contains("TLS listener.  ← your answer"))
        ScreenFixtures.send(&model, .character("q"), .character("a"))
        #expect(model.render().text.contains("All questions"))
        ScreenFixtures.send(&model, .down, .enter)
        #expect(model.render().text.contains("Q 2/2 · "))
        ScreenFixtures.send(&model, .character("q"), .character("q"))
        #expect(model.render().text.contains("1 of 2 correct"), "q on a list goes back to the summary")
    }

    @Test func retryingADrillsMissesDrillsExactlyThemThenGoesBackToTheMenu() throws {
        var model = try Self.finishedDrill()
        ScreenFixtures.send(&model, .character("d"))
        let retry = try #require(ExamRecordTests.drill(model))
        #expect(retry.session.items.map(\.question.id) == ["fixture-single"])
        #expect(retry.session.mode == .drill)
        try Self.answerRight(&model)
        ScreenFixtures.send(&model, .enter)
        #expect(Self.drillResults(model)?.drill.title == UIText.myMisses)
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .menu(cursor: 0))
    }

    @Test func reviewResultsBrowseToo() throws {
        var model = ScreenFixtures.model(.en, log: ReviewAndStatsScreenTests.log)
        let reviewRow = try #require(MenuScreen.items(model).firstIndex(of: .review))
        for _ in 0..<reviewRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter, .enter, .enter)
        #expect(Self.drillResults(model)?.drill.session.mode == .review)
        ScreenFixtures.send(&model, .character("a"), .enter)
        #expect(model.render().text.contains("Q 1/1 · fixture-single"))
    }

    @Test func retryFromExamResultsComesBackToThem() throws {
        var model = ExamUpdateTests().startedExam()
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        let results = try #require(ExamRecordTests.review(model))
        ScreenFixtures.send(&model, .character("d"))
        #expect(ExamRecordTests.drill(model)?.session.items.count == 2, "both were left unanswered")
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .examResults(results), "leaving with nothing answered goes straight back")
        ScreenFixtures.send(&model, .character("d"))
        let retry = try #require(ExamRecordTests.drill(model))
        let wrong = try #require(retry.current.displayedChoices.firstIndex { !$0.isCorrect })
        ScreenFixtures.send(&model, .character(Character(String(wrong + 1))), .enter, .character("q"))
        #expect(Self.drillResults(model)?.browser.missed.map(\.id) == [retry.current.question.id], "the retry's own results first")
        ScreenFixtures.send(&model, .character("d"))
        #expect(ExamRecordTests.drill(model)?.session.items.map(\.question.id) == [retry.current.question.id])
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .examResults(results), "a retry of the retry still ends at the exam's results")
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .menu(cursor: 0))
    }
}
