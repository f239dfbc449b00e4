import Foundation
import QuizEngine
import Testing

/// Readiness: the stated rule, and how far the user is from it.
@Suite struct ReadinessTests {
    static func exam(_ correct: Int, day: Double) -> ExamOutcome {
        ExamOutcome(exam: .saa, takenAt: Date(timeIntervalSince1970: 1_800_000_000 + day * 86400), correct: correct, total: 65)
    }

    static func answers(_ id: String, right: Int, wrong: Int) -> [LoggedAnswer] {
        (0..<(right + wrong)).map { index in
            LoggedAnswer(
                record: AnswerRecord(questionID: id, chosen: [0], isCorrect: index < right, secondsTaken: 5, mode: .drill, keyFingerprint: "r1"),
                answeredAt: Date(timeIntervalSince1970: 1_800_000_000)
            )
        }
    }

    @Test func readyOnlyWhenTheLastThreeExamsAndEveryDomainMeetTheBar() {
        let strong = Self.answers("c1", right: 9, wrong: 1) + Self.answers("s1", right: 8, wrong: 2) + Self.answers("t1", right: 5, wrong: 0)
        let exams = [Self.exam(40, day: 0), Self.exam(55, day: 1), Self.exam(56, day: 2), Self.exam(60, day: 3)]
        let stats = StudyStats(log: StudyLog(answers: strong, exams: exams), bank: Fixtures.bank, now: Date(timeIntervalSince1970: 1_900_000_000))
        #expect(stats.readiness.isReady)
        #expect(stats.readiness.lastExamPercents == [85, 86, 92])
        #expect(stats.readiness.trend.count == 4)
    }

    @Test func saysHowFarTheUserIsFromIt() {
        let mixed = Self.answers("c1", right: 6, wrong: 4) + Self.answers("s1", right: 2, wrong: 1)
        let stats = StudyStats(log: StudyLog(answers: mixed, exams: [Self.exam(60, day: 0), Self.exam(40, day: 1)]), bank: Fixtures.bank, now: Date())
        let readiness = stats.readiness
        #expect(!readiness.isReady)
        #expect(readiness.examsMissing == 1)
        #expect(readiness.examsBelow == 1)
        #expect(readiness.domainGaps.contains(Readiness.DomainGap(id: "compute", percent: 60)))
        #expect(readiness.domainGaps.contains(Readiness.DomainGap(id: "security", percent: nil)), "3 answers are too few to judge")
        #expect(readiness.rule.en.contains("80%"))
    }
}
