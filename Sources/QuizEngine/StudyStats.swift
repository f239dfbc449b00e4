import Foundation

/// Progress over time, computed from the study log at one moment. Its Codable form is the
/// documented, stable shape of `awsquiz stats --json` (README): add fields, never rename.
public struct StudyStats: Sendable, Hashable, Codable {
    public struct Accuracy: Sendable, Hashable, Codable {
        public let correct: Int
        public let total: Int
        /// correct / total, or nil with no answers.
        public let accuracy: Double?

        init(_ answers: [LoggedAnswer]) {
            correct = answers.filter(\.record.isCorrect).count
            total = answers.count
            accuracy = total == 0 ? nil : Double(correct) / Double(total)
        }
    }

    public struct DomainProgress: Sendable, Hashable, Codable {
        public let id: String
        public let name: LocalizedText
        public let allTime: Accuracy
        public let last7Days: Accuracy
        public let last30Days: Accuracy
        /// Accuracy per week for the last `weeks` weeks, oldest first; nil for a week without answers.
        public let weekly: [Double?]
    }

    public struct ExamTaken: Sendable, Hashable, Codable {
        public let exam: Exam
        public let takenAt: Date
        public let correct: Int
        public let total: Int
        public let scaledScoreEstimate: Int
        public let passed: Bool
    }

    public struct Leech: Sendable, Hashable, Codable {
        public let id: String
        public let misses: Int
    }

    public struct Suggestion: Sendable, Hashable, Codable {
        public let command: String
        public let reason: LocalizedText
    }

    public static let weeks = 8

    public let schemaVersion: Int
    public let generatedAt: Date
    public let overall: Accuracy
    /// Weakest first; domains without answers last.
    public let serviceDomains: [DomainProgress]
    public let examDomains: [DomainProgress]
    public let exams: [ExamTaken]
    public let reviewsDue: Int
    public let nextReviewAt: Date?
    public let leeches: [Leech]
    public let suggestion: Suggestion

    public init(log: StudyLog, bank: Bank, now: Date) {
        let byQuestion = log.answersByQuestion(in: bank)
        let questions = Dictionary(bank.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let counted = byQuestion.values.flatMap { $0 }.sorted { $0.answeredAt < $1.answeredAt }
        func progress(id: String, name: LocalizedText, matching: (Question) -> Bool) -> DomainProgress {
            let answers = counted.filter { questions[$0.record.questionID].map(matching) ?? false }
            func since(days: Double) -> [LoggedAnswer] { answers.filter { $0.answeredAt > now.addingTimeInterval(-days * 86400) } }
            let weekly: [Double?] = (0..<Self.weeks).reversed().map { weeksAgo in
                let end = now.addingTimeInterval(-Double(weeksAgo) * 7 * 86400)
                return Accuracy(answers.filter { $0.answeredAt > end.addingTimeInterval(-7 * 86400) && $0.answeredAt <= end }).accuracy
            }
            return DomainProgress(
                id: id, name: name, allTime: Accuracy(answers), last7Days: Accuracy(since(days: 7)),
                last30Days: Accuracy(since(days: 30)), weekly: weekly
            )
        }
        func weakestFirst(_ list: [DomainProgress]) -> [DomainProgress] {
            list.enumerated().sorted { lhs, rhs in
                switch (lhs.element.allTime.accuracy, rhs.element.allTime.accuracy) {
                case let (left?, right?) where left != right: return left < right
                case (nil, .some): return false
                case (.some, nil): return true
                default: return lhs.offset < rhs.offset
                }
            }.map(\.element)
        }
        schemaVersion = 1
        generatedAt = now
        overall = Accuracy(counted)
        serviceDomains = weakestFirst(bank.catalog.domains.map { domain in
            progress(id: domain.id, name: domain.name) { $0.domainID == domain.id }
        })
        examDomains = weakestFirst(bank.catalog.examDomains.map { domain in
            progress(id: domain.id, name: domain.name) { $0.examDomainIDs[domain.exam] == domain.id }
        })
        exams = log.exams.sorted { $0.takenAt < $1.takenAt }.map {
            ExamTaken(
                exam: $0.exam, takenAt: $0.takenAt, correct: $0.correct, total: $0.total,
                scaledScoreEstimate: $0.scaledScoreEstimate, passed: $0.passed
            )
        }
        let queue = ReviewQueue(log: log, bank: bank)
        reviewsDue = queue.due(at: now).count
        nextReviewAt = queue.nextDue(after: now)
        leeches = queue.leeches.map { Leech(id: $0.question.id, misses: $0.misses) }
        suggestion = Self.suggest(reviewsDue: reviewsDue, domains: serviceDomains)
    }

    private static func suggest(reviewsDue: Int, domains: [DomainProgress]) -> Suggestion {
        if reviewsDue > 0 {
            return Suggestion(command: "awsquiz review", reason: LocalizedText(
                ja: "復習の期限が来た問題が \(reviewsDue) 問あります。", en: "\(reviewsDue) questions are due for review."
            ))
        }
        if let weakest = domains.first, let accuracy = weakest.allTime.accuracy, accuracy < 0.8 {
            let percent = Int(accuracy * 100)
            return Suggestion(command: "awsquiz drill --domain \(weakest.id)", reason: LocalizedText(
                ja: "\(weakest.name.ja) の正答率が \(percent)% と最も低い分野です。",
                en: "\(weakest.name.en) is your weakest domain at \(percent)%."
            ))
        }
        if domains.allSatisfy({ $0.allTime.total == 0 }) {
            return Suggestion(command: "awsquiz drill", reason: LocalizedText(
                ja: "まだ回答がありません。まずはドリルから。", en: "No answers yet: start with a drill."
            ))
        }
        return Suggestion(command: "awsquiz exam --preset saa", reason: LocalizedText(
            ja: "どの分野も正答率 80% 以上です。時間を計って模擬試験を。",
            en: "Every domain is at 80% or better: sit a timed practice exam."
        ))
    }
}
