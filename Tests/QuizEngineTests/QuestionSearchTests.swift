import QuizEngine
import Testing

/// Search by words in either language: every word must be found, case and width ignored.
@Suite struct QuestionSearchTests {
    let search = QuestionSearch(bank: Fixtures.bank)

    func ids(_ query: String) -> [String] { search.matches(query).map(\.id) }

    @Test func findsByServiceIgnoringCaseAndWidth() {
        #expect(ids("kms") == ["s1", "s2"])
        #expect(ids("ＫＭＳ") == ["s1", "s2"], "full-width letters are the same word")
        #expect(ids("CloudHSM") == ["s2"])
    }

    @Test func everyWordMustBeFoundInEitherLanguage() {
        #expect(ids("question s2") == ["s2"])
        #expect(ids("問　t1") == ["t1"], "an ideographic space separates words too")
        #expect(ids("kms storage-nothing").isEmpty)
    }

    @Test func optionsOfTheWholePoolAreSearched() {
        #expect(ids("opt 5") == ["t1"], "only t1 has a sixth option")
    }

    @Test func aBlankQueryFindsNothing() {
        #expect(ids("").isEmpty)
        #expect(ids("   ").isEmpty)
    }
}
