import Foundation

/// A comment a user left on an item, as the real exam lets candidates comment on items:
/// kept in history so the user or a maintainer can fix the bank.
public struct ItemComment: Sendable, Hashable {
    public let questionID: String
    public let text: String
    public let createdAt: Date

    public init(questionID: String, text: String, createdAt: Date) {
        self.questionID = questionID
        self.text = text
        self.createdAt = createdAt
    }

    /// Longest comment kept: a paragraph, not a file.
    public static let maximumLength = 1000
}
