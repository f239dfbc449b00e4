import Foundation
import QuizEngine
@testable import QuizUI
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

    /// A long history can make thousands of leeches: the report names the 20 most missed
    /// and says how many more, in both languages.
    @Test(arguments: Language.allCases)
    func theStatsNameTwentyLeechesAndCountTheRest(language: Language) throws {
        let bank = ScreenFixtures.copies(23, named: "leech")
        let misses = bank.questions.enumerated().flatMap { number, question in
            (0..<(8 + number)).map { _ in ScreenFixtures.miss(question, at: ScreenFixtures.epoch) }
        }
        let stats = StudyStats(log: StudyLog(answers: misses), bank: bank, now: ScreenFixtures.epoch)
        #expect(stats.leeches.count == 23)
        let text = StatsScreen.plainText(stats, language: language, width: 400, timeZone: TimeZone(identifier: "UTC")!)
        #expect(text.contains("leech-22 (30), leech-21 (29)"), "most missed first")
        #expect(text.contains("leech-03 (11)"))
        #expect(!text.contains("leech-02 (10)"), "the 21st is left to the count")
        #expect(text.contains(UIText.statsMoreLeeches(3)[language]))
        #expect(UIText.statsMoreLeeches(3).en == "and 3 more (all in stats --json)")
    }

    @Test func menuCountsDueReviewsAndStartsAReviewDrill() throws {
        var model = ScreenFixtures.model(.en, log: Self.log)
        #expect(model.render().text.contains("Review (1 due)"))
        for _ in 0..<4 { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        guard case .drill(let drill) = model.page else {
            Issue.record("expected a review drill")
            return
        }
        #expect(drill.session.mode == .review)
        #expect(drill.session.items.map(\.question.id) == ["fixture-single"])
        let key = try #require(drill.current.correctPositions.first)
        let effects = ScreenFixtures.send(&model, .character(Character(String(key + 1))), .enter)
        guard case .recordAnswers(let records) = effects.first else {
            Issue.record("the review answer must be saved")
            return
        }
        #expect(records.map(\.mode) == [.review])
        ScreenFixtures.send(&model, .enter, .enter)
        #expect(model.render().text.contains("Review ahead (next due in 10 minutes)"))
    }

    @Test func noReviewDueSaysSo() {
        var model = ScreenFixtures.model(.en)
        for _ in 0..<4 { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        #expect(model.page == .menu(MenuScreen(cursor: 4, notice: UIText.noReviewsDue)))
        #expect(model.render().text.contains("No reviews are due now"))
    }

    @Test(arguments: Language.allCases)
    func statsScreen(language: Language) throws {
        var model = ScreenFixtures.model(language, log: Self.log)
        let statsRow = try #require(MenuScreen.items(model).firstIndex(of: .stats))
        for _ in 0..<statsRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        #expect(model.page == .stats(StatsScreen(stats: StudyStats(progress: model.progress, bank: model.bank, now: model.now))))
        try ScreenSnapshot.assert(model.render(), named: "stats-\(language)-80x24")
    }
}

/// The stats page keeps the figures it opened with until the log changes; frames and ticks
/// do not rebuild them.
@Suite struct StatsRefreshTests {
    @Test func statsAreBuiltWhenTheLogChangesNotOnEveryTick() {
        var model = ScreenFixtures.model(.en)
        let items = MenuScreen.items(model)
        let statsRow = items.firstIndex(of: .stats) ?? 0
        for _ in 0..<statsRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        let opened = model.page
        _ = model.update(ScreenFixtures.tick(86_400 * 10))
        #expect(model.page == opened, "a tick leaves the stats as they were built")
        let question = ScreenFixtures.bank.questions[0]
        var log = StudyLog()
        log.answers = [LoggedAnswer(
            record: AnswerRecord(
                questionID: question.id, chosen: [0], isCorrect: true, secondsTaken: 3, mode: .drill,
                keyFingerprint: question.keyFingerprint
            ),
            answeredAt: ScreenFixtures.epoch
        )]
        _ = model.update(.historyReloaded(StudyProgress(log: log), [], warning: nil))
        #expect(model.page != opened, "a new log rebuilds them")
        #expect(model.render().text.contains("Overall: 1 of 1 correct"))
    }
}

/// The question's difficulty is on screen, in the header beside its number.
@Suite struct DifficultyTests {
    @Test(arguments: Language.allCases)
    func theHeaderShowsTheDifficulty(language: Language) {
        let model = ScreenFixtures.singleDrill(language)
        let header = model.render().lines[0]
        #expect(header.contains(language == .en ? "Level 2/3  Q 1/2" : "難易度 2/3  Q 1/2"), "\(header)")
    }
}

/// Stats' readiness block, on screen and in `awsquiz stats`: the verdict by the stated rule,
/// the trend of exam estimates, and what is still missing.
@Suite struct ReadinessSectionTests {
    static func exam(_ correct: Int, daysAgo: Double) -> ExamOutcome {
        ExamOutcome(exam: .saa, takenAt: ScreenFixtures.epoch.addingTimeInterval(-daysAgo * 86400), correct: correct, total: 65)
    }

    /// Wide enough that no sentence wraps.
    static func text(_ log: StudyLog, _ language: Language) -> String {
        StatsScreen.plainText(
            StudyStats(log: log, bank: ScreenFixtures.bank, now: ScreenFixtures.epoch), language: language, width: 200,
            timeZone: TimeZone(identifier: "UTC")!
        )
    }

    @Test func notReadySaysWhatIsStillMissing() {
        let text = Self.text(ReviewAndStatsScreenTests.log, .en)
        #expect(text.contains("Readiness\n  Not ready yet\n  Rule: The last 3 practice exams at 80% or more"))
        #expect(text.contains("  Exam estimates ▆  latest 751"))
        #expect(text.contains(
            "  To go: 2 more practice exams; 1 of the last exams below 80%; fewer than 5 answers: Security."
        ))
        let japanese = Self.text(ReviewAndStatsScreenTests.log, .ja)
        #expect(japanese.contains("受験準備\n  まだ準備中"))
        #expect(japanese.contains("残り: 模擬試験をあと 2 回。直近の試験のうち 1 回が 80% 未満。回答が 5 問未満の分野: セキュリティ。"))
    }

    @Test func readyWhenTheLastThreeExamsAndEveryDomainWithQuestionsMeetTheBar() {
        let answers = (0..<6).map { ReviewAndStatsScreenTests.answer("fixture-multi", $0 > 0, daysAgo: 1) }
        let exams = [Self.exam(30, daysAgo: 9), Self.exam(53, daysAgo: 6), Self.exam(58, daysAgo: 3), Self.exam(64, daysAgo: 1)]
        let text = Self.text(StudyLog(answers: answers, exams: exams), .en)
        #expect(text.contains("Readiness\n  ✓ Ready for the real exam\n"), "only Security has questions: the other domains do not count")
        #expect(text.contains("  Exam estimates ▄▇██  latest 986"))
        #expect(!text.contains("To go:"))
    }
}

