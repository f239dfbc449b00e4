/// A service domain (Compute, Security, ...): the unit scores are kept per.
public struct ServiceDomain: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// The two certification exams the presets imitate.
public enum Exam: String, Sendable, CaseIterable, Codable {
    case sap
    case saa
}

/// A domain of an exam guide, with its weight in percent of the scored questions.
public struct ExamDomain: Sendable, Hashable, Identifiable {
    public let id: String
    public let exam: Exam
    public let weight: Int
    public let name: LocalizedText

    public init(id: String, exam: Exam, weight: Int, name: LocalizedText) {
        self.id = id
        self.exam = exam
        self.weight = weight
        self.name = name
    }
}

/// One of the study notes the questions are drawn from.
public struct StudyNote: Sendable, Hashable, Identifiable {
    public let id: String
    public let date: String
    public let title: LocalizedText
    public let summary: LocalizedText
    /// The note as its author wrote it, for a user's own notes; the bundled bank keeps only claims.
    public let text: String?

    public init(id: String, date: String, title: LocalizedText, summary: LocalizedText, text: String? = nil) {
        self.id = id
        self.date = date
        self.title = title
        self.summary = summary
        self.text = text
    }
}

/// The ids every question refers to, in the order the catalogue lists them.
public struct Catalog: Sendable, Hashable {
    public let domains: [ServiceDomain]
    public let examDomains: [ExamDomain]
    public let notes: [StudyNote]

    public init(domains: [ServiceDomain], examDomains: [ExamDomain], notes: [StudyNote]) {
        self.domains = domains
        self.examDomains = examDomains
        self.notes = notes
    }

    public func domain(_ id: String) -> ServiceDomain? { domains.first { $0.id == id } }
    public func examDomain(_ id: String) -> ExamDomain? { examDomains.first { $0.id == id } }
    public func note(_ id: String) -> StudyNote? { notes.first { $0.id == id } }

    public func examDomains(of exam: Exam) -> [ExamDomain] { examDomains.filter { $0.exam == exam } }
}
