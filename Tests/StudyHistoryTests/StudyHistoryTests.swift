import Foundation
import QuizEngine
@testable import StudyHistory
import GRDB
import Testing

@Suite struct StudyHistoryTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-history-\(UUID().uuidString)").path

    func snapshot(
        _ id: String = "exam-a", remaining: Double, status: ExamSession.Status = .inProgress, answers: [[Int]] = [[1], []],
        preset: ExamPreset = .standard(.saa)
    ) -> ExamSnapshot {
        let items = [
            ExamSnapshot.Item(questionID: "q-1", choiceOrder: [0, 1, 2, 3]),
            ExamSnapshot.Item(questionID: "q-2", choiceOrder: [3, 2, 1, 0]),
        ]
        return ExamSnapshot(
            id: id, preset: preset, seed: 9, items: items, answers: answers, flagged: [1], index: 1,
            remainingSeconds: remaining, status: status
        )
    }

    @Test func answersAreKeptAcrossReopening() throws {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        try StudyHistory(directory: directory).record([
            AnswerRecord(questionID: "kms-01", chosen: [0, 2], isCorrect: true, secondsTaken: 12.5, mode: .drill, keyFingerprint: "abc"),
            AnswerRecord(questionID: "dms-03", chosen: [], isCorrect: false, secondsTaken: 3, mode: .exam),
        ], at: date)
        let answers = try StudyHistory(directory: directory).log().value.answers.map { (record: $0.record, answeredAt: $0.answeredAt) }
        #expect(answers.map(\.record.questionID) == ["kms-01", "dms-03"])
        #expect(answers[0].record.chosen == [0, 2])
        #expect(answers[0].record.isCorrect)
        #expect(answers[1].record.mode == .exam)
        #expect(answers[0].answeredAt == date)
        #expect(answers[0].record.keyFingerprint == "abc")
        #expect(answers[1].record.keyFingerprint == nil)
    }

    /// Migrations commit without waiting for the disk, to create a file quickly; answers
    /// and exams must not: a power cut may not take an answer already given.
    @Test func commitsWaitForTheDiskOnceTheFileIsReady() throws {
        for _ in 0..<2 {
            let history = try StudyHistory(directory: directory)
            let synchronous = try history.database.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
            #expect(synchronous == 2, "PRAGMA synchronous is \(String(describing: synchronous)), not FULL (2)")
        }
    }

    /// SQLite's quick check reads the whole file (150 ms for a million answers): it is
    /// skipped only for a file exactly as this program last closed it.
    @Test func onlyAFileAsThisProgramLeftItSkipsTheQuickCheck() throws {
        let path = directory + "/" + StudyHistory.fileName
        do {
            let first = try StudyHistory(directory: directory)
            #expect(first.checkedAtOpen, "a new file is checked")
            try first.record([answer("kms-01")])
        }
        do {
            let reopened = try StudyHistory(directory: directory)
            #expect(!reopened.checkedAtOpen, "closed cleanly and untouched since")
            // Another window opening it now finds the log this one keeps: checked.
            let second = try StudyHistory(directory: directory)
            #expect(second.checkedAtOpen, "open in another window")
        }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: path)
        #expect(try StudyHistory(directory: directory).checkedAtOpen, "written since by something else")
        var configuration = Configuration()
        configuration.prepareDatabase { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        let crashed = try DatabaseQueue(path: path, configuration: configuration)
        try crashed.write { try $0.execute(sql: "CREATE TABLE left_by_a_crash (x)") }
        let afterCrash = try StudyHistory(directory: directory)
        #expect(afterCrash.checkedAtOpen, "a log left behind, as after kill -9")
        #expect(try afterCrash.log().value.answers.map(\.record.questionID) == ["kms-01"])
    }

    /// A cram answer read back as a drill would move the review schedule: every mode survives.
    @Test func everyModeIsKeptAcrossReopening() throws {
        try StudyHistory(directory: directory).record(AnswerRecord.Mode.allCases.map {
            AnswerRecord(questionID: "kms-01", chosen: [0], isCorrect: false, secondsTaken: 1, mode: $0)
        })
        let modes = try StudyHistory(directory: directory).log().value.answers.map(\.record.mode)
        #expect(modes == [.drill, .exam, .review, .cram])
    }

    @Test func theExamInProgressIsUpdatedInPlaceAndResumable() throws {
        let history = try StudyHistory(directory: directory)
        #expect(try history.inProgressExams().value.isEmpty)
        try history.saveExam(snapshot(remaining: 100))
        try history.saveExam(snapshot(remaining: 42.5))
        let reopened = try StudyHistory(directory: directory)
        #expect(try reopened.inProgressExams().value.map(\.snapshot) == [snapshot(remaining: 42.5)])
        let filed = try reopened.submitExam(
            snapshot(remaining: 0, status: .submitted), score: Score(correct: 1, total: 2), answers: [answer("q-1")]
        )
        #expect(filed)
        #expect(try reopened.inProgressExams().value.isEmpty)
        let log = try reopened.log().value
        #expect(log.exams.count == 1)
        #expect(log.exams.first?.exam == .saa)
        #expect(log.exams.first?.scaledScoreEstimate == 550)
        #expect(log.answers.map(\.record.questionID) == ["q-1"])
    }

    @Test func twoExamsInProgressKeepTheirOwnRecords() throws {
        let history = try StudyHistory(directory: directory)
        try history.saveExam(snapshot("old-sap", remaining: 500, preset: .standard(.sap)), at: Date(timeIntervalSince1970: 100))
        try history.saveExam(snapshot("new-saa", remaining: 300), at: Date(timeIntervalSince1970: 200))
        try history.saveExam(snapshot("new-saa", remaining: 299, answers: [[2], [0]]), at: Date(timeIntervalSince1970: 300))
        let pending = try history.inProgressExams().value
        #expect(pending.map(\.id) == ["new-saa", "old-sap"], "newest first")
        #expect(pending[1].snapshot.preset.exam == .sap, "the old exam keeps its own preset")
        #expect(pending[1].snapshot.remainingSeconds == 500, "saving one exam never touches another")
        #expect(pending[0].snapshot.answers == [[2], [0]])
        try history.submitExam(
            snapshot("old-sap", remaining: 10, status: .submitted, preset: .standard(.sap)), score: Score(correct: 2, total: 2),
            answers: [answer("a"), answer("b")]
        )
        #expect(try history.log().value.exams.map(\.exam) == [.sap], "filed under its own preset")
        #expect(try history.inProgressExams().value.map(\.id) == ["new-saa"])
    }

    @Test func anExamIsNeverFiledTwiceNorReopenedOnceSubmitted() throws {
        let history = try StudyHistory(directory: directory)
        try history.saveExam(snapshot(remaining: 100))
        let done = snapshot(remaining: 50, status: .submitted)
        #expect(try history.submitExam(done, score: Score(correct: 1, total: 2), answers: [answer("a"), answer("b")]))
        #expect(try !history.submitExam(done, score: Score(correct: 1, total: 2), answers: [answer("a"), answer("b")]))
        #expect(try !history.saveExam(snapshot(remaining: 40)), "the save says the exam is closed")
        #expect(try history.log().value.answers.count == 2)
        #expect(try history.log().value.exams.count == 1)
        #expect(try history.inProgressExams().value.isEmpty, "a late save of a submitted exam does not bring it back")
    }

    @Test func discardingLeavesTheOtherExamsInProgress() throws {
        let history = try StudyHistory(directory: directory)
        try history.saveExam(snapshot("a", remaining: 100))
        try history.saveExam(snapshot("b", remaining: 7))
        try history.discardExam(id: "a")
        #expect(try history.inProgressExams().value.map(\.id) == ["b"])
        #expect(try history.allExams().value.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.abandoned, .inProgress])
    }

    @Test func aSnapshotSavedBeforeIdsGetsItsRowsId() throws {
        let history = try StudyHistory(directory: directory)
        let legacy = #"{"preset":{"exam":"sap","questionCount":2,"minutes":10,"passingScore":750},"seed":1,"items":[],"answers":[],"flagged":[],"index":0,"remainingSeconds":5,"status":"inProgress"}"#
        try history.database.write { db in
            try db.execute(
                sql: "INSERT INTO exam (examID, exam, snapshot, status, startedAt, updatedAt) VALUES ('legacy-7', 'sap', ?, 'inProgress', ?, ?)",
                arguments: [legacy, Date(), Date()]
            )
        }
        #expect(try history.inProgressExams().value.map(\.snapshot.id) == ["legacy-7"])
    }

    func answer(_ id: String) -> AnswerRecord {
        AnswerRecord(questionID: id, chosen: [0], isCorrect: false, secondsTaken: 1, mode: .exam)
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
        #expect(try history.log().value.answers.count == 1)
    }
}

