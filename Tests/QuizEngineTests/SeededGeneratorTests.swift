import QuizEngine
import Testing

@Suite struct SeededGeneratorTests {
    @Test func sameSeedGivesSameSequence() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        let a = (0..<8).map { _ in first.next() }
        let b = (0..<8).map { _ in second.next() }
        #expect(a == b)
        var other = SeededGenerator(seed: 43)
        #expect((0..<8).map { _ in other.next() } != a)
    }

    @Test func knownFirstValueOfSplitMix64() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test(arguments: 0..<50)
    func shuffleIsAPermutation(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let items = Array(0..<17)
        let shuffled = items.seededShuffle(using: &generator)
        #expect(shuffled.sorted() == items)
    }

    @Test func shuffleMovesThingsForMostSeeds() {
        let items = Array(0..<10)
        let unchanged = (0..<100).filter { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            return items.seededShuffle(using: &generator) == items
        }
        #expect(unchanged.count <= 1)
    }
}
