import Foundation
import QuizEngine

/// How long until a date, in words a user reads at a glance ("in 10 minutes", "3 日後"):
/// when a reviewed question comes back, when the next review is due.
enum TimeUntil {
    /// Rounded to the nearest whole unit (under half a minute is "under a minute"): minutes under an hour, hours under two days,
    /// days under two months, then months, then years.
    static func words(from now: Date, to date: Date) -> LocalizedText {
        // Bounded so the rounding below never leaves Int, however far the date.
        let seconds = min(date.timeIntervalSince(now), 1000 * 365 * 86400)
        let minutes = Int((seconds / 60).rounded())
        guard minutes >= 1 else { return LocalizedText(ja: "1 分以内", en: "in under a minute") }
        let hours = Int((seconds / 3600).rounded())
        let days = Int((seconds / 86400).rounded())
        return switch seconds {
        case ..<3600: LocalizedText(ja: "\(minutes) 分後", en: "in \(Plural.en(minutes, "minute"))")
        case ..<(2 * 86400): LocalizedText(ja: "\(hours) 時間後", en: "in \(Plural.en(hours, "hour"))")
        case ..<(60 * 86400): LocalizedText(ja: "\(days) 日後", en: "in \(Plural.en(days, "day"))")
        case ..<(365 * 86400):
            LocalizedText(ja: "\(days / 30) か月後", en: "in \(Plural.en(days / 30, "month"))")
        default: LocalizedText(ja: "\(days / 365) 年後", en: "in \(Plural.en(days / 365, "year"))")
        }
    }
}
