import QuizEngine
import QuizUI
import Testing

/// The exam's rules through keys and fed ticks, and its screens as text.
@Suite struct ExamUpdateTests {
    static let preset = ExamPreset.standard(.sap).with(questionCount: 2, minutes: 1)

    /// A started 2-question, 1-minute exam at t = 100 s on the monotonic clock.
    func startedExam(_ language: Language = .en) -> AppModel {
        var model = ScreenFixtures.model(language)
        _ = model.update(.start(.exam(Self.preset)))
        _ = model.update(ScreenFixtures.tick(100))
        ScreenFixtures.send(&model, .enter)
        return model
    }

    func exam(_ model: AppModel) -> ExamState? {
        if case .exam(let exam) = model.page { return exam }
        return nil
    }

    @Test func everyChangeIsSavedAtOnce() throws {
        var model = startedExam()
        let effects = ScreenFixtures.send(&model, .character("2"))
        let session = try #require(exam(model)?.session)
        #expect(effects == [.saveExam(session.snapshot)])
        #expect(session.answers[0] == [1])
        let flagEffects = ScreenFixtures.send(&model, .character("m"))
        #expect(try #require(exam(model)).session.flagged == [0])
        #expect(flagEffects.count == 1)
    }

    @Test func noExplanationsDuringTheExam() {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("1"), .enter)
        let text = model.render().text
        #expect(!text.contains("Explanation"))
        #expect(!text.contains("Correct"))
        #expect(text.contains("Q 2/2"))
    }

    @Test func ticksRunTheClockAndSubmitAtZero() throws {
        var model = startedExam()
        #expect(model.render().lines[0].hasSuffix("Q 1/2  0:01:00  on pace"))
        #expect(model.update(ScreenFixtures.tick(100.4)) == [])
        #expect(model.render().lines[0].hasSuffix("0:01:00  on pace"))
        #expect(model.update(ScreenFixtures.tick(101.2)).count == 1)
        #expect(model.render().lines[0].hasSuffix("0:00:59  on pace"))
        _ = model.update(ScreenFixtures.tick(130))
        #expect(model.render().lines[0].hasSuffix("0:00:30  on pace"))
        let final = model.update(ScreenFixtures.tick(161))
        let review = try #require(ExamRecordTests.review(model), "time up must submit the exam")
        #expect(review.session.status == .submitted)
        #expect(final == [.submitExam(review.session.snapshot, review.session.score, ExamRecordTests.records(final))])
        let records = ExamRecordTests.records(final)
        #expect(review.session.score.total == 2, "both count in the exam's score")
        #expect(records.map(\.questionID) == [review.session.items[0].question.id], "question 2 was never shown: not filed")
        #expect(records.allSatisfy { !$0.isCorrect && $0.mode == .exam })
    }

    @Test func leavingAsksFirstAndKeepsTheExam() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("1"), .character("q"))
        #expect(model.render().text.contains("Leave the exam?"))
        ScreenFixtures.send(&model, .character("n"))
        #expect(exam(model)?.overlay == ExamState.Overlay.none)
        let effects = ScreenFixtures.send(&model, .character("q"), .character("y"))
        #expect(model.page == .menu(cursor: 0))
        let left = try #require(model.pendingExams.first?.session)
        #expect(left.answers[0] == [0])
        #expect(effects == [.saveExam(left.snapshot), .releaseExam(id: left.id), .quit], "started from the shell, it ends there")
        #expect(model.render().text.contains("Resume exam SAP-C02 (1/2 answered, 0:01:00 left)"))
    }

    @Test func gridJumpsAndSubmitsAfterConfirming() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"))
        #expect(model.render().text.contains("Overview: 0 answered · 0 incomplete · 2 unanswered · 0 flagged"))
        ScreenFixtures.send(&model, .right, .enter)
        #expect(try #require(exam(model)).session.index == 1)
        ScreenFixtures.send(&model, .character("v"), .character("s"))
        #expect(model.render().text.contains("Submit the exam? 2 unanswered, 0 incomplete, 0 flagged."))
        ScreenFixtures.send(&model, .character("y"))
        #expect(ExamRecordTests.review(model) != nil, "expected results")
        let text = model.render().text
        #expect(text.contains("0 of 2 correct (0%)"))
        #expect(text.contains("FAIL  Estimated scaled score 100 (an estimate) · pass mark 750"))
        #expect(text.contains("u unanswered (2)"))
    }

    @Test func drillMyMissesDrillsExactlyTheMisses() throws {
        var model = startedExam()
        let first = try #require(exam(model)?.session.current)
        ScreenFixtures.send(&model, .character(Character(String(first.correctPositions.min()! + 1))))
        if first.question.isMultiResponse {
            for position in first.correctPositions.sorted().dropFirst() {
                ScreenFixtures.send(&model, .character(Character(String(position + 1))))
            }
        }
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"), .character("d"))
        let drill = try #require(ExamRecordTests.drill(model), "expected a drill")
        let missed = try #require(exam(startedExam())?.session.items[1].question.id)
        #expect(drill.session.items.map(\.question.id) == [missed])
    }

    @Test func verdictsBesideTheBarsKeepTheBarsInOneColumn() throws {
        var model = startedExam()
        let first = try #require(exam(model)?.session.current)
        for position in first.correctPositions.sorted() {
            ScreenFixtures.send(&model, .character(Character(String(position + 1))))
        }
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        for _ in 0..<3 { ScreenFixtures.send(&model, .pageDown) }
        let rows = model.render().lines.filter { $0.contains("Meets competencies") || $0.contains("Needs improvement") }
        #expect(rows.contains { $0.contains("Meets") } && rows.contains { $0.contains("Needs") }, "both verdicts on screen")
        let barColumns = Set(rows.compactMap { row in row.firstIndex { $0 == "█" || $0 == "░" }.map { row.distance(from: row.startIndex, to: $0) } })
        #expect(barColumns.count == 1, "bars start in one column:\n\(rows.joined(separator: "\n"))")
    }

    @Test func anExamStartedFromTheShellEndsAtTheShellAfterItsResults() {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        #expect(model.render().text.contains("0 of 2 correct"))
        #expect(ScreenFixtures.send(&model, .character("q")) == [.quit])
    }
}

