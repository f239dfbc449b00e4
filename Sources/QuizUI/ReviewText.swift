import Foundation
import QuizEngine

/// What `awsquiz review` prints when nothing is due, in the user's language and time zone.
public enum ReviewText {
    public static func noneDue(next: Date?, timeZone: TimeZone) -> LocalizedText {
        guard let next else { return LocalizedText(ja: "期限の来た復習はありません。", en: "No reviews are due.") }
        let when = StatsScreen.format(next, timeZone: timeZone)
        return LocalizedText(
            ja: "期限の来た復習はありません。次は \(when) です。", en: "No reviews are due. The next is due at \(when)."
        )
    }
}
