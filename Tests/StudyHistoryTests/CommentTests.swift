import Foundation
import QuizEngine
@testable import StudyHistory
import GRDB
import Testing

/// Comments left on items: kept across reopening, listed oldest first, damaged rows skipped.
@Suite struct CommentTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-comments-\(UUID().uuidString)").path

    @Test func commentsAreKeptAndListedOldestFirst() throws {
        let first = Date(timeIntervalSince1970: 1_800_000_000)
        try StudyHistory(directory: directory).record(ItemComment(questionID: "kms-03", text: "Option C is ambiguous", createdAt: first.addingTimeInterval(60)))
        try StudyHistory(directory: directory).record(ItemComment(questionID: "dms-01", text: "typo in 日本語", createdAt: first))
        let comments = try StudyHistory(directory: directory).comments()
        #expect(comments.value.map(\.questionID) == ["dms-01", "kms-03"])
        #expect(comments.skipped == 0)
        #expect(comments.value.last?.text == "Option C is ambiguous")
    }

    @Test func aLongCommentIsCut() throws {
        let long = String(repeating: "x", count: 5000)
        try StudyHistory(directory: directory).record(ItemComment(questionID: "q", text: long, createdAt: Date()))
        let stored = try StudyHistory(directory: directory).comments().value
        #expect(stored.first?.text.count == ItemComment.maximumLength)
    }

    @Test func aDamagedRowIsSkippedAndCounted() throws {
        let history = try StudyHistory(directory: directory)
        try history.record(ItemComment(questionID: "q-1", text: "fine", createdAt: Date()))
        try history.database.write { db in
            try db.execute(sql: "INSERT INTO comment (questionID, text, createdAt) VALUES ('q-2', 'bad date', 'not a date')")
        }
        let read = try history.comments()
        #expect(read.value.map(\.questionID) == ["q-1"])
        #expect(read.skipped == 1)
    }
}
