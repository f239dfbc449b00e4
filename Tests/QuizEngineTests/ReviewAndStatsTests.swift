import Foundation
import QuizEngine
import Testing

/// Review scheduling and stats over a log with an injected clock.
@Suite struct ReviewAndStatsTests {
    static let start = Date(timeIntervalSince1970: 1_795_564_800)
    static func at(days: Double) -> Date { start.addingTimeInterval(days * 86400) }

    static func answer(_ id: String, _ isCorrect: Bool, days: Double, key: String? = nil) -> LoggedAnswer {
        let question = Fixtures.bank.question(id)!
        return LoggedAnswer(
            record: AnswerRecord(
                questionID: id, chosen: [0], isCorrect: isCorrect, secondsTaken: 10, mode: .drill,
                keyFingerprint: key ?? question.keyFingerprint
            ),
            answeredAt: at(days: days)
        )
    }

    @Test func onlyMissedQuestionsEnterReview() {
        let log = StudyLog(answers: [Self.answer("c1", true, days: 0), Self.answer("c2", false, days: 0)])
        let queue = ReviewQueue(log: log, bank: Fixtures.bank)
        #expect(queue.items.map(\.question.id) == ["c2"])
        #expect(queue.due(at: Self.at(days: 0)).isEmpty)
        #expect(queue.due(at: Self.at(days: 0.001)).map(\.question.id) == ["c2"])
    }

    @Test func aMissedQuestionComesBackAtGrowingIntervalsWhileAnsweredRight() throws {
        var log = StudyLog(answers: [Self.answer("c2", false, days: 0)])
        var dueDates: [Date] = []
        var now = Self.at(days: 0)
        for _ in 0..<6 {
            let item = try #require(ReviewQueue(log: log, bank: Fixtures.bank).items.first)
            dueDates.append(item.card.due)
            #expect(ReviewQueue(log: log, bank: Fixtures.bank).due(at: item.card.due.addingTimeInterval(-1)).isEmpty)
            now = item.card.due
            log.answers.append(LoggedAnswer(
                record: AnswerRecord(questionID: "c2", chosen: [1], isCorrect: true, secondsTaken: 5, mode: .review,
                                     keyFingerprint: Fixtures.bank.question("c2")!.keyFingerprint),
                answeredAt: now
            ))
        }
        let gaps = zip(dueDates.dropFirst(), dueDates).map { $0.timeIntervalSince($1) }
        #expect(gaps == gaps.sorted(), "intervals must grow: \(gaps)")
        #expect(try #require(gaps.last) > 7 * 86400)
    }

    @Test func aMissAfterLearningBringsItBackSoon() throws {
        let log = StudyLog(answers: [
            Self.answer("c2", false, days: 0), Self.answer("c2", true, days: 0.01), Self.answer("c2", true, days: 0.02),
            Self.answer("c2", false, days: 10),
        ])
        let item = try #require(ReviewQueue(log: log, bank: Fixtures.bank).items.first)
        #expect(item.card.state == .relearning)
        #expect(item.card.due == Self.at(days: 10).addingTimeInterval(600))
        #expect(item.misses == 2)
    }

    @Test func answersToAnOldKeyAreIgnored() {
        let log = StudyLog(answers: [Self.answer("c2", false, days: 0, key: "0000000000000000")])
        #expect(ReviewQueue(log: log, bank: Fixtures.bank).items.isEmpty)
        #expect(StudyStats(log: log, bank: Fixtures.bank, now: Self.at(days: 1)).overall.total == 0)
    }

    @Test func eightMissesMakeALeech() {
        let misses = (0..<8).map { Self.answer("s1", false, days: Double($0)) }
        let queue = ReviewQueue(log: StudyLog(answers: misses), bank: Fixtures.bank)
        #expect(queue.leeches.map(\.question.id) == ["s1"])
        let seven = ReviewQueue(log: StudyLog(answers: Array(misses.prefix(7))), bank: Fixtures.bank)
        #expect(seven.leeches.isEmpty)
    }

