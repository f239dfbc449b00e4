/// A loaded, valid question bank: the catalogue and every question that passed the linter.
public struct Bank: Sendable, Hashable {
    public let catalog: Catalog
    public let questions: [Question]
    /// The notes' claims, in file order; every question names the claims it tests.
    public let claims: [Claim]

    /// Where each id first appears in `questions`: restoring a saved exam looks up every
    /// item by id, and a scan of a large bank per item made past exams slow to open.
    private let positions: [String: Int]

    public init(catalog: Catalog, questions: [Question], claims: [Claim] = []) {
        self.catalog = catalog
        self.questions = questions
        self.claims = claims
        var positions = [String: Int](minimumCapacity: questions.count)
        for (position, question) in questions.enumerated() where positions[question.id] == nil {
            positions[question.id] = position
        }
        self.positions = positions
    }

    public func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }

    public func question(_ id: String) -> Question? { positions[id].map { questions[$0] } }

    /// Every service name used by some question, sorted, for `list services` and `--service`.
    public var services: [String] {
        Array(Set(questions.flatMap(\.services))).sorted()
    }

    public func questions(matching filter: QuestionFilter) -> [Question] {
        questions.filter(filter.admits)
    }
}
