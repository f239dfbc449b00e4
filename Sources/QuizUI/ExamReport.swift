import Foundation
import QuizEngine

/// `awsquiz exams ID`: one finished exam as text, as its results show it: the score, then
/// every question with the options that were shown, the answer given, the keys and the
/// explanation, in the chosen language.
public enum ExamReport {
    public static func plainText(
        _ exam: PastExam, dropped: Int, bank: Bank, language: Language, width: Int, timeZone: TimeZone
    ) -> String {
        let session = exam.session
        let verdict = (exam.passed ? UIText.passed : UIText.failed)[language]
        var lines: [StyledLine] = [
            [Span("\(StatsScreen.format(exam.takenAt, timeZone: timeZone))  \(session.preset.exam.code)  [\(session.id)]")],
            [Span(UIText.resultsScore(exam.score)[language])],
            [Span(UIText.scaledScore(exam.scaledScore, passMark: session.preset.passingScore)[language] + "  " + verdict)],
        ]
        if dropped > 0 { lines += LineBuilder.wrapped(Self.dropped(dropped)[language], width: width) }
        let browser = AnswerBrowser(items: session.items, answers: session.answers, flagged: session.flagged)
        for index in session.items.indices {
            lines += [[], [Span(String(repeating: "─", count: min(width, 40)))]]
            lines += browser.questionLines(index, bank: bank, language: language, width: width)
        }
        return lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    /// Why an exam id cannot be shown, as one sentence.
    public static func unknown(_ id: String) -> LocalizedText {
        LocalizedText(
            ja: "ID '\(id)' の試験はありません。awsquiz exams で各試験の ID（[ ] 内）を確認できます。",
            en: "no exam has the id '\(id)'; 'awsquiz exams' lists every exam with its id in brackets."
        )
    }

    public static func inProgress(_ id: String) -> LocalizedText {
        LocalizedText(
            ja: "試験 '\(id)' はまだ提出されていません。解答と解説は提出後に表示されます。",
            en: "exam '\(id)' is still in progress; its answers and explanations show once it is submitted."
        )
    }

    public static func discarded(_ id: String) -> LocalizedText {
        LocalizedText(
            ja: "試験 '\(id)' は提出されずに破棄されたため、結果はありません。",
            en: "exam '\(id)' was discarded before it was submitted, so it has no results."
        )
    }

    private static func dropped(_ count: Int) -> LocalizedText {
        LocalizedText(
            ja: "この試験の \(count) 問は今の問題集にない（または出題した選択肢が出せない）ため省きます。",
            en: "\(Plural.en(count, "question")) of this exam \(count == 1 ? "is" : "are") no longer in the bank as shown, so left out."
        )
    }
}