@Suite struct ExamScreenSnapshotTests {
    func examModel(_ language: Language, columns: Int = 80, rows: Int = 24) -> AppModel {
        var model = ScreenFixtures.model(language, columns: columns, rows: rows)
        _ = model.update(.start(.exam(ExamUpdateTests.preset)))
        _ = model.update(ScreenFixtures.tick(0))
        return model
    }

    @Test(arguments: Language.allCases)
    func intro(language: Language) throws {
        try ScreenSnapshot.assert(examModel(language).render(), named: "exam-intro-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func questionWithFlagAndClock(language: Language) throws {
        var model = examModel(language)
        ScreenFixtures.send(&model, .enter, .character("2"), .character("m"), .down, .character("x"))
        _ = model.update(ScreenFixtures.tick(12.3))
        try ScreenSnapshot.assert(model.render(), named: "exam-question-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func questionAtSmallSize(language: Language) throws {
        var model = examModel(language, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .enter, .character("2"), .character("m"), .down)
        _ = model.update(ScreenFixtures.tick(12.3))
        try ScreenSnapshot.assert(model.render(), named: "exam-question-\(language)-50x16")
    }

    @Test(arguments: Language.allCases)
    func overviewAtSmallSize(language: Language) throws {
        var model = examModel(language, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .enter, .character("1"), .character("m"), .character("v"), .right)
        try ScreenSnapshot.assert(model.render(), named: "exam-overview-\(language)-50x16")
    }

    @Test(arguments: Language.allCases)
    func overview(language: Language) throws {
        var model = examModel(language)
        ScreenFixtures.send(&model, .enter, .character("1"), .character("m"), .character("v"))
        try ScreenSnapshot.assert(model.render(), named: "exam-overview-\(language)-80x24")
    }

    /// The review screen filtered to the flagged questions, with a number being typed.
    @Test(arguments: Language.allCases)
    func overviewFilteredToFlagged(language: Language) throws {
        var model = examModel(language)
        ScreenFixtures.send(&model, .enter, .enter, .character("m"), .character("v"), .character("f"), .character("2"))
        try ScreenSnapshot.assert(model.render(), named: "exam-overview-flagged-\(language)-80x24")
    }

    @Test(arguments: Language.allCases)
    func results(language: Language) throws {
        var model = examModel(language)
        ScreenFixtures.send(&model, .enter, .character("1"), .character("v"), .character("s"), .character("y"))
        try ScreenSnapshot.assert(model.render(), named: "exam-results-\(language)-80x24")
    }
}
