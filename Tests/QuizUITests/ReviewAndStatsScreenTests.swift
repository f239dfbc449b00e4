import Foundation
import QuizEngine
import QuizUI
import Testing

/// Review from the menu and the stats screen, over a fabricated log at a fixed clock.
@Suite struct ReviewAndStatsScreenTests {
    static func answer(_ id: String, _ isCorrect: Bool, daysAgo: Double) -> LoggedAnswer {
        let question = ScreenFixtures.bank.question(id)!
        return LoggedAnswer(
            record: AnswerRecord(
                questionID: id, chosen: [0], isCorrect: isCorrect, secondsTaken: 9, mode: .drill, keyFingerprint: question.keyFingerprint
            ),
            answeredAt: ScreenFixtures.epoch.addingTimeInterval(-daysAgo * 86400)
        )
    }

    static let log = StudyLog(
        answers: [
            answer("fixture-single", false, daysAgo: 12), answer("fixture-multi", true, daysAgo: 12),
            answer("fixture-multi", true, daysAgo: 3), answer("fixture-single", false, daysAgo: 2),
        ],
        exams: [ExamOutcome(exam: .saa, takenAt: ScreenFixtures.epoch.addingTimeInterval(-86400 * 5), correct: 47, total: 65)]
    )

    @Test func menuCountsDueReviewsAndStartsAReviewDrill() throws {
        var model = ScreenFixtures.model(.en, log: Self.log)
        #expect(model.render().text.contains("Review (1 due)"))
        for _ in 0..<4 { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        guard case .drill(let drill) = model.page else {
            Issue.record("expected a review drill")
            return
        }
        #expect(drill.mode == .review)
        #expect(drill.items.map(\.question.id) == ["fixture-single"])
        let key = try #require(drill.current.correctPositions.first)
        let effects = ScreenFixtures.send(&model, .character(Character(String(key + 1))), .enter)
        guard case .recordAnswers(let records) = effects.first else {
            Issue.record("the review answer must be saved")
            return
        }
        #expect(records.map(\.mode) == [.review])
        ScreenFixtures.send(&model, .enter, .enter)
        #expect(model.render().text.contains("Review (0 due)"))
    }

    @Test func noReviewDueSaysSo() {
        var model = ScreenFixtures.model(.en)
        for _ in 0..<4 { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        #expect(model.page == .menu(cursor: 4))
        #expect(model.render().text.contains("No reviews are due now"))
    }

    @Test(arguments: Language.allCases)
    func statsScreen(language: Language) throws {
        var model = ScreenFixtures.model(language, log: Self.log)
        for _ in 0..<5 { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        #expect(model.page == .stats)
        try ScreenSnapshot.assert(model.render(), named: "stats-\(language)-80x24")
    }
}
