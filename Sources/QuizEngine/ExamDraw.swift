/// Draws the questions of a practice exam so that the exam's domains keep their weights
/// as far as the bank allows, with no repeats, repeatably for a seed.
public enum ExamDraw {
    public struct Drawn: Sendable, Hashable {
        public let items: [PresentedQuestion]
        /// How many fewer questions than asked the bank could give.
        public let shortfall: Int
    }

    public static func draw(from bank: Bank, preset: ExamPreset, seed: UInt64) -> Drawn {
        var generator = SeededGenerator(seed: seed)
        let domains = bank.catalog.examDomains(of: preset.exam)
        let wanted = min(preset.questionCount, bank.questions.count)
        var pools: [String: [Question]] = [:]
        for domain in domains {
            pools[domain.id] = bank.questions.filter { $0.examDomainIDs[preset.exam] == domain.id }
                .seededShuffle(using: &generator)
        }
        var chosen: [Question] = []
        for (domain, quota) in zip(domains, quotas(total: wanted, weights: domains.map(\.weight))) {
            let pool = pools[domain.id] ?? []
            chosen += pool.prefix(quota)
            pools[domain.id] = Array(pool.dropFirst(quota))
        }
        if chosen.count < wanted {
            let chosenIDs = Set(chosen.map(\.id))
            let rest = domains.flatMap { pools[$0.id] ?? [] }
                + bank.questions.filter { $0.examDomainIDs[preset.exam] == nil && !chosenIDs.contains($0.id) }
            chosen += rest.seededShuffle(using: &generator).prefix(wanted - chosen.count)
        }
        let items = chosen.seededShuffle(using: &generator).map { QuestionDraw.present($0, using: &generator) }
        return Drawn(items: items, shortfall: preset.questionCount - items.count)
    }

    /// Largest-remainder split of `total` by `weights`, so quotas always add up to `total`.
    static func quotas(total: Int, weights: [Int]) -> [Int] {
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0 else { return weights.map { _ in 0 } }
        var quotas = weights.map { total * $0 / weightSum }
        let order = weights.indices.sorted { (total * weights[$0]) % weightSum > (total * weights[$1]) % weightSum }
        for index in order.prefix(total - quotas.reduce(0, +)) { quotas[index] += 1 }
        return quotas
    }
}
