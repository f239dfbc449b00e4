import Foundation
import QuizEngine

/// Progress over time: accuracy per domain (all time, 7 and 30 days) with an 8-week
/// trend, weakest first; exams taken; reviews due; leeches; a suggested next step.
/// The same lines print as plain text for `awsquiz stats`. `e` opens the past exams.
public struct StatsScreen: Screen {
    /// Built when the page opens or the log changes, not on every frame.
    let stats: StudyStats

    var page: AppModel.Page { .stats(self) }

    func keys(_ app: AppModel) -> KeyTable { KeyTable(ScreenKeys.stats) }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        switch ScreenKeys.stats.action(for: key) {
        case .pastExams: return app.openPastExams()
        case .back: app.show(.menu(cursor: 0))
        case .up: app.scroll(by: -1)
        case .down: app.scroll(by: 1)
        case nil: break
        }
        return []
    }

    func content(_ model: AppModel, width: Int) -> ScreenContent {
        return ScreenContent(
            title: UIText.statsTitle[model.language],
            body: [[]] + Self.lines(stats, language: model.language, width: width, timeZone: model.timeZone), focus: nil
        )
    }

    /// The report as plain text lines, for the command line.
    public static func plainText(_ stats: StudyStats, language: Language, width: Int, timeZone: TimeZone) -> String {
        Self.lines(stats, language: language, width: width, timeZone: timeZone)
            .map { line in line.map(\.text).joined() }
            .joined(separator: "\n")
    }

    static func lines(_ stats: StudyStats, language: Language, width: Int, timeZone: TimeZone) -> [StyledLine] {
        var body: [StyledLine] = []
        let overall = stats.overall
        body.append([Span(
            UIText.statsOverall(overall.correct, of: overall.total)[language]
                + (overall.accuracy.map { " (\(Percent.rounded($0))%)" } ?? ""),
            CellStyle(bold: true)
        )])
        body.append([])
        body += ReadinessSection.lines(stats, language: language, width: width)
        body.append([])
        let columns = UIText.statsColumns.map { $0[language] }
        body.append([Span(
            "  " + LineBuilder.padded(columns[0], width: nameWidth(width)) + columns[1...3].map { $0.leftPadded(to: 6) }.joined()
                + "  " + columns[4],
            CellStyle(bold: true, underline: true)
        )])
        body += stats.serviceDomains.map { domainRow($0, name: $0.name[language], width: width) }
        body.append([])
        body.append([Span(UIText.byExamDomain[language], CellStyle(bold: true, underline: true))])
        body += stats.examDomains.filter { $0.allTime.total > 0 }.map { domainRow($0, name: $0.id, width: width) }
        body.append([])
        body.append([Span(UIText.statsByDifficulty[language], CellStyle(bold: true, underline: true))])
        body += stats.difficulties.map { level in
            let figure = level.allTime.accuracy.map { "\(Percent.rounded($0))% (\(level.allTime.correct)/\(level.allTime.total))" } ?? "–"
            return [Span("  " + UIText.statsDifficultyLevel(level.difficulty)[language] + "  " + figure)]
        }
        body.append([])
        body.append([Span(UIText.statsExams[language], CellStyle(bold: true, underline: true))])
        if stats.exams.isEmpty { body.append([Span("  " + UIText.statsNoExams[language], CellStyle(dim: true))]) }
        for exam in stats.exams.suffix(10) {
            let verdict = (exam.passed ? UIText.passed : UIText.failed)[language]
            body.append([
                Span("  \(format(exam.takenAt, timeZone: timeZone))  \(exam.exam.code)  \(exam.correct)/\(exam.total)  \(exam.scaledScoreEstimate)  "),
                Span(verdict, CellStyle(bold: true, color: exam.passed ? .green : .red)),
            ])
        }
        body.append([])
        var reviews = UIText.statsReviews(due: stats.reviewsDue)[language]
        if let next = stats.nextReviewAt {
            reviews += "   " + UIText.statsNextReview(format(next, timeZone: timeZone))[language]
        }
        body.append([Span(reviews, CellStyle(bold: true))])
        if !stats.leeches.isEmpty {
            body.append([Span(UIText.statsLeeches[language], CellStyle(bold: true, color: .red))])
            let shown = stats.leeches.prefix(leechesShown).map { "\($0.id) (\($0.misses))" }.joined(separator: ", ")
            let more = stats.leeches.count - leechesShown
            body += LineBuilder.wrapped(
                shown + (more > 0 ? ", " + UIText.statsMoreLeeches(more)[language] : ""), width: width, prefix: [Span("  ")]
            )
        }
        body.append([])
        body.append([Span(UIText.statsSuggestion[language], CellStyle(bold: true, underline: true))])
        body += LineBuilder.wrapped(
            "\(stats.suggestion.command) — \(stats.suggestion.reason[language])", width: width, prefix: [Span("  ")]
        )
        return body
    }

    /// The most-missed leeches the report names; a long history can make thousands.
    static let leechesShown = 20

    private static func domainRow(_ progress: StudyStats.DomainProgress, name: String, width: Int) -> StyledLine {
        func percent(_ accuracy: StudyStats.Accuracy) -> String {
            (accuracy.accuracy.map { "\(Percent.rounded($0))%" } ?? "–").leftPadded(to: 6)
        }
        let figures = percent(progress.allTime) + percent(progress.last7Days) + percent(progress.last30Days) + "  "
        let spark = Sparkline.of(progress.weekly)
        let color: TextColor? = progress.allTime.accuracy.map { $0 >= 0.72 ? .green : ($0 >= 0.5 ? .yellow : .red) }
        return [
            Span("  " + LineBuilder.padded(name, width: nameWidth(width))),
            Span(figures, CellStyle(color: color)),
            Span(spark, CellStyle(color: .cyan)),
        ]
    }

    /// The name column: what is left of the width after three figures and the trend.
    private static func nameWidth(_ width: Int) -> Int {
        max(4, min(24, width - 2 - 3 * 6 - 2 - StudyStats.weeks))
    }

    static func format(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Stats: Sendable { case up, down, pastExams, back }

    static let stats: [KeyBinding<Stats>] = [
        KeyBinding(CommonKeys.up, "↑↓", scrollText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.character("e")], "e", LocalizedText(ja: "過去の試験", en: "past exams"), .useful, action: .pastExams),
        KeyBinding(CommonKeys.back + [.enter], "q", menuText, .essential, helpLabel: "q, Esc, Enter", action: .back),
    ]
}
