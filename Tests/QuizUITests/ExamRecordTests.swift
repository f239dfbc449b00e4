import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// Exams with their own ids: several in progress, each resumed or discarded on its own,
/// one open in another window, "incomplete" multi-response answers, submitting as one
/// save, failed saves said where they happen, and another window's answers coming in.
@Suite struct ExamRecordTests {
    static let preset = ExamPreset.standard(.sap).with(questionCount: 2, minutes: 1)

    static func review(_ model: AppModel) -> ExamResultsBrowser? {
        if case .examResults(let review) = model.page { return review }
        return nil
    }

    static func drill(_ model: AppModel) -> DrillState? {
        if case .drill(let drill) = model.page { return drill }
        return nil
    }

    static func exam(_ model: AppModel) -> ExamState? {
        if case .exam(let exam) = model.page { return exam }
        return nil
    }

    static func records(_ effects: [Effect]) -> [AnswerRecord] {
        effects.flatMap { effect -> [AnswerRecord] in
            if case .submitExam(_, _, let records) = effect { return records }
            return []
        }
    }

    /// A model with a started exam (id `<prefix>-1`) that was answered once and left.
    func modelWithLeftExam(_ language: Language = .en, prefix: String = "window") -> AppModel {
        var model = AppModel(
            bank: ScreenFixtures.bank, language: language, size: TerminalSize(columns: 80, rows: 24), seed: 1,
            now: ScreenFixtures.epoch, timeZone: TimeZone(identifier: "UTC")!, examIDPrefix: prefix
        )
        model.openExam(Self.preset)
        ScreenFixtures.send(&model, .enter, .character("1"), .character("q"), .character("y"))
        return model
    }

    @Test func everyExamHasItsOwnIdInEverySave() throws {
        var model = modelWithLeftExam()
        model.openExam(.standard(.saa).with(questionCount: 2, minutes: 5))
        let effects = ScreenFixtures.send(&model, .enter, .character("2"))
        let second = try #require(Self.exam(model)).session
        #expect(second.id == "window-2")
        #expect(model.pendingExams.map(\.session.id) == ["window-1"])
        #expect(effects.count == 2)
        #expect(effects.allSatisfy { if case .saveExam(let snapshot) = $0 { snapshot.id == "window-2" } else { false } })
    }

    @Test func startingANewExamFromTheMenuNeverTouchesTheOneInProgress() throws {
        var model = modelWithLeftExam()
        let items = MenuScreen.items(model)
        let sap = try #require(items.firstIndex(of: .exam(.saa)))
        var effects: [Effect] = []
        for _ in 0..<sap { effects += ScreenFixtures.send(&model, .down) }
        effects += ScreenFixtures.send(&model, .enter, .enter, .character("1"))
        #expect(!effects.contains { if case .discardExam = $0 { true } else { false } })
        #expect(model.pendingExams.map(\.session.id) == ["window-1"])
        #expect(try #require(Self.exam(model)).session.preset.exam == .saa)
    }

    @Test func theStartScreenListsEachExamNewestFirstToResumeOrDiscard() throws {
        var model = modelWithLeftExam()
        model.openExam(Self.preset)
        ScreenFixtures.send(&model, .enter, .character("q"), .character("y"))
        #expect(model.pendingExams.map(\.session.id) == ["window-2", "window-1"])
        model.offerResume(next: .standard(.saa))
        let text = model.render().text
        #expect(text.contains("Exams in progress (newest first)"))
        #expect(text.contains("▸ SAP-C02: 0 of 2 answered, 0 incomplete, 0 flagged, 0:01:00 left"))
        #expect(text.contains("  SAP-C02: 1 of 2 answered, 0 incomplete, 0 flagged, 0:01:00 left"))
        ScreenFixtures.send(&model, .down, .character("d"))
        #expect(model.render().text.contains("Discard this exam?"))
        let discard = ScreenFixtures.send(&model, .character("y"))
        #expect(discard == [.discardExam(id: "window-1")])
        #expect(model.pendingExams.map(\.session.id) == ["window-2"])
        let resumed = ScreenFixtures.send(&model, .enter)
        let exam = try #require(Self.exam(model))
        #expect(exam.session.id == "window-2")
        #expect(resumed == [.saveExam(exam.session.snapshot)])
        #expect(model.pendingExams.isEmpty)
    }

