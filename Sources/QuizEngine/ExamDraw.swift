/// Draws the questions of a practice exam so that the exam's domains keep their weights
/// as far as the bank allows, with no repeats and at most one item of a family,
/// repeatably for a seed.
public enum ExamDraw {
    public struct Drawn: Sendable, Hashable {
        public let items: [PresentedQuestion]
        /// How many fewer questions than asked the bank could give.
        public let shortfall: Int
    }

    public static func draw(from bank: Bank, preset: ExamPreset, seed: UInt64) -> Drawn {
        var generator = SeededGenerator(seed: seed)
        let domains = bank.catalog.examDomains(of: preset.exam)
        var pools: [String: [Question]] = [:]
        for domain in domains {
            pools[domain.id] = preferred(
                bank.questions.filter { $0.examDomainIDs[preset.exam] == domain.id }.seededShuffle(using: &generator),
                for: preset.exam
            )
        }
        var chosen: [Question] = []
        var families: Set<String> = []
        func take(from pool: [Question], upTo quota: Int) -> [Question] {
            var left: [Question] = []
            var taken = 0
            for question in pool {
                let fits = taken < quota && question.family.map { !families.contains($0) } ?? true
                if fits {
                    chosen.append(question)
                    if let family = question.family { families.insert(family) }
                    taken += 1
                } else {
                    left.append(question)
                }
            }
            return left
        }
        let wanted = min(preset.questionCount, bank.questions.count)
        for (domain, quota) in zip(domains, quotas(total: wanted, weights: domains.map(\.weight))) {
            pools[domain.id] = take(from: pools[domain.id] ?? [], upTo: quota)
        }
        if chosen.count < wanted {
            let chosenIDs = Set(chosen.map(\.id))
            let rest = domains.flatMap { pools[$0.id] ?? [] }
                + bank.questions.filter { $0.examDomainIDs[preset.exam] == nil && !chosenIDs.contains($0.id) }
            _ = take(from: preferred(rest.seededShuffle(using: &generator), for: preset.exam), upTo: wanted - chosen.count)
        }
        let items = chosen.seededShuffle(using: &generator).map { QuestionDraw.present($0, using: &generator) }
        return Drawn(items: items, shortfall: preset.questionCount - items.count)
    }

    /// The order an exam takes a domain's (already shuffled) questions in. SAP-C02 items are
    /// long multi-constraint scenarios of middle to high difficulty, so the SAP preset takes
    /// those first; SAA-C03 mixes short and long, so its order stays as shuffled.
    static func preferred(_ questions: [Question], for exam: Exam) -> [Question] {
        guard exam == .sap else { return questions }
        func tier(_ question: Question) -> Int {
            (question.hasProfessionalDepth ? 0 : 2) + (question.difficulty >= 2 ? 0 : 1)
        }
        // Each tier is worked out once: counting words inside the comparison made a sort
        // of a large bank count every stem's words a dozen times over.
        return questions.enumerated().map { (tier: tier($0.element), offset: $0.offset, question: $0.element) }
            .sorted { ($0.tier, $0.offset) < ($1.tier, $1.offset) }.map(\.question)
    }

    /// Largest-remainder split of `total` by `weights`, so quotas always add up to `total`.
    /// Weights are taken as 0...1,000,000 and `total` as 0...100,000, so no file's figures
    /// can overflow the arithmetic.
    static func quotas(total: Int, weights: [Int]) -> [Int] {
        let total = min(max(0, total), 100_000)
        let weights = weights.map { min(max(0, $0), 1_000_000) }
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0 else { return weights.map { _ in 0 } }
        var quotas = weights.map { total * $0 / weightSum }
        let order = weights.indices.sorted { (total * weights[$0]) % weightSum > (total * weights[$1]) % weightSum }
        for index in order.prefix(total - quotas.reduce(0, +)) { quotas[index] += 1 }
        return quotas
    }
}
