import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// `awsquiz comments` as text: id, local time, the comment with escapes made visible.
@Suite struct CommentListingTests {
    @Test func linesShowIdLocalTimeAndText() {
        let first = Date(timeIntervalSince1970: 1_800_000_000)
        let comments = [
            ItemComment(questionID: "dms-01", text: "typo in 日本語", createdAt: first),
            ItemComment(questionID: "kms-03", text: "Option C is\nambiguous", createdAt: first.addingTimeInterval(60)),
        ]
        let lines = CommentListing.lines(comments, language: .en, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(lines == ["dms-01  2027-01-15 17:00  typo in 日本語", "kms-03  2027-01-15 17:01  Option C is ambiguous"])
    }

    @Test func escapesNeverReachTheTerminalAndNoneSaysHowToLeaveOne() {
        let listed = CommentListing.lines([ItemComment(questionID: "q", text: "bad \u{1B}[31m red", createdAt: Date())], language: .en, timeZone: .current)
        #expect(listed.first?.contains("\u{1B}") == false)
        #expect(CommentListing.lines([], language: .ja, timeZone: .current) == ["コメントはまだありません。問題の画面で w を押すと残せます。"])
    }
}
