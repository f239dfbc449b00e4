import Foundation
import QuizEngine

/// What `awsquiz review` prints when nothing is due, in the user's language and time zone,
/// with the way to review ahead when something is scheduled.
public enum ReviewText {
    public static func noneDue(next: Date?, timeZone: TimeZone) -> LocalizedText {
        guard let next else { return LocalizedText(ja: "期限の来た復習はありません。", en: "No reviews are due.") }
        let when = StatsScreen.format(next, timeZone: timeZone)
        return LocalizedText(
            ja: "期限の来た復習はありません。次は \(when) です。awsquiz review --ahead で期限の近い問題をいま復習できます。",
            en: "No reviews are due. The next is due at \(when); awsquiz review --ahead reviews the soonest now."
        )
    }
}
