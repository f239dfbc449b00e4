/// One option of a question, with the reason it is right or wrong.
public struct Choice: Sendable, Hashable {
    public let text: LocalizedText
    public let why: LocalizedText
    public let isCorrect: Bool

    public init(text: LocalizedText, why: LocalizedText, isCorrect: Bool) {
        self.text = text
        self.why = why
        self.isCorrect = isCorrect
    }
}

/// An exam-style scenario question as the bank holds it, options in the author's order.
public struct Question: Sendable, Hashable, Identifiable {
    public let id: String
    public let noteID: String
    public let domainID: String
    /// One exam domain id per exam (for example `.sap: "SAP-D2"`).
    public let examDomainIDs: [Exam: String]
    public let services: [String]
    public let difficulty: Int
    public let stem: LocalizedText
    public let choices: [Choice]
    public let explanation: LocalizedText
    public let docs: [String]

    public init(
        id: String, noteID: String, domainID: String, examDomainIDs: [Exam: String],
        services: [String], difficulty: Int, stem: LocalizedText, choices: [Choice],
        explanation: LocalizedText, docs: [String]
    ) {
        self.id = id
        self.noteID = noteID
        self.domainID = domainID
        self.examDomainIDs = examDomainIDs
        self.services = services
        self.difficulty = difficulty
        self.stem = stem
        self.choices = choices
        self.explanation = explanation
        self.docs = docs
    }

    /// Indices (author's order) of the correct choices.
    public var correctIndices: Set<Int> {
        Set(choices.indices.filter { choices[$0].isCorrect })
    }

    /// How many options the user must choose; more than one makes it multi-response.
    public var requiredSelections: Int { correctIndices.count }

    public var isMultiResponse: Bool { requiredSelections > 1 }
}
