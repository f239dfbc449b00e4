import Foundation
import QuizEngine

/// One line per exam for `awsquiz exams`: preset, when it started, where it stands, the
/// answered and incomplete counts, and the time left or the score.
public enum ExamListing {
    public enum State: Sendable, Hashable {
        case inProgress(openElsewhere: Bool)
        case submitted(Score)
        case discarded
    }

    public static func line(
        id: String, session: ExamSession, state: State, startedAt: Date, language: Language, timeZone: TimeZone
    ) -> String {
        let counts = LocalizedText(
            ja: "回答済み \(session.answeredCount)/\(session.items.count)・未完了 \(session.incompleteCount)",
            en: "\(session.answeredCount)/\(session.items.count) answered, \(session.incompleteCount) incomplete"
        )[language]
        let standing: String
        switch state {
        case .inProgress(let openElsewhere):
            let left = Clock.format(session.remainingSeconds)
            standing = LocalizedText(ja: "中断中・残り \(left)", en: "in progress, \(left) left")[language]
                + (openElsewhere ? UIText.openElsewhereMark[language] : "")
        case .submitted(let score):
            let scaled = ScaledScore.estimate(score)
            let verdict = (scaled >= session.preset.passingScore ? UIText.passed : UIText.failed)[language]
            standing = LocalizedText(
                ja: "提出済み \(score.correct)/\(score.total)・推定スコア \(scaled) \(verdict)",
                en: "submitted \(score.correct)/\(score.total), estimated score \(scaled) \(verdict)"
            )[language]
        case .discarded:
            standing = text.discarded[language]
        }
        return "\(StatsScreen.format(startedAt, timeZone: timeZone))  \(session.preset.exam.code)  \(counts)  \(standing)  [\(id)]"
    }

    public static func none(_ language: Language) -> String { text.none[language] }

    private static let text = (
        discarded: LocalizedText(ja: "破棄", en: "discarded"),
        none: LocalizedText(ja: "試験の記録はまだありません。", en: "No exams yet.")
    )
}
