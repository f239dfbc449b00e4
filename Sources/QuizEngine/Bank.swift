/// A loaded, valid question bank: the catalogue and every question that passed the linter.
public struct Bank: Sendable, Hashable {
    public let catalog: Catalog
    public let questions: [Question]
    /// The notes' claims, in file order; every question names the claims it tests.
    public let claims: [Claim]

    public init(catalog: Catalog, questions: [Question], claims: [Claim] = []) {
        self.catalog = catalog
        self.questions = questions
        self.claims = claims
    }

    public func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    /// Every service name used by some question, sorted, for `list services` and `--service`.
    public var services: [String] {
        Array(Set(questions.flatMap(\.services))).sorted()
    }

    public func questions(matching filter: QuestionFilter) -> [Question] {
        questions.filter(filter.admits)
    }
}