    @Test func historyKeyFollowsTheRevisionNotTheWording() {
        let question = Fixtures.question("k", correct: [1])
        func edited(revision: Int) -> Question {
            Question(
                id: "k", noteID: question.noteID, domainID: question.domainID, examDomainIDs: question.examDomainIDs,
                services: question.services, difficulty: 1, stem: LocalizedText(ja: "直した問題文", en: "A fixed stem"),
                choices: question.choices.map {
                    Choice(id: $0.id, text: LocalizedText(ja: $0.text.ja, en: $0.text.en.uppercased() + "."), why: $0.why, isCorrect: $0.isCorrect)
                } + [Choice(id: "another", text: LocalizedText(ja: "追加", en: "added"), why: question.choices[0].why, isCorrect: true)],
                explanation: question.explanation, docs: question.docs, shownCount: 4, requiredSelections: 1, revision: revision
            )
        }
        #expect(edited(revision: 1).keyFingerprint == question.keyFingerprint)
        #expect(edited(revision: 2).keyFingerprint != question.keyFingerprint)
    }

    @Test func statsWindowsTrendAndWeakestFirst() throws {
        let log = StudyLog(
            answers: [
                Self.answer("c1", true, days: -40), Self.answer("c1", true, days: -20), Self.answer("c2", false, days: -2),
                Self.answer("s1", false, days: -20), Self.answer("s1", false, days: -1), Self.answer("s2", true, days: -1),
            ],
            exams: [ExamOutcome(exam: .sap, takenAt: Self.at(days: -3), correct: 56, total: 75)]
        )
        let stats = StudyStats(log: log, bank: Fixtures.bank, now: Self.start)
        #expect(stats.overall.correct == 3)
        #expect(stats.overall.total == 6)
        #expect(stats.serviceDomains.map(\.id) == ["security", "compute", "storage"])
        let compute = try #require(stats.serviceDomains.first { $0.id == "compute" })
        #expect(compute.allTime.total == 3)
        #expect(compute.last30Days.total == 2)
        #expect(compute.last7Days.total == 1)
        #expect(compute.last7Days.accuracy == 0)
        #expect(compute.weekly.count == StudyStats.weeks)
        #expect(compute.weekly.last == 0)
        #expect(compute.weekly[StudyStats.weeks - 3] == 1)
        #expect(stats.exams.first?.scaledScoreEstimate == 772)
        #expect(stats.exams.first?.passed == true)
        #expect(stats.reviewsDue == 2)
        #expect(stats.suggestion.command == "awsquiz review")
    }

    @Test func statsJSONHasTheDocumentedShape() throws {
        let stats = StudyStats(log: StudyLog(answers: [Self.answer("c1", true, days: -1)]), bank: Fixtures.bank, now: Self.start)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(stats)) as? [String: Any])
        #expect(Set(object.keys) == [
            "schemaVersion", "generatedAt", "overall", "serviceDomains", "examDomains", "exams", "reviewsDue", "leeches", "suggestion",
            "difficulties", "readiness",
        ])
        let domain = try #require((object["serviceDomains"] as? [[String: Any]])?.first)
        #expect(Set(domain.keys) == ["id", "name", "allTime", "last7Days", "last30Days", "weekly"])
        #expect(object["schemaVersion"] as? Int == 1)
        let levels = try #require(object["difficulties"] as? [[String: Any]])
        #expect(levels.map { $0["difficulty"] as? Int } == [1, 2, 3])
        #expect(stats.difficulties[1].allTime.total == 1, "the fixture's questions are difficulty 2")
        let readiness = try #require(object["readiness"] as? [String: Any])
        #expect(Set(readiness.keys) == ["isReady", "trend", "lastExamPercents", "examsMissing", "examsBelow", "domainGaps", "rule"])
    }

    @Test func weakSpotDrillsLeanTowardsTheMissedDomain() {
        let misses = (0..<10).map { Self.answer($0 % 2 == 0 ? "s1" : "s2", false, days: -1) }
        let rights = (0..<10).map { Self.answer(["c1", "c2", "c3", "t1"][$0 % 4], true, days: -1) }
        let log = StudyLog(answers: misses + rights)
        var security = 0
        for seed in 0..<200 {
            let drawn = QuestionDraw.weakSpots(from: Fixtures.bank, progress: StudyProgress(log: log), count: 2, seed: UInt64(seed))
            #expect(Set(drawn.map(\.question.id)).count == 2)
            security += drawn.filter { $0.question.domainID == "security" }.count
        }
        #expect(security > 300, "security should dominate two-question weak drills, got \(security) of 400")
    }
}