/// Counts grow with a long history; the menu's mastery bars must stay in one column and the
/// stats' lines within the screen.
@Suite struct LargeCountsLayoutTests {
    static let bank: Bank = {
        let template = ScreenFixtures.bank.questions[0]
        let compute = Question(
            id: "compute-1", noteID: template.noteID, domainID: "compute", examDomainIDs: template.examDomainIDs,
            services: template.services, difficulty: 3, stem: template.stem, choices: template.choices,
            explanation: template.explanation, docs: template.docs
        )
        return Bank(catalog: ScreenFixtures.bank.catalog, questions: [compute] + ScreenFixtures.bank.questions)
    }()

    /// 123,456 answers to each question, a third of them wrong: every difficulty has six-digit counts.
    static let log = StudyLog(answers: bank.questions.flatMap { question in
        (0..<123_456).map { index in
            LoggedAnswer(
                record: AnswerRecord(questionID: question.id, chosen: [0], isCorrect: index % 3 > 0, secondsTaken: 1, mode: .drill),
                answeredAt: ScreenFixtures.epoch
            )
        }
    })

    @Test func menuBarsStayInOneColumnWithSixDigitCounts() {
        let model = AppModel(
            bank: Self.bank, language: .en, size: TerminalSize(columns: 80, rows: 24), seed: 1,
            progress: StudyProgress(log: Self.log), now: ScreenFixtures.epoch, timeZone: TimeZone(identifier: "UTC")!
        )
        let rows = model.render().lines.filter { $0.contains("Compute") || $0.contains("Security") }
        #expect(rows.count == 2)
        #expect(rows.contains { $0.contains("82304/123456") } && rows.contains { $0.contains("164608/246912") })
        let columns = Set(rows.compactMap { row in row.firstIndex { $0 == "█" || $0 == "░" }.map { row.distance(from: row.startIndex, to: $0) } })
        #expect(columns.count == 1, "bars start in one column:\n\(rows.joined(separator: "\n"))")
    }

    @Test(arguments: Language.allCases)
    func statsLinesFitTheScreen(language: Language) {
        let text = StatsScreen.plainText(
            StudyStats(log: Self.log, bank: Self.bank, now: ScreenFixtures.epoch), language: language, width: 80,
            timeZone: TimeZone(identifier: "UTC")!
        )
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 80, "wider than the screen: \(line)")
        }
        #expect(text.contains("(82304/123456)"))
    }
}

/// The trend line: one mark per value, a dot where there is none or where it is no number.
@Suite struct SparklineTests {
    @Test func marksLowToHighAndDotsForMissingValues() {
        #expect(Sparkline.of([0, 0.5, 1, nil, .nan, .infinity, -3]) == "▁▅█···▁")
    }
}
