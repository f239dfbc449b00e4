import QuestionBank
import QuizEngine
import Testing

/// The three surface guessers are computed exactly over every drawable set, and `check`
/// fails a bank in which any of them beats the limit.
@Suite struct TestWiseGuesserTests {
    static let catalog = Catalog(domains: [], examDomains: [], notes: [])

    /// A single-answer item whose options have the given English texts; the first is the key.
    static func item(_ id: String, stem: String, options: [String], shown: Int? = nil) -> Question {
        Question(
            id: id, noteID: "n", domainID: "d", examDomainIDs: [:], services: ["S"], difficulty: 2,
            stem: LocalizedText(ja: stem, en: stem),
            choices: options.enumerated().map { index, text in
                Choice(id: "o\(index)", text: LocalizedText(ja: text, en: text), why: LocalizedText(ja: "", en: ""), isCorrect: index == 0)
            },
            explanation: LocalizedText(ja: "", en: ""), docs: [], shownCount: shown, requiredSelections: 1
        )
    }

    @Test func aKeyThatIsAlwaysShortestIsCaughtInBothLanguages() {
        let items = (0..<20).map { Self.item("q\($0)", stem: "Which one", options: ["tiny", "a longer one", "much longer text", "the longest text of all"]) }
        let statistics = BankStatistics(bank: Bank(catalog: Self.catalog, questions: items))
        #expect(statistics.guesserAccuracy[.en]?[.shortest] == 100)
        #expect(statistics.guesserAccuracy[.en]?[.longest] == 0)
        #expect(statistics.tellErrors.count == 2, "shortest in ja and en")
        #expect(statistics.tellErrors.first?.contains("shortest option scores 100.0% (ja)") == true)
    }

    @Test func aKeyAlwaysHiddenInTheMiddleIsCaughtToo() {
        let items = (0..<20).map { Self.item("q\($0)", stem: "s", options: ["a middle one", "x", "the middling", "the very longest option"]) }
        let statistics = BankStatistics(bank: Bank(catalog: Self.catalog, questions: items))
        #expect(statistics.guesserAccuracy[.en]?[.middleLength] == 50)
        #expect(statistics.guesserAccuracy[.en]?[.shortest] == 0)
        #expect(statistics.tellErrors.contains { $0.contains("neither the shortest nor the longest scores 50.0% (en)") })
    }

    @Test func tiesShareTheCreditAndStemWordsCount() {
        let even = Self.item("even", stem: "Pick a database engine", options: ["abcd", "efgh", "ijkl", "mnop"])
        #expect(TestWiseGuesser.accuracy(of: .shortest, over: [even], in: .en) == 25)
        let echo = Self.item("echo", stem: "Pick a database engine", options: ["database engine", "queue", "stream", "bucket"])
        #expect(TestWiseGuesser.accuracy(of: .stemOverlap, over: [echo], in: .en) == 100)
    }

    @Test func poolsAreAveragedOverEveryDrawableSet() {
        // Key "k" is shortest only when "x" (shorter still) is not drawn: 3 distractors of 4 shown
        // in C(4,3) = 4 sets, "x" in 3 of them, so the shortest-guesser is right in 1 of 4.
        let pooled = Self.item("p", stem: "s", options: ["kk", "x", "longer one", "longer two", "longer three"], shown: 4)
        #expect(TestWiseGuesser.accuracy(of: .shortest, over: [pooled], in: .en) == 25)
    }

    @Test func smallFoldersAreReportedButNotFailed() {
        let items = (0..<5).map { Self.item("q\($0)", stem: "s", options: ["a", "bb", "ccc", "dddd"]) }
        let statistics = BankStatistics(bank: Bank(catalog: Self.catalog, questions: items))
        #expect(!statistics.enforcesGuesserLimit)
        #expect(statistics.tellErrors.isEmpty)
    }
}
