import Foundation
import QuizEngine
@testable import StudyHistory
import Testing

@Suite struct StudyHistoryTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-history-\(UUID().uuidString)").path

    func snapshot(remaining: Double, status: ExamSession.Status = .inProgress, answers: [[Int]] = [[1], []]) -> ExamSnapshot {
        let items = [
            ExamSnapshot.Item(questionID: "q-1", choiceOrder: [0, 1, 2, 3]),
            ExamSnapshot.Item(questionID: "q-2", choiceOrder: [3, 2, 1, 0]),
        ]
        return ExamSnapshot(
            preset: .standard(.saa), seed: 9, items: items, answers: answers, flagged: [1], index: 1,
            remainingSeconds: remaining, status: status
        )
    }

    @Test func answersAreKeptAcrossReopening() throws {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        try StudyHistory(directory: directory).record([
            AnswerRecord(questionID: "kms-01", chosen: [0, 2], isCorrect: true, secondsTaken: 12.5, mode: .drill, keyFingerprint: "abc"),
            AnswerRecord(questionID: "dms-03", chosen: [], isCorrect: false, secondsTaken: 3, mode: .exam),
        ], at: date)
        let answers = try StudyHistory(directory: directory).log().answers.map { (record: $0.record, answeredAt: $0.answeredAt) }
        #expect(answers.map(\.record.questionID) == ["kms-01", "dms-03"])
        #expect(answers[0].record.chosen == [0, 2])
        #expect(answers[0].record.isCorrect)
        #expect(answers[1].record.mode == .exam)
        #expect(answers[0].answeredAt == date)
        #expect(answers[0].record.keyFingerprint == "abc")
        #expect(answers[1].record.keyFingerprint == nil)
    }

    @Test func theExamInProgressIsUpdatedInPlaceAndResumable() throws {
        let history = try StudyHistory(directory: directory)
        #expect(try history.inProgressExam() == nil)
        try history.saveExam(snapshot(remaining: 100))
        try history.saveExam(snapshot(remaining: 42.5))
        let reopened = try StudyHistory(directory: directory)
        #expect(try reopened.inProgressExam() == snapshot(remaining: 42.5))
        try reopened.saveExam(snapshot(remaining: 0, status: .submitted), score: Score(correct: 1, total: 2))
        #expect(try reopened.inProgressExam() == nil)
        let exams = try reopened.log().exams
        #expect(exams.count == 1)
        #expect(exams.first?.exam == .saa)
        #expect(exams.first?.scaledScoreEstimate == 550)
    }

    @Test func abandoningLeavesNoExamInProgress() throws {
        let history = try StudyHistory(directory: directory)
        try history.saveExam(snapshot(remaining: 100))
        try history.abandonExam()
        #expect(try history.inProgressExam() == nil)
        try history.saveExam(snapshot(remaining: 7))
        #expect(try history.inProgressExam()?.remainingSeconds == 7)
    }

    @Test func aDamagedFileIsKeptAsideNeverDeleted() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + StudyHistory.fileName
        let garbage = Data(String(repeating: "not a database ", count: 300).utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        let history = try StudyHistory(directory: directory)
        let aside = try #require(history.setAsidePath)
        #expect(FileManager.default.contents(atPath: aside) == garbage)
        try history.record([AnswerRecord(questionID: "x", chosen: [1], isCorrect: true, secondsTaken: 1, mode: .drill)])
        #expect(try history.log().answers.count == 1)
    }
}
