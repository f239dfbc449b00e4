/// The sets of options an item can show: the rules of a pool, in one place, for the
/// sampler that draws a sitting's options and for the linter that proves the pool sound.
extension Question {
    /// Every set of pool indices (ascending) that a sitting may show: `shownCount` options,
    /// exactly `requiredSelections` of them correct, and no two that exclude each other.
    /// Pools are small (the loader allows at most `Question.maximumPoolSize` options), so
    /// enumerating is cheap and lets the sampler draw uniformly among sound sets.
    public var possibleDraws: [[Int]] {
        let correct = choices.indices.filter { choices[$0].isCorrect }
        let wrong = choices.indices.filter { !choices[$0].isCorrect }
        let wrongCount = shownCount - requiredSelections
        guard requiredSelections >= 0, wrongCount >= 0 else { return [] }
        let excluded = exclusionPartners
        let correctSets = Self.compatibleSubsets(of: correct, size: requiredSelections, excluded: excluded)
        let wrongSets = Self.compatibleSubsets(of: wrong, size: wrongCount, excluded: excluded)
        var draws: [[Int]] = []
        for keys in correctSets {
            for distractors in wrongSets
            where !keys.contains(where: { key in distractors.contains { excluded[key].contains($0) } }) {
                draws.append((keys + distractors).sorted())
            }
        }
        return draws
    }

    /// At most this many options in a pool: the drawn set stays small enough to letter and
    /// the sets to choose from stay few enough to enumerate.
    public static let maximumPoolSize = 12
    /// At most this many options shown: the keys 1-9 and a-i choose them.
    public static let maximumShownCount = 9

    /// For each option, the indices of the options it must never be shown beside, in both
    /// directions whichever side declared it.
    public var exclusionPartners: [Set<Int>] {
        var partners = Array(repeating: Set<Int>(), count: choices.count)
        let indexByID = Dictionary(choices.indices.map { (choices[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, choice) in choices.enumerated() {
            for id in choice.excludes {
                guard let other = indexByID[id], other != index else { continue }
                partners[index].insert(other)
                partners[other].insert(index)
            }
        }
        return partners
    }

    private static func compatibleSubsets(of indices: [Int], size: Int, excluded: [Set<Int>]) -> [[Int]] {
        guard size > 0 else { return [[]] }
        var result: [[Int]] = []
        var current: [Int] = []
        func extend(from start: Int) {
            if current.count == size {
                result.append(current)
                return
            }
            guard indices.count - start >= size - current.count else { return }
            for position in start..<indices.count {
                let candidate = indices[position]
                if current.contains(where: { excluded[candidate].contains($0) }) { continue }
                current.append(candidate)
                extend(from: position + 1)
                current.removeLast()
            }
        }
        extend(from: 0)
        return result
    }
}

extension Question {
    /// Whether a saved sitting's options (pool indices in display order) are still a set
    /// this item may show: each index once, in the pool, and a sound draw.
    public func canShow(_ order: [Int]) -> Bool {
        let shown = order.sorted()
        guard Set(shown).count == order.count, shown.allSatisfy(choices.indices.contains) else { return false }
        let partners = exclusionPartners
        return shown.count == shownCount && shown.filter { choices[$0].isCorrect }.count == requiredSelections
            && !shown.contains(where: { index in shown.contains { partners[index].contains($0) } })
    }
}
