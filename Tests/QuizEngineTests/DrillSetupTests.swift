import QuizEngine
import Testing

/// Which questions a drill set-up admits, and the bounds it keeps whatever it is given.
@Suite struct DrillSetupTests {
    static let bank = Bank(catalog: Fixtures.catalog, questions: [
        Fixtures.question("c1"), Fixtures.question("s1", domain: "security", note: "note-b", services: ["AWS KMS"]),
        Fixtures.question("s2", domain: "security"), Fixtures.question("t1", domain: "storage"),
    ])

    func ids(_ setup: DrillSetup, answered: Set<String> = [], missed: Set<String> = [], flagged: Set<String> = []) -> [String] {
        setup.questions(in: Self.bank, answered: answered, missed: missed, flagged: flagged).map(\.id)
    }

    @Test func domainsNoteServiceAndLevelNarrowTheQuestions() {
        #expect(ids(DrillSetup()) == ["c1", "s1", "s2", "t1"])
        #expect(ids(DrillSetup(domainIDs: ["security", "storage"])) == ["s1", "s2", "t1"])
        #expect(ids(DrillSetup(domainIDs: ["security"], noteID: "note-a")) == ["s2"])
        #expect(ids(DrillSetup(service: "AWS KMS")) == ["s1"])
        #expect(ids(DrillSetup(difficulty: 2)).count == 4)
        #expect(ids(DrillSetup(difficulty: 3)).isEmpty)
    }

    @Test func whichTakesUnseenMissedOrFlagged() {
        let answered: Set = ["c1", "s1"], missed: Set = ["s1"], flagged: Set = ["t1", "c1"]
        #expect(ids(DrillSetup(which: .unseen), answered: answered) == ["s2", "t1"])
        #expect(ids(DrillSetup(which: .missed), missed: missed) == ["s1"])
        #expect(ids(DrillSetup(which: .flagged), flagged: flagged) == ["c1", "t1"])
        #expect(ids(DrillSetup(domainIDs: ["storage"], which: .flagged), flagged: flagged) == ["t1"])
    }

    @Test func boundsHoldWhateverTheCountAndLevel() {
        #expect(DrillSetup(count: 0).count == 1)
        #expect(DrillSetup(count: Int.max).count == 100)
        #expect(DrillSetup(difficulty: 0).difficulty == nil)
        #expect(DrillSetup(difficulty: 3).difficulty == 3)
    }

    @Test func aRememberedSetUpKeepsOnlyWhatTheBankHolds() {
        let remembered = DrillSetup(domainIDs: ["security", "gone"], noteID: "gone-note", service: "Gone Service", count: 20)
        #expect(remembered.keepingOnly(Self.bank) == DrillSetup(domainIDs: ["security"], count: 20))
    }
}