    @Test func newFromTheStartScreenKeepsEveryExamInProgress() throws {
        var model = modelWithLeftExam()
        model.offerResume(next: .standard(.saa))
        let effects = ScreenFixtures.send(&model, .character("n"))
        #expect(effects.isEmpty)
        #expect(model.pendingExams.count == 1)
        guard case .examIntro(let intro) = model.page else {
            Issue.record("n must open the new exam's start screen, not \(model.page)")
            return
        }
        #expect(intro.preset.exam == .saa)
    }

    @Test func anExamOpenInAnotherWindowIsSaidSoAndNotResumed() throws {
        var model = modelWithLeftExam()
        let pending = try #require(model.pendingExams.first)
        _ = model.update(.historyReloaded(model.log, [PendingExam(session: pending.session, openElsewhere: true)], warning: nil))
        #expect(model.render().text.contains("Resume exam SAP-C02 (1/2 answered, 0:01:00 left) — open in another window"))
        model.offerResume(next: nil)
        let effects = ScreenFixtures.send(&model, .enter)
        #expect(effects.isEmpty)
        #expect(model.render().text.contains("This exam is open in another awsquiz window"))
        #expect(Self.exam(model) == nil)
    }

    @Test func aLockLostToAnotherWindowOnResumeTakesTheExamBackToTheList() throws {
        var model = modelWithLeftExam()
        model.offerResume(next: nil)
        ScreenFixtures.send(&model, .enter)
        #expect(Self.exam(model) != nil)
        _ = model.update(.examOpenElsewhere(id: "window-1"))
        #expect(Self.exam(model) == nil)
        #expect(model.pendingExams.first?.openElsewhere == true)
        #expect(model.render().text.contains("This exam is open in another awsquiz window"))
    }

    @Test func tooFewPicksOfAMultiResponseQuestionIsIncompleteEverywhere() throws {
        var model = ScreenFixtures.model(.en)
        model.openExam(Self.preset)
        ScreenFixtures.send(&model, .enter)
        var exam = try #require(Self.exam(model))
        let multi = try #require(exam.session.items.firstIndex { $0.question.isMultiResponse })
        if exam.session.index != multi { ScreenFixtures.send(&model, .right) }
        ScreenFixtures.send(&model, .character("1"))
        exam = try #require(Self.exam(model))
        #expect(exam.session.isIncomplete(multi))
        #expect(exam.session.answeredCount == 0)
        ScreenFixtures.send(&model, .character("v"))
        let grid = model.render().text
        #expect(grid.contains("Overview: 0 answered · 1 incomplete · 1 unanswered · 0 flagged"))
        #expect(grid.contains("◐  \(multi + 1)"))
        ScreenFixtures.send(&model, .character("i"))
        #expect(model.render().text.contains("Showing: incomplete or unanswered (2)"), "the review filter counts it too")
        #expect(model.render().text.contains("◐  \(multi + 1)"))
        ScreenFixtures.send(&model, .character("s"))
        #expect(model.render().text.contains("Submit the exam? 1 unanswered, 1 incomplete, 0 flagged."))
        ScreenFixtures.send(&model, .character("n"), .character("q"), .character("y"))
        #expect(model.render().text.contains("Resume exam SAP-C02 (0/2 answered, 1 incomplete, 0:01:00 left)"))
        model.offerResume(next: nil)
        #expect(model.render().text.contains("SAP-C02: 0 of 2 answered, 1 incomplete, 0 flagged"))
    }

    @Test func submittingIsOneSaveOfTheGradeAndEveryAnswer() throws {
        var model = modelWithLeftExam()
        model.offerResume(next: nil)
        ScreenFixtures.send(&model, .enter, .character("v"), .character("s"))
        let effects = ScreenFixtures.send(&model, .character("y"))
        let review = try #require(Self.review(model))
        #expect(effects == [.submitExam(review.session.snapshot, review.session.score, Self.records(effects))])
        #expect(Self.records(effects).map(\.questionID) == review.session.items.map(\.question.id))
    }

    @Test func aFailedSubmitIsSaidOnTheResultsAndTheExamStaysInProgress() throws {
        var model = modelWithLeftExam()
        model.offerResume(next: nil)
        ScreenFixtures.send(&model, .enter, .character("v"), .character("s"), .character("y"))
        #expect(model.log.answers.count == 2)
        _ = model.update(.submitFailed(id: "window-1", HistoryText.submitFailed(.diskFull)))
        #expect(model.log.answers.isEmpty, "answers not filed leave the session's figures")
        #expect(model.log.exams.isEmpty)
        let text = model.render().text
        #expect(text.contains("The exam result was not saved because the disk is full"))
        #expect(!text.contains("SQL"))
        #expect(model.pendingExams.map(\.session.id) == ["window-1"])
        #expect(model.pendingExams.first?.session.status == .inProgress)
        #expect(model.pendingExams.first?.session.answers[0] == [0])
        _ = model.update(.saved)
        #expect(!model.render().text.contains("not saved"))
    }

