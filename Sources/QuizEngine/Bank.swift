/// A loaded, valid question bank: the catalogue and every question that passed the linter.
public struct Bank: Sendable, Hashable {
    public let catalog: Catalog
    public let questions: [Question]

    public init(catalog: Catalog, questions: [Question]) {
        self.catalog = catalog
        self.questions = questions
    }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    /// Every service name used by some question, sorted, for `list services` and `--service`.
    public var services: [String] {
        Array(Set(questions.flatMap(\.services))).sorted()
    }

    public func questions(matching filter: QuestionFilter) -> [Question] {
        questions.filter(filter.admits)
    }
}
