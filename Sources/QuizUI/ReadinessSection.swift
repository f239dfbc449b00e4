import QuizEngine

/// Stats' readiness block: ready or not by the stated rule, the trend of exam estimates as
/// a sparkline, and what is still missing, on screen and in `awsquiz stats`.
enum ReadinessSection {
    /// Scaled scores run from 100 to 1000; the sparkline spans that range.
    static let lowestScore = 100.0
    static let highestScore = 1000.0
    /// The sparkline shows at most this many exams, the latest.
    static let trendLength = 20

    static func lines(_ stats: StudyStats, language: Language, width: Int) -> [StyledLine] {
        let readiness = stats.readiness
        var body: [StyledLine] = [[Span(title[language], CellStyle(bold: true, underline: true))]]
        body.append([
            Span("  "),
            readiness.isReady
                ? Span(ready[language], CellStyle(bold: true, color: .green))
                : Span(notReady[language], CellStyle(bold: true, color: .yellow)),
        ])
        body += LineBuilder.wrapped(
            ruleLabel[language] + readiness.rule[language], width: width, style: CellStyle(dim: true), prefix: [Span("  ")]
        )
        if let latest = readiness.trend.last {
            let shown = readiness.trend.suffix(trendLength).map {
                Optional((Double($0) - lowestScore) / (highestScore - lowestScore))
            }
            body.append([
                Span("  " + estimates[language]),
                Span(Sparkline.of(Array(shown)), CellStyle(color: .cyan)),
                Span("  " + latestEstimate(latest)[language]),
            ])
        }
        if !readiness.isReady {
            body += LineBuilder.wrapped(
                toGo(readiness, names: stats.serviceDomains)[language], width: width, prefix: [Span("  ")]
            )
        }
        return body
    }

    static let title = LocalizedText(ja: "受験準備", en: "Readiness")
    static let ready = LocalizedText(ja: "✓ 受験準備ができています", en: "✓ Ready for the real exam")
    static let notReady = LocalizedText(ja: "まだ準備中", en: "Not ready yet")
    static let ruleLabel = LocalizedText(ja: "基準: ", en: "Rule: ")
    static let estimates = LocalizedText(ja: "模擬試験の推定スコア ", en: "Exam estimates ")

    static func latestEstimate(_ score: Int) -> LocalizedText {
        LocalizedText(ja: "最新 \(score)", en: "latest \(score)")
    }

    /// What the rule still needs: more exams, exams to raise, domains to raise or answer more.
    static func toGo(_ readiness: Readiness, names: [StudyStats.DomainProgress]) -> LocalizedText {
        var ja: [String] = []
        var en: [String] = []
        if readiness.examsMissing > 0 {
            ja.append("模擬試験をあと \(readiness.examsMissing) 回")
            en.append(Plural.en(readiness.examsMissing, "more practice exam", "more practice exams"))
        }
        if readiness.examsBelow > 0 {
            ja.append("直近の試験のうち \(readiness.examsBelow) 回が \(Readiness.examPercent)% 未満")
            en.append("\(readiness.examsBelow) of the last exams below \(Readiness.examPercent)%")
        }
        let gaps = readiness.domainGaps.map { gap in
            (name: names.first { $0.id == gap.id }?.name ?? LocalizedText(ja: gap.id, en: gap.id), percent: gap.percent)
        }
        let low = gaps.compactMap { gap in gap.percent.map { (gap.name, $0) } }
        if !low.isEmpty {
            ja.append("\(Readiness.domainPercent)% 未満の分野: " + low.map { "\($0.0.ja) \($0.1)%" }.joined(separator: "、"))
            en.append("below \(Readiness.domainPercent)%: " + low.map { "\($0.0.en) \($0.1)%" }.joined(separator: ", "))
        }
        let unanswered = gaps.filter { $0.percent == nil }.map(\.name)
        if !unanswered.isEmpty {
            ja.append("回答が \(Readiness.minimumAnswers) 問未満の分野: " + unanswered.map(\.ja).joined(separator: "、"))
            en.append("fewer than \(Readiness.minimumAnswers) answers: " + unanswered.map(\.en).joined(separator: ", "))
        }
        return LocalizedText(ja: "残り: " + ja.joined(separator: "。") + "。", en: "To go: " + en.joined(separator: "; ") + ".")
    }
}