    @Test func aDrillAnswerThatFailedToSaveIsSaidOnItsFeedbackUntilSavingWorks() throws {
        for language in Language.allCases {
            var model = ScreenFixtures.singleDrill(language)
            let effects = ScreenFixtures.send(&model, .character("1"), .enter)
            #expect(effects.count == 1)
            _ = model.update(.saveFailed(HistoryText.saveFailed(.diskFull)))
            let sentence = HistoryText.saveFailed(.diskFull)[language]
            #expect(model.render().text.contains(String(sentence.prefix(20))), "said on the feedback screen in \(language)")
            ScreenFixtures.send(&model, .enter)
            _ = model.update(.saved)
            #expect(!model.render().text.contains(String(sentence.prefix(20))), "gone once saving works")
        }
    }

    @Test func theMenuAsksForAnotherWindowsAnswersWhenShownAgainAndShowsThem() throws {
        var model = ScreenFixtures.model(.en)
        ScreenFixtures.send(&model, .down, .down, .down, .enter)
        let back = ScreenFixtures.send(&model, .escape)
        #expect(back == [.refreshHistory])
        #expect(ScreenFixtures.send(&model, .down) == [], "not while the menu stays")
        let question = try #require(ScreenFixtures.bank.questions.first)
        let answer = AnswerRecord(questionID: question.id, chosen: [0], isCorrect: true, secondsTaken: 1, mode: .drill)
        let before = model.render().text
        _ = model.update(.historyReloaded(StudyLog(answers: [LoggedAnswer(record: answer, answeredAt: ScreenFixtures.epoch)]), [], warning: nil))
        #expect(model.render().text != before)
        #expect(model.log.answers.count == 1)
        _ = model.update(.historyReloaded(nil, [], warning: HistoryText.readFailed(.busy)))
        #expect(model.log.answers.count == 1, "a reading that failed keeps what the session has")
        #expect(model.render().text.contains("History could not be read because another program holds the history file"))
    }

    @Test func anExamFinishedInAnotherWindowClosesHereAndSaysWhy() throws {
        var model = modelWithLeftExam()
        model.offerResume(next: nil)
        ScreenFixtures.send(&model, .enter)
        let effects = model.update(.examFinishedElsewhere(id: "window-1"))
        #expect(model.page == .menu(MenuScreen(cursor: 0, notice: UIText.examFinishedElsewhere)))
        #expect(effects == [.refreshHistory])
        #expect(model.pendingExams.isEmpty)
        #expect(model.render().text.contains("This exam was submitted or discarded in another window"))
    }

    @Test func aResultAlreadyFiledByAnotherWindowIsNotCountedTwice() throws {
        var model = modelWithLeftExam()
        model.offerResume(next: nil)
        ScreenFixtures.send(&model, .enter, .character("v"), .character("s"), .character("y"))
        _ = model.update(.examFinishedElsewhere(id: "window-1"))
        #expect(Self.review(model) != nil, "the results stay on screen")
        #expect(model.log.answers.isEmpty)
        #expect(model.log.exams.isEmpty)
        #expect(model.render().text.contains("This exam was submitted or discarded in another window"))
    }
}

@Suite struct ResumeOfferSnapshotTests {
    @Test(arguments: Language.allCases)
    func twoExamsInProgressOneOpenElsewhere(language: Language) throws {
        var model = ExamRecordTests().modelWithLeftExam(language)
        model.openExam(.standard(.saa).with(questionCount: 2, minutes: 30))
        ScreenFixtures.send(&model, .enter, .right, .character("1"), .character("q"), .character("y"))
        let open = try #require(model.pendingExams.last)
        _ = model.update(.historyReloaded(
            model.log, [model.pendingExams[0], PendingExam(session: open.session, openElsewhere: true)], warning: nil
        ))
        model.offerResume(next: nil)
        ScreenFixtures.send(&model, .down, .enter)
        try ScreenSnapshot.assert(model.render(), named: "resume-offer-\(language)-80x24")
    }
}
