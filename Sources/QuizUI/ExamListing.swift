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
        let counts = UIText.format(
            text.counts, language, [session.answeredCount, session.items.count, session.incompleteCount]
        )
        let standing: String
        switch state {
        case .inProgress(let openElsewhere):
            standing = UIText.format(text.inProgress, language, [Clock.format(session.remainingSeconds)])
                + (openElsewhere ? UIText.openElsewhereMark[language] : "")
        case .submitted(let score):
            let scaled = ScaledScore.estimate(score)
            let verdict = (scaled >= session.preset.passingScore ? UIText.passed : UIText.failed)[language]
            standing = UIText.format(text.submitted, language, [score.correct, score.total, scaled, verdict])
        case .discarded:
            standing = text.discarded[language]
        }
        return "\(StatsScreen.format(startedAt, timeZone: timeZone))  \(session.preset.exam.code)  \(counts)  \(standing)  [\(id)]"
    }

    public static func none(_ language: Language) -> String { text.none[language] }

    private static let text = (
        counts: LocalizedText(ja: "回答済み %d/%d・未完了 %d", en: "%d/%d answered, %d incomplete"),
        inProgress: LocalizedText(ja: "中断中・残り %@", en: "in progress, %@ left"),
        submitted: LocalizedText(ja: "提出済み %d/%d・推定スコア %d %@", en: "submitted %d/%d, estimated score %d %@"),
        discarded: LocalizedText(ja: "破棄", en: "discarded"),
        none: LocalizedText(ja: "試験の記録はまだありません。", en: "No exams yet.")
    )
}
