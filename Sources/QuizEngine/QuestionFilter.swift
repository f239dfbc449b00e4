/// Which questions a drill draws from; an empty list means "any".
public struct QuestionFilter: Sendable, Hashable {
    public var domainIDs: [String]
    public var services: [String]
    public var noteIDs: [String]
    /// Items that test any of these claims of a note.
    public var claimIDs: [String]
    /// Items of these difficulties (1-3).
    public var difficulties: [Int]

    public init(
        domainIDs: [String] = [], services: [String] = [], noteIDs: [String] = [], claimIDs: [String] = [], difficulties: [Int] = []
    ) {
        self.domainIDs = domainIDs
        self.services = services
        self.noteIDs = noteIDs
        self.claimIDs = claimIDs
        self.difficulties = difficulties
    }

    public func admits(_ question: Question) -> Bool {
        (domainIDs.isEmpty || domainIDs.contains(question.domainID))
            && (noteIDs.isEmpty || noteIDs.contains(question.noteID))
            && (claimIDs.isEmpty || question.claimIDs.contains(where: claimIDs.contains))
            && (difficulties.isEmpty || difficulties.contains(question.difficulty))
            && (services.isEmpty || question.services.contains { service in
                services.contains { $0.lowercased() == service.lowercased() }
            })
    }
}
