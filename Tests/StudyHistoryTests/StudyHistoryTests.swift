import Foundation
import QuizEngine
@testable import StudyHistory
import GRDB
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

/// History faults: each is reported, and what was saved before stays saved.
@Suite struct HistoryFaultTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-faults-\(UUID().uuidString)").path

    func answer(_ id: String) -> AnswerRecord {
        AnswerRecord(questionID: id, chosen: [0], isCorrect: true, secondsTaken: 1, mode: .drill)
    }

    @Test func aLockHeldByAnotherProcessIsReportedAndNothingIsLost() throws {
        try StudyHistory(directory: directory).record([answer("before")])
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let blocker = try DatabaseQueue(path: directory + "/" + StudyHistory.fileName, configuration: configuration)
        try blocker.inDatabase { try $0.execute(sql: "BEGIN EXCLUSIVE TRANSACTION") }
        #expect(throws: DatabaseError.self) { try StudyHistory(directory: directory) }
        try blocker.inDatabase { try $0.execute(sql: "ROLLBACK") }
        let reopened = try StudyHistory(directory: directory)
        #expect(try reopened.log().answers.map(\.record.questionID) == ["before"])
        #expect(reopened.setAsidePath == nil)
    }

    @Test func aFullDiskFailsTheWriteAndKeepsEarlierAnswers() throws {
        try StudyHistory(directory: directory).record([answer("kept")])
        let history = try StudyHistory(directory: directory) { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
        }
        let bulky = (0..<2000).map { answer("filler-\($0)-" + String(repeating: "x", count: 200)) }
        #expect(throws: DatabaseError.self) { try history.record(bulky) }
        #expect(try history.log().answers.map(\.record.questionID) == ["kept"])
    }

    @Test func aDirectoryThatCannotBeCreatedIsAnError() throws {
        let file = directory + "-file"
        FileManager.default.createFile(atPath: file, contents: Data("not a folder".utf8))
        #expect(throws: (any Error).self) { try StudyHistory(directory: file + "/awsquiz") }
    }

    @Test func aFileFromANewerAwsquizIsLeftUntouched() throws {
        try StudyHistory(directory: directory).record([answer("old")])
        let path = directory + "/" + StudyHistory.fileName
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: NewerSchema.self) { try StudyHistory(directory: directory) }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func aTruncatedFileIsSetAsideAndANewOneStarted() throws {
        try StudyHistory(directory: directory).record((0..<300).map { answer("q-\($0)") })
        let path = directory + "/" + StudyHistory.fileName
        let data = try #require(FileManager.default.contents(atPath: path))
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        let history = try StudyHistory(directory: directory)
        let aside = try #require(history.setAsidePath)
        #expect(FileManager.default.contents(atPath: aside)?.count == data.count / 3)
        #expect(try history.log().answers.isEmpty)
    }
}
