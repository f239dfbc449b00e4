import QuizEngine
@testable import QuizUI
import Testing

/// The Notes screen: notes as claims, outdated and wrong ones corrected, and drills of a
/// note or of one claim's items.
@Suite struct NotesScreenTests {
    /// The menu, moved down to "Your notes" and opened.
    static func notes(_ language: Language = .en) -> AppModel {
        var model = ScreenFixtures.model(language, rows: 60)
        let index = MenuScreen.items(model).firstIndex(of: .notes) ?? 0
        for _ in 0..<index { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        return model
    }

    static func kmsIndex(_ model: AppModel) -> Int {
        model.bank.catalog.notes.firstIndex { $0.id == "kms-cloudhsm" } ?? -1
    }

    @Test func theMenuOpensTheListOfNotesWithTheirClaims() {
        let model = Self.notes()
        #expect(model.page == .notes(NotesScreen()))
        let screen = model.render().text
        #expect(screen.contains("Your notes"))
        #expect(screen.contains("kms-cloudhsm  2021-07-31  AWS KMS and CloudHSM"))
        #expect(screen.contains("claims: 1 hold, 0 outdated, 1 wrong · not answered yet"))
    }

    @Test func aNoteShowsEachClaimMarkedAndCorrected() {
        var model = Self.notes()
        for _ in 0..<Self.kmsIndex(model) { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        let screen = model.render().text
        #expect(screen.contains("AWS KMS and CloudHSM (2021-07-31)"))
        #expect(screen.contains("▸  ✓ Your note (still holds)"))
        #expect(screen.contains("✗ Your note (wrong)"))
        #expect(screen.contains("Now: Since November 2019 KMS also has asymmetric RSA and ECC keys."))
        #expect(screen.contains("\n  https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric"), "a link on a line of its own")
    }

    enum Failure: Error { case notInDrill }

    func drill(_ model: AppModel) throws -> DrillState {
        guard case .drill(let drill) = model.page else { throw Failure.notInDrill }
        return drill
    }

    @Test func aClaimDrillsOnlyItsItemsAndANoteDrillsAllOfIt() throws {
        var model = Self.notes()
        for _ in 0..<Self.kmsIndex(model) { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter, .down, .enter)
        let claimDrill = try drill(model)
        #expect(claimDrill.session.items.map(\.question.id) == ["fixture-single"], "only the item that tests the wrong-KMS claim")
        #expect(model.render().lines[0].contains("Drill · AWS KMS and CloudHSM"))

        var whole = Self.notes()
        for _ in 0..<Self.kmsIndex(whole) { ScreenFixtures.send(&whole, .down) }
        ScreenFixtures.send(&whole, .character("d"))
        let noteDrill = try drill(whole)
        #expect(Set(noteDrill.session.items.map(\.question.id)) == ["fixture-single", "fixture-multi"])
    }

    @Test func qGoesBackFromTheNoteToTheListAndThenToTheMenu() {
        var model = Self.notes(.ja)
        ScreenFixtures.send(&model, .enter)
        #expect(model.render().text.contains("主張をドリル") || model.render().text.contains("この主張をドリル"))
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .notes(NotesScreen()))
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .menu(cursor: 0))
    }

    @Test func aBankWithoutNotesNeverTraps() {
        let empty = Bank(catalog: Catalog(domains: [], examDomains: [], notes: []), questions: [])
        var model = AppModel(bank: empty, language: .en, size: TerminalSize(columns: 80, rows: 24), seed: 1)
        _ = model.update(.start(.menu))
        let index = MenuScreen.items(model).firstIndex(of: .notes) ?? 0
        for _ in 0..<index { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter, .down, .character("d"), .enter, .up)
        #expect(model.page == .notes(NotesScreen()))
    }
}
