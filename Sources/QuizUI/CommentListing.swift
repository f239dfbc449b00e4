import Foundation
import QuizEngine

/// `awsquiz comments`: one line per comment, the item's id, when (in the user's time zone)
/// and what was said, so the user or a maintainer can find and fix the item.
public enum CommentListing {
    public static func lines(_ comments: [ItemComment], language: Language, timeZone: TimeZone) -> [String] {
        guard !comments.isEmpty else {
            return [LocalizedText(
                ja: "コメントはまだありません。問題の画面で w を押すと残せます。",
                en: "No comments yet. Press w on a question to leave one."
            )[language]]
        }
        return comments.map { comment in
            let text = comment.text.replacingOccurrences(of: "\n", with: " ")
            return "\(comment.questionID)  \(StatsScreen.format(comment.createdAt, timeZone: timeZone))  \(VisibleText.sanitize(text))"
        }
    }
}
