import Foundation

/// Progress over time, computed from the study log at one moment. Its Codable form is the
/// documented, stable shape of `awsquiz stats --json` (README): add fields, never rename.
public struct StudyStats: Sendable, Hashable, Codable {
    public struct Accuracy: Sendable, Hashable, Codable {
        public let correct: Int
        public let total: Int
        /// correct / total, or nil with no answers.
        public let accuracy: Double?

        init(_ score: Score) {
            correct = score.correct
            total = score.total
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

    /// Accuracy on the items of one difficulty (1 recall to 3 multi-constraint design).
    public struct DifficultyProgress: Sendable, Hashable, Codable {
        public let difficulty: Int
        public let allTime: Accuracy
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
    /// Difficulties 1, 2 and 3 in order.
    public let difficulties: [DifficultyProgress]
    public let exams: [ExamTaken]
    public let reviewsDue: Int
    public let nextReviewAt: Date?
    public let leeches: [Leech]
    public let suggestion: Suggestion
    /// The stated rule for "ready to sit the exam" and how far the user is from it.
    public let readiness: Readiness

    public init(log: StudyLog, bank: Bank, now: Date) {
        let domains = bank.catalog.domains
        let examDomains = bank.catalog.examDomains
        let domainIndex = Dictionary(domains.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let examIndex = Dictionary(examDomains.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var serviceTallies = Array(repeating: WindowTally(), count: domains.count)
        var examTallies = Array(repeating: WindowTally(), count: examDomains.count)
        var overall = WindowTally()
        var byDifficulty = Array(repeating: Score(), count: 3)
        let positionsByQuestion = log.answerPositions(in: bank)
        for (index, positions) in positionsByQuestion.enumerated() {
            let question = bank.questions[index]
            let service = domainIndex[question.domainID]
            guard !positions.isEmpty else { continue }
            var tally = WindowTally()
            log.answers.withUnsafeBufferPointer { answers in
                for position in positions {
                    tally.add(answers[position].record.isCorrect, ageInDays: now.timeIntervalSince(answers[position].answeredAt) / 86400)
                }
            }
            overall.merge(tally)
            if (1...3).contains(question.difficulty) { byDifficulty[question.difficulty - 1].merge(tally.allTime) }
            if let service { serviceTallies[service].merge(tally) }
            for exam in question.examDomainIDs.values.compactMap({ examIndex[$0] }) { examTallies[exam].merge(tally) }
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
        self.overall = Accuracy(overall.allTime)
        serviceDomains = weakestFirst(zip(domains, serviceTallies).map { $1.progress(id: $0.id, name: $0.name) })
        self.examDomains = weakestFirst(zip(examDomains, examTallies).map { $1.progress(id: $0.id, name: $0.name) })
        difficulties = byDifficulty.enumerated().map { DifficultyProgress(difficulty: $0.offset + 1, allTime: Accuracy($0.element)) }
        exams = log.exams.sorted { $0.takenAt < $1.takenAt }.map {
            ExamTaken(
                exam: $0.exam, takenAt: $0.takenAt, correct: $0.correct, total: $0.total,
                scaledScoreEstimate: $0.scaledScoreEstimate, passed: $0.passed
            )
        }
        let queue = ReviewQueue(log: log, bank: bank, positions: positionsByQuestion)
        reviewsDue = queue.due(at: now).count
        nextReviewAt = queue.nextDue(after: now)
        leeches = queue.leeches.map { Leech(id: $0.question.id, misses: $0.misses) }
        suggestion = Self.suggest(reviewsDue: reviewsDue, domains: serviceDomains)
        let domainsWithQuestions = Set(bank.questions.map(\.domainID))
        readiness = Readiness(exams: log.exams, domains: serviceDomains.filter { domainsWithQuestions.contains($0.id) })
    }

    /// Scores of one domain over the windows stats shows, filled in one pass over the log.
    private struct WindowTally {
        var allTime = Score()
        var last7Days = Score()
        var last30Days = Score()
        var weekly = Array(repeating: Score(), count: StudyStats.weeks)

        mutating func add(_ isCorrect: Bool, ageInDays age: Double) {
            allTime.add(isCorrect)
            if age < 7 { last7Days.add(isCorrect) }
            if age < 30 { last30Days.add(isCorrect) }
            if age >= 0, age < Double(StudyStats.weeks * 7) {
                weekly[StudyStats.weeks - 1 - Int(age / 7)].add(isCorrect)
            }
        }

        mutating func merge(_ other: WindowTally) {
            allTime.merge(other.allTime)
            last7Days.merge(other.last7Days)
            last30Days.merge(other.last30Days)
            for week in weekly.indices { weekly[week].merge(other.weekly[week]) }
        }

        func progress(id: String, name: LocalizedText) -> DomainProgress {
            DomainProgress(
                id: id, name: name, allTime: Accuracy(allTime), last7Days: Accuracy(last7Days),
                last30Days: Accuracy(last30Days), weekly: weekly.map { Accuracy($0).accuracy }
            )
        }
    }

    private static func suggest(reviewsDue: Int, domains: [DomainProgress]) -> Suggestion {
        if reviewsDue > 0 {
            return Suggestion(command: "awsquiz review", reason: LocalizedText(
                ja: "復習の期限が来た問題が \(reviewsDue) 問あります。", en: "\(reviewsDue) questions are due for review."
            ))
        }
        if let weakest = domains.first, let accuracy = weakest.allTime.accuracy, accuracy < 0.8 {
            let percent = Percent.rounded(accuracy)
            return Suggestion(command: "awsquiz drill --domain \(weakest.id)", reason: LocalizedText(
                ja: "\(weakest.name.ja)の正答率が \(percent)% と最も低い分野です。",
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
