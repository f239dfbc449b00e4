/// One option of a question's pool, with the reason it is right or wrong.
public struct Choice: Sendable, Hashable {
    /// Unique within its question; exclusions and saved draws refer to it.
    public let id: String
    public let text: LocalizedText
    public let why: LocalizedText
    public let isCorrect: Bool
    /// Ids of options that must never be shown beside this one (two wordings of one idea,
    /// or a pair that would change which answer is right). Symmetric by the loader.
    public let excludes: Set<String>

    public init(id: String, text: LocalizedText, why: LocalizedText, isCorrect: Bool, excludes: Set<String> = []) {
        self.id = id
        self.text = text
        self.why = why
        self.isCorrect = isCorrect
        self.excludes = excludes
    }
}

/// An exam-style scenario item as the bank holds it: a stem and a pool of options, of
/// which each sitting shows `shownCount`, exactly `requiredSelections` of them correct.
public struct Question: Sendable, Hashable, Identifiable {
    public let id: String
    public let noteID: String
    public let domainID: String
    /// One exam domain id per exam (for example `.sap: "SAP-D2"`).
    public let examDomainIDs: [Exam: String]
    public let services: [String]
    public let difficulty: Int
    public let stem: LocalizedText
    /// The pool, in the author's order.
    public let choices: [Choice]
    public let explanation: LocalizedText
    public let docs: [String]
    /// How many options a sitting shows.
    public let shownCount: Int
    /// How many options the user must choose; more than one makes it multi-response.
    public let requiredSelections: Int
    /// Items that test the same decision share a family; one exam shows at most one of them.
    public let family: String?
    /// Ids of the note's claims this item tests.
    public let claimIDs: [String]
    /// The explicit constraints the stem states (cost, rto, compliance, ...).
    public let constraints: [String]
    /// Names the item's meaning: bumped by the author when the decision it tests changes,
    /// which starts its history afresh.
    public let revision: Int

    public init(
        id: String, noteID: String, domainID: String, examDomainIDs: [Exam: String],
        services: [String], difficulty: Int, stem: LocalizedText, choices: [Choice],
        explanation: LocalizedText, docs: [String], shownCount: Int? = nil, requiredSelections: Int? = nil,
        family: String? = nil, claimIDs: [String] = [], constraints: [String] = [], revision: Int = 1
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
        self.shownCount = shownCount ?? choices.count
        self.requiredSelections = requiredSelections ?? choices.filter(\.isCorrect).count
        self.family = family
        self.claimIDs = claimIDs
        self.constraints = constraints
        self.revision = revision
    }

    /// Indices (author's order) of the correct options in the pool.
    public var correctIndices: Set<Int> {
        Set(choices.indices.filter { choices[$0].isCorrect })
    }

    public var isMultiResponse: Bool { requiredSelections > 1 }

    /// The pool holds more options than a sitting shows.
    public var isPooled: Bool { choices.count > shownCount }
}
