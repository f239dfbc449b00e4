import Foundation
import QuizEngine

/// `awsquiz mistakes`: one line per missed item, newest miss first: id, misses out of
/// answers, when last missed (the user's time zone) and the start of the stem.
public enum MistakeListing {
    public static func lines(_ list: MistakeList, language: Language, timeZone: TimeZone, width: Int) -> [String] {
        guard !list.entries.isEmpty else {
            return [UIText.noMistakes[language]]
        }
        return list.entries.map { entry in
            let tally = LocalizedText(
                ja: "\(entry.answers) 回中 \(entry.misses) 回誤答", en: "missed \(entry.misses) of \(entry.answers)"
            )[language]
            let head = LineBuilder.padded(entry.question.id, width: 13) + LineBuilder.padded(tally, width: 18)
                + StatsScreen.format(entry.lastMissedAt, timeZone: timeZone) + "  "
            let stem = TextWrap.paragraphs(entry.question.stem[language]).joined(separator: " ")
            return head + LineBuilder.truncated(stem, width: max(10, width - DisplayWidth.of(head)))
        }
    }
}
