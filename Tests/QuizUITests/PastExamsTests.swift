import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// Past attempts: every finished exam reopens from Stats in its results, with the options
/// that were shown and the answers given; `awsquiz exams ID` prints the same as text.
@Suite struct PastExamsTests {
    /// The 2-question exam of `ExamUpdateTests`, its first question answered right, submitted.
    static func submitted(_ language: Language = .en) throws -> PastExam {
        var model = ExamUpdateTests().startedExam(language)
        let first = try #require(ExamRecordTests.exam(model)?.session.current)
        for position in first.correctPositions { ScreenFixtures.send(&model, .character(Character(String(position + 1)))) }
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        let session = try #require(ExamRecordTests.review(model)?.session)
        return PastExam(session: session, takenAt: ScreenFixtures.epoch.addingTimeInterval(-3600), score: session.score)
    }

    static func pastExams(_ language: Language = .en, columns: Int = 80, rows: Int = 24) throws -> (AppModel, [Effect]) {
        var model = ScreenFixtures.model(language, columns: columns, rows: rows)
        let row = try #require(MenuScreen.items(model).firstIndex(of: .stats))
        for _ in 0..<row { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        let effects = ScreenFixtures.send(&model, .character("e"))
        _ = model.update(.pastExamsLoaded([try submitted(language)]))
        return (model, effects)
    }

    @Test func statsOpensThePastExamsFromHistory() throws {
        let (model, effects) = try Self.pastExams()
        #expect(effects == [.loadPastExams])
        #expect(model.render().text.contains("▸ 2026-11-24 23:00  SAP-C02    1/2   550  FAIL"))
    }

    @Test func enterReopensOneInItsResultsAndQGoesBackToTheList() throws {
        var (model, _) = try Self.pastExams()
        let exam = try Self.submitted()
        ScreenFixtures.send(&model, .enter)
        #expect(ExamRecordTests.review(model)?.session == exam.session)
        ScreenFixtures.send(&model, .character("a"), .enter)
        let text = model.render().text
        #expect(text.contains("Q 1/2 · "))
        #expect(text.contains("← your answer"), "the answer given, on the options that were shown")
        ScreenFixtures.send(&model, .character("q"), .character("q"), .character("q"))
        #expect(model.page == .pastExams(PastExamsScreen(exams: [exam])))
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .stats(StatsScreen(stats: StudyStats(log: model.log, bank: model.bank, now: model.now))))
    }

    @Test func withoutFinishedExamsItSaysSo() throws {
        var model = ScreenFixtures.model(.en)
        _ = model.openPastExams()
        #expect(model.render().text.contains("Reading history…"))
        _ = model.update(.pastExamsLoaded([]))
        #expect(model.render().text.contains("None yet."))
        ScreenFixtures.send(&model, .enter)
        #expect(model.page == .pastExams(PastExamsScreen(exams: [])), "Enter on an empty list stays")
    }

    @Test(arguments: Language.allCases)
    func snapshots(language: Language) throws {
        let (model, _) = try Self.pastExams(language)
        try ScreenSnapshot.assert(model.render(), named: "past-exams-\(language)-80x24")
        let (small, _) = try Self.pastExams(language, columns: 50, rows: 16)
        try ScreenSnapshot.assert(small.render(), named: "past-exams-\(language)-50x16")
    }

    @Test(arguments: Language.allCases)
    func theReportPrintsEveryQuestionAsShownWithTheAnswerTheKeyAndTheExplanation(language: Language) throws {
        let exam = try Self.submitted(language)
        let text = ExamReport.plainText(
            exam, dropped: 1, bank: ScreenFixtures.bank, language: language, width: 80, timeZone: TimeZone(identifier: "UTC")!
        )
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "2026-11-24 23:00  SAP-C02  [exam-1]")
        for (index, item) in exam.session.items.enumerated() {
            #expect(lines.contains("Q \(index + 1)/2 · \(item.question.id)"))
            for (position, choice) in item.displayedChoices.enumerated() {
                let first = TextWrap.paragraphs(choice.text[language]).first ?? ""
                let words = String(first.prefix(12))
                #expect(text.contains("\(OptionLabel.letter(position)). \(words)"), "option \(position) as shown")
            }
        }
        #expect(text.contains(UIText.yourAnswer[language]))
        #expect(text.contains(UIText.unanswered[language]), "the second was left blank")
        #expect(text.components(separatedBy: UIText.explanation[language]).count == 3, "one explanation per question")
        #expect(text.contains(language == .en ? "1 question of this exam is no longer in the bank" : "この試験の 1 問は"))
    }
}
