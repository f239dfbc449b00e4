import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// The Mistakes screen: every miss newest first with how often and when, its explanation,
/// a cram that leaves the schedule alone, and a review now that moves it.
@Suite struct MistakesScreenTests {
    static func answer(_ id: String, _ isCorrect: Bool, daysAgo: Double, chosen: [Int] = [0]) -> LoggedAnswer {
        let question = ScreenFixtures.bank.question(id)!
        return LoggedAnswer(
            record: AnswerRecord(
                questionID: id, chosen: chosen, isCorrect: isCorrect, secondsTaken: 9, mode: .drill,
                keyFingerprint: question.keyFingerprint
            ),
            answeredAt: ScreenFixtures.epoch.addingTimeInterval(-daysAgo * 86400)
        )
    }

    /// fixture-multi missed once, 3 days ago; fixture-single missed twice of three, last 1 day ago.
    static let log = StudyLog(answers: [
        answer("fixture-single", false, daysAgo: 9, chosen: [0]), answer("fixture-multi", false, daysAgo: 3, chosen: [0, 1]),
        answer("fixture-single", true, daysAgo: 2, chosen: [1]), answer("fixture-single", false, daysAgo: 1, chosen: [2]),
    ])

    static func mistakes(_ language: Language = .en, columns: Int = 80, rows: Int = 24) throws -> AppModel {
        var model = ScreenFixtures.model(language, columns: columns, rows: rows, log: log)
        let row = try #require(MenuScreen.items(model).firstIndex(of: .mistakes))
        for _ in 0..<row { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        return model
    }

    static func drill(_ model: AppModel) -> DrillState? { ExamRecordTests.drill(model) }

    @Test func theMenuCountsThemAndTheListIsNewestFirstWithHowOftenAndWhen() throws {
        #expect(ScreenFixtures.model(.en, log: Self.log).render().text.contains("Mistakes (2)"))
        let text = try Self.mistakes().render().text
        let single = try #require(text.range(of: "fixture-single   2/3  2026-11-24 00:00"))
        let multi = try #require(text.range(of: "fixture-multi    1/1  2026-11-22 00:00"))
        #expect(single.lowerBound < multi.lowerBound, "newest miss first")
    }

    @Test func enterOpensTheExplanationWithThePickOfTheLastMiss() throws {
        var model = try Self.mistakes()
        ScreenFixtures.send(&model, .enter)
        let text = model.render().text
        #expect(text.contains("Missed 2 of 3, last 2026-11-24 00:00"))
        #expect(text.contains("Q 1/2 · fixture-single"))
        #expect(text.contains("C. Issue the certificate in ACM"), "every option of the pool, in the author's order")
        #expect(text.contains("TLS listener.  ← your answer"), "option 3 was chosen at the last miss")
        ScreenFixtures.send(&model, .right)
        #expect(model.render().text.contains("Q 2/2 · fixture-multi"))
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .mistakes(MistakesScreen(cursor: 1)))
    }

    @Test func crammingFilesCramAnswersAndComesBackHere() throws {
        var model = try Self.mistakes()
        ScreenFixtures.send(&model, .character("d"))
        let cram = try #require(Self.drill(model))
        #expect(cram.session.mode == .cram)
        #expect(cram.title == UIText.cramTitle)
        #expect(cram.session.items.map(\.question.id) == ["fixture-single", "fixture-multi"])
        let wrong = try #require(cram.current.displayedChoices.firstIndex { !$0.isCorrect })
        let effects = ScreenFixtures.send(&model, .character(Character(String(wrong + 1))), .enter)
        let records = effects.flatMap { effect -> [AnswerRecord] in
            if case .recordAnswers(let records) = effect { return records }
            return []
        }
        #expect(records.map(\.mode) == [.cram])
        ScreenFixtures.send(&model, .character("q"), .character("q"))
        #expect(model.page == .mistakes(MistakesScreen()), "the cram's results, then back to the mistakes")
        #expect(model.render().text.contains("fixture-single   3/4  2026-11-25 00:00"), "the cram's miss counts here at once")
    }

    @Test func reviewNowFilesReviewsAndMarkedOnesAreTakenAlone() throws {
        var model = try Self.mistakes()
        ScreenFixtures.send(&model, .down, .space)
        #expect(model.render().text.contains("1 of 2 marked"))
        ScreenFixtures.send(&model, .character("r"))
        let review = try #require(Self.drill(model))
        #expect(review.session.mode == .review)
        #expect(review.session.items.map(\.question.id) == ["fixture-multi"])
    }

    @Test(arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var model = try Self.mistakes(language)
        ScreenFixtures.send(&model, .space)
        try ScreenSnapshot.assert(model.render(), named: "mistakes-\(language)-80x24")
        var small = try Self.mistakes(language, columns: 50, rows: 16)
        try ScreenSnapshot.assert(small.render(), named: "mistakes-\(language)-50x16")
        ScreenFixtures.send(&small, .enter)
        try ScreenSnapshot.assert(small.render(), named: "mistake-open-\(language)-50x16")
    }
}