/// History faults: each is reported, and what was saved before stays saved.
@Suite struct HistoryFaultTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-faults-\(UUID().uuidString)").path

    func answer(_ id: String) -> AnswerRecord {
        AnswerRecord(questionID: id, chosen: [0], isCorrect: true, secondsTaken: 1, mode: .drill)
    }

    @Test func aWriterHoldingTheLockBlocksNoReaderAndAWriteSaysBusy() throws {
        try StudyHistory(directory: directory).record([answer("before")])
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let blocker = try DatabaseQueue(path: directory + "/" + StudyHistory.fileName, configuration: configuration)
        try blocker.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE TRANSACTION") }
        let history = try StudyHistory(directory: directory)
        #expect(try history.log().value.answers.map(\.record.questionID) == ["before"], "WAL: reading goes on")
        let failure = #expect(throws: DatabaseError.self) { try history.record([answer("during")]) }
        #expect(failure.map(HistoryFailure.init) == .busy)
        try blocker.inDatabase { try $0.execute(sql: "ROLLBACK") }
        try history.record([answer("after")])
        #expect(try history.log().value.answers.map(\.record.questionID) == ["before", "after"])
        #expect(history.setAsidePath == nil)
    }

    @Test func aFullDiskFailsTheWriteAndKeepsEarlierAnswers() throws {
        try StudyHistory(directory: directory).record([answer("kept")])
        let history = try StudyHistory(directory: directory) { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
        }
        let bulky = (0..<2000).map { answer("filler-\($0)-" + String(repeating: "x", count: 200)) }
        #expect(throws: DatabaseError.self) { try history.record(bulky) }
        #expect(try history.log().value.answers.map(\.record.questionID) == ["kept"])
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
        #expect(try history.log().value.answers.count == history.rescuedAnswers, "what could be read is carried over")
    }

    func corruptAnIndex(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        let (root, pageSize) = try queue.read { db -> (Int, Int) in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'answer_on_questionID'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096)
        }
        try queue.close()
        try #require(root > 1)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize + 8))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 64))
        try handle.close()
    }

    @Test func aDamagedIndexIsFoundOnOpeningAndTheAnswersAreCarriedOver() throws {
        try StudyHistory(directory: directory).record((0..<300).map { answer("q-\($0)") })
        try corruptAnIndex(directory + "/" + StudyHistory.fileName)
        let history = try StudyHistory(directory: directory)
        #expect(history.setAsidePath != nil)
        #expect(history.rescuedAnswers == 300)
        #expect(try history.log().value.answers.count == 300)
    }

    @Test func settingAsideAfterOpeningStartsANewFileWithWhatCanBeRead() throws {
        let history = try StudyHistory(directory: directory)
        try history.record((0..<300).map { answer("q-\($0)") })
        try history.setAside()
        let aside = try #require(history.setAsidePath)
        #expect(FileManager.default.fileExists(atPath: aside), "kept, never deleted")
        #expect(history.rescuedAnswers == 300)
        #expect(try history.log().value.answers.count == 300)
        try history.record([answer("after")])
        #expect(try history.log().value.answers.count == 301, "new answers go to the new file")
    }

    @Test func corruptionIsTakenForDamageAndOtherFailuresAreNot() {
        #expect(HistoryFailure.isDamage(DatabaseError(resultCode: .SQLITE_CORRUPT)))
        #expect(HistoryFailure.isDamage(DatabaseError(resultCode: .SQLITE_NOTADB)))
        #expect(!HistoryFailure.isDamage(DatabaseError(resultCode: .SQLITE_FULL)))
        #expect(HistoryFailure(DatabaseError(resultCode: .SQLITE_FULL)) == .diskFull)
        #expect(HistoryFailure(DatabaseError(resultCode: .SQLITE_BUSY)) == .busy)
        #expect(HistoryFailure(DatabaseError(resultCode: .SQLITE_READONLY)) == .unwritable)
    }

    @Test func aDamagedDateSkipsOnlyItsRowAndIsCounted() throws {
        let history = try StudyHistory(directory: directory)
        try history.record((0..<5).map { answer("q-\($0)") })
        try history.saveExam(ExamSnapshot(
            id: "e", preset: .standard(.saa), seed: 1, items: [], answers: [], flagged: [], index: 0, remainingSeconds: 9,
            status: .inProgress
        ))
        try history.database.write { db in
            try db.execute(sql: "UPDATE answer SET answeredAt = 'not a date' WHERE id = 2")
            try db.execute(sql: "UPDATE exam SET updatedAt = x'00ff' WHERE examID = 'e'")
        }
        let log = try history.log()
        #expect(log.value.answers.map(\.record.questionID) == ["q-0", "q-2", "q-3", "q-4"])
        #expect(log.skipped == 1)
        let pending = try history.inProgressExams()
        #expect(pending.value.isEmpty)
        #expect(pending.skipped == 1)
    }
}

/// Windows that start at the same moment on a new data directory.
@Suite struct ConcurrentOpeningTests {
    @Test func windowsOpeningANewFileAtOnceAllSave() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-race-\(UUID().uuidString)").path
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 6) { window in
            do {
                try StudyHistory(directory: directory).record([
                    AnswerRecord(questionID: "w\(window)", chosen: [0], isCorrect: true, secondsTaken: 1, mode: .drill),
                ])
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try StudyHistory(directory: directory).log().value.answers.count == 6)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    var all: [String] { lock.withLock { list } }
    func add(_ failure: String) { lock.withLock { list.append(failure) } }
}
