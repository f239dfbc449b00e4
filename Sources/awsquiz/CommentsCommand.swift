import ArgumentParser
import Foundation
import QuizEngine
import QuizUI

/// `awsquiz comments`: the comments you left on items (id, when, text), oldest first.
struct CommentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments", abstract: "List the comments you left on questions: id, when, text."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let store = HistoryStore(directory: common.resolvedDataDirectory)
        let comments = try store.commentsOrFailure(language: common.language)
        CommentListing.lines(comments, language: common.language, timeZone: .current).forEach { print($0) }
    }
}
