/// Whether the history says the user is ready to sit the real exam, by a stated rule, and
/// how far they are from it: the last three practice exams at 80% or more, and no service
/// domain below 70% (every domain answered at least `minimumAnswers` times).
public struct Readiness: Sendable, Hashable, Codable {
    public static let examsNeeded = 3
    public static let examPercent = 80
    public static let domainPercent = 70
    public static let minimumAnswers = 5

    public struct DomainGap: Sendable, Hashable, Codable {
        public let id: String
        /// Percent right, or nil when the domain has fewer than `minimumAnswers` answers.
        public let percent: Int?

        public init(id: String, percent: Int?) {
            self.id = id
            self.percent = percent
        }
    }

    public let isReady: Bool
    /// Estimated scaled score of every exam taken, oldest first: the trend line.
    public let trend: [Int]
    /// Percent right in each of the last three exams, oldest first.
    public let lastExamPercents: [Int]
    /// How many more exams the rule needs before it can be met.
    public let examsMissing: Int
    /// Last-three exams below the bar.
    public let examsBelow: Int
    /// Domains below the bar or not answered enough yet, weakest first.
    public let domainGaps: [DomainGap]
    public let rule: LocalizedText

    public init(exams: [ExamOutcome], domains: [StudyStats.DomainProgress]) {
        let ordered = exams.sorted { $0.takenAt < $1.takenAt }
        trend = ordered.map(\.scaledScoreEstimate)
        lastExamPercents = ordered.suffix(Self.examsNeeded).map { Percent.of($0.correct, $0.total) }
        examsMissing = max(0, Self.examsNeeded - ordered.count)
        examsBelow = lastExamPercents.filter { $0 < Self.examPercent }.count
        domainGaps = domains.compactMap { domain -> DomainGap? in
            guard domain.allTime.total >= Self.minimumAnswers, let accuracy = domain.allTime.accuracy else {
                return DomainGap(id: domain.id, percent: nil)
            }
            let percent = Percent.rounded(accuracy)
            return percent < Self.domainPercent ? DomainGap(id: domain.id, percent: percent) : nil
        }
        isReady = examsMissing == 0 && examsBelow == 0 && domainGaps.isEmpty
        rule = LocalizedText(
            ja: "直近 \(Self.examsNeeded) 回の模擬試験がすべて \(Self.examPercent)% 以上で、どの分野も \(Self.domainPercent)% 以上（各分野 \(Self.minimumAnswers) 問以上回答）。",
            en: "The last \(Self.examsNeeded) practice exams at \(Self.examPercent)% or more, and every domain at \(Self.domainPercent)% or more (each answered at least \(Self.minimumAnswers) times)."
        )
    }
}
