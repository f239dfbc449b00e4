import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// Review that tells time: when an answered question comes back, when the next review is
/// due, and reviewing ahead when nothing is due.
@Suite struct ReviewTimeTests {
    static let minute = 60.0, hour = 3600.0, day = 86400.0

    @Test(arguments: [
        (20.0, "in under a minute", "1 分以内"), (59.5, "in 1 minute", "1 分後"), (10 * minute, "in 10 minutes", "10 分後"),
        (90 * minute, "in 2 hours", "2 時間後"), (2 * hour + 20 * minute, "in 2 hours", "2 時間後"), (3 * day, "in 3 days", "3 日後"),
        (75 * day, "in 2 months", "2 か月後"), (800 * day, "in 2 years", "2 年後"),
    ])
    func timeUntilReadsInWords(seconds: Double, en: String, ja: String) {
        let words = TimeUntil.words(from: ScreenFixtures.epoch, to: ScreenFixtures.epoch.addingTimeInterval(seconds))
        #expect(words == LocalizedText(ja: ja, en: en))
    }

    static func reviewFromTheMenu(_ language: Language) throws -> AppModel {
        var model = ScreenFixtures.model(language, log: ReviewAndStatsScreenTests.log)
        let row = try #require(MenuScreen.items(model).firstIndex(of: .review))
        for _ in 0..<row { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        return model
    }

    static func drill(_ model: AppModel) throws -> DrillState {
        guard case .drill(let drill) = model.page else { throw DrillSetupScreenTests.Failure("not in a drill: \(model.page)") }
        return drill
    }

    /// The fixture's missed question is still learning: FSRS brings a miss back after its
    /// first learning step (1 minute) and a right answer after its second (10 minutes).
    @Test func aMissedReviewSaysItComesBackInAMinute() throws {
        var model = try Self.reviewFromTheMenu(.en)
        let review = try Self.drill(model)
        let wrong = try #require(review.current.displayedChoices.indices.first { !review.current.correctPositions.contains($0) })
        ScreenFixtures.send(&model, .character(Character(String(wrong + 1))), .enter)
        #expect(model.render().text.contains("↻ Back for review in 1 minute."))
        ScreenFixtures.send(&model, .character("t"))
        #expect(model.render().text.contains("↻ 1 分後に復習でもう一度出題されます。"))
    }

    @Test func aRightReviewSaysItComesBackInTenMinutesAndTheClockCountsDown() throws {
        var model = try Self.reviewFromTheMenu(.en)
        let key = try #require(try Self.drill(model).current.correctPositions.first)
        ScreenFixtures.send(&model, .character(Character(String(key + 1))), .enter)
        #expect(model.render().text.contains("↻ Back for review in 10 minutes."))
        _ = model.update(ScreenFixtures.tick(0))
        _ = model.update(ScreenFixtures.tick(4 * Self.minute))
        #expect(model.render().text.contains("↻ Back for review in 6 minutes."))
    }

    @Test func aQuestionNeverMissedSaysNothingOfReview() throws {
        var model = ScreenFixtures.singleDrill(.en)
        let key = try #require(try Self.drill(model).current.correctPositions.first)
        ScreenFixtures.send(&model, .character(Character(String(key + 1))), .enter)
        #expect(!model.render().text.contains("Back for review"))
    }

    @Test func withNothingDueTheMenuSaysWhenAndReviewsAhead() throws {
        func answer(_ isCorrect: Bool, minutesAgo: Double) -> LoggedAnswer {
            LoggedAnswer(
                record: AnswerRecord(
                    questionID: "fixture-multi", chosen: [0], isCorrect: isCorrect, secondsTaken: 5, mode: .drill,
                    keyFingerprint: ScreenFixtures.bank.question("fixture-multi")?.keyFingerprint
                ),
                answeredAt: ScreenFixtures.epoch.addingTimeInterval(-minutesAgo * Self.minute)
            )
        }
        // A miss, then right a minute later: FSRS's second learning step, ten minutes on.
        var model = ScreenFixtures.model(.en, log: StudyLog(answers: [answer(false, minutesAgo: 2), answer(true, minutesAgo: 1)]))
        #expect(model.render().text.contains("Review ahead (next due in 9 minutes)"))
        let row = try #require(MenuScreen.items(model).firstIndex(of: .review))
        for _ in 0..<row { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        let ahead = try Self.drill(model)
        #expect(ahead.session.mode == .review, "answers given ahead count as reviews")
        #expect(ahead.session.items.map(\.question.id) == ["fixture-multi"])
        #expect(model.render().lines[0].contains("Drill · Review ahead"))
        ScreenFixtures.send(&model, .character("t"), .character("q"))
        #expect(model.render().text.contains("先取り復習（次の期限は 9 分後）"))
    }
}
