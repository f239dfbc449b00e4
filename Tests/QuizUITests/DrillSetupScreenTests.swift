import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// The drill set-up screen: what it matches before starting, what it refuses, what it
/// remembers; and flags set in drills feeding its "flagged".
@Suite struct DrillSetupScreenTests {
    /// The menu's set-up item opened; rows are Security, then note, service, level, how many, which.
    static func openSetup(_ model: inout AppModel) throws -> DrillSetupScreen {
        let row = try #require(MenuScreen.items(model).firstIndex(of: .drillSetup))
        for _ in 0..<row { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .enter)
        return try setup(model)
    }

    static func setup(_ model: AppModel) throws -> DrillSetupScreen {
        guard case .drillSetup(let screen) = model.page else { throw Failure("not on the set-up screen: \(model.page)") }
        return screen
    }

    static func drill(_ model: AppModel) throws -> DrillState {
        guard case .drill(let drill) = model.page else { throw Failure("not in a drill: \(model.page)") }
        return drill
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static let whichRow = 5

    @Test func showsHowManyMatchBeforeStartingAndRefusesASetUpThatMatchesNone() throws {
        var model = ScreenFixtures.model(.en)
        _ = try Self.openSetup(&model)
        #expect(model.render().text.contains("2 questions match; the drill takes 2."))
        for _ in 0..<Self.whichRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .right, .right, .right)
        #expect(try Self.setup(model).setup.which == .flagged)
        #expect(model.render().text.contains("Which     ◂ Flagged ▸"))
        #expect(model.render().text.contains("No question matches this set-up."))
        #expect(ScreenFixtures.send(&model, .enter) == [])
        #expect(try Self.setup(model).notice == UIText.setupMatchesNone)
        #expect(model.render().text.contains("Nothing to drill: change the domains, note, service, level or which."))
    }

    @Test func levelAndDomainNarrowTheMatch() throws {
        var model = ScreenFixtures.model(.ja)
        _ = try Self.openSetup(&model)
        ScreenFixtures.send(&model, .space)
        #expect(try Self.setup(model).setup.domainIDs == ["security"])
        ScreenFixtures.send(&model, .down, .down, .down, .right)
        #expect(try Self.setup(model).setup.difficulty == 1)
        #expect(model.render().text.contains("この設定に合う問題: 1 問。そのうち 1 問でドリルします。"))
        ScreenFixtures.send(&model, .enter)
        #expect(try Self.drill(model).session.items.map(\.question.id) == ["fixture-multi"])
    }

    @Test func howManyStaysWithinItsBounds() throws {
        var model = ScreenFixtures.model(.en)
        _ = try Self.openSetup(&model)
        for _ in 0..<4 { ScreenFixtures.send(&model, .down) }
        for _ in 0..<20 { ScreenFixtures.send(&model, .right) }
        #expect(try Self.setup(model).setup.count == DrillSetup.counts.upperBound)
        for _ in 0..<20 { ScreenFixtures.send(&model, .left) }
        #expect(try Self.setup(model).setup.count == DrillSetup.countSteps[0])
    }

    @Test func flagInADrillThenDrillTheFlaggedOnesFromTheSetUp() throws {
        var model = ScreenFixtures.singleDrill(.en)
        let flagged = try Self.drill(model).current.question.id
        #expect(ScreenFixtures.send(&model, .character("m")) == [.setFlag(questionID: flagged, flagged: true)])
        #expect(model.render().lines[0].contains("⚑ Level"))
        ScreenFixtures.send(&model, .enter)
        #expect(model.render().lines[0].contains("⚑ Level"), "the flag shows on the explanation too")
        #expect(ScreenFixtures.send(&model, .character("m")) == [.setFlag(questionID: flagged, flagged: false)])
        #expect(!model.render().lines[0].contains("⚑"))
        #expect(ScreenFixtures.send(&model, .character("m")) == [.setFlag(questionID: flagged, flagged: true)])
        ScreenFixtures.send(&model, .character("q"), .character("q"))
        #expect(model.page == .menu(cursor: 0))

        _ = try Self.openSetup(&model)
        for _ in 0..<Self.whichRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .right, .right, .right)
        #expect(model.render().text.contains("1 question matches; the drill takes 1."))
        let effects = ScreenFixtures.send(&model, .enter)
        let started = try Self.drill(model)
        #expect(started.session.items.map(\.question.id) == [flagged])
        #expect(model.render().lines[0].contains("Drill · All domains · Flagged"))
        #expect(effects == [.saveSettings(Settings(drill: DrillSetup(which: .flagged)))])
    }

    @Test func flagsSetInAnotherWindowReachTheSetUpWhenTheMenuIsShownAgain() throws {
        var model = ScreenFixtures.model(.en)
        _ = model.update(.historyReloaded(StudyProgress(), [], warning: nil, flagged: ["fixture-multi"]))
        _ = try Self.openSetup(&model)
        for _ in 0..<Self.whichRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .right, .right, .right)
        #expect(model.render().text.contains("1 question matches; the drill takes 1."))
        _ = model.update(.historyReloaded(nil, [], warning: nil))
        #expect(model.flagged == ["fixture-multi"], "a reload without flags keeps the session's own")
    }

    @Test func theLastSetUpIsOfferedAgainAndComesFromTheSettings() throws {
        let remembered = DrillSetup(domainIDs: ["security", "gone-domain"], noteID: "no-such-note", difficulty: 2, count: 5, which: .unseen)
        var model = AppModel(
            bank: ScreenFixtures.bank, language: .en, size: TerminalSize(columns: 80, rows: 24), seed: 1,
            settings: Settings(language: .en, drill: remembered), now: ScreenFixtures.epoch
        )
        let screen = try Self.openSetup(&model)
        #expect(screen.setup == DrillSetup(domainIDs: ["security"], difficulty: 2, count: 5, which: .unseen))
        #expect(model.render().text.contains("[x] Security"))
        ScreenFixtures.send(&model, .character("q"))
        var fresh = ScreenFixtures.model(.en)
        _ = try Self.openSetup(&fresh)
        ScreenFixtures.send(&fresh, .space, .enter)
        ScreenFixtures.send(&fresh, .character("q"), .character("q"))
        #expect(try Self.openSetup(&fresh).setup.domainIDs == ["security"], "the set-up started is offered next time")
    }

    @Test func unseenAndMissedFollowTheLog() throws {
        var model = ScreenFixtures.model(.en, log: ReviewAndStatsScreenTests.log)
        #expect(model.derived.answered == ["fixture-single", "fixture-multi"])
        #expect(model.derived.missed == ["fixture-single"])
        _ = try Self.openSetup(&model)
        for _ in 0..<Self.whichRow { ScreenFixtures.send(&model, .down) }
        ScreenFixtures.send(&model, .right)
        #expect(model.render().text.contains("No question matches this set-up."), "both were answered")
        ScreenFixtures.send(&model, .right)
        #expect(model.render().text.contains("1 question matches"))
    }

    @Test func languageChosenWithTIsSaved() {
        var model = ScreenFixtures.model(.ja)
        #expect(ScreenFixtures.send(&model, .character("t")) == [.saveSettings(Settings(language: .en))])
        #expect(ScreenFixtures.send(&model, .character("t")) == [.saveSettings(Settings(language: .ja))])
    }

    @Test func aFailedSettingsSaveIsToldOnTheMenuUntilASaveWorks() {
        var model = ScreenFixtures.model(.en)
        let failure = SettingsText.problem(.unwritable(path: "/ro/settings.json", reason: "Read-only file system"))
        _ = model.update(.settingsSaved(problem: failure))
        #expect(model.render().text.contains("⚠ Settings cannot be saved to /ro/settings.json (Read-only file system); they\n hold until you quit."))
        _ = model.update(.settingsSaved(problem: nil))
        #expect(!model.render().text.contains("⚠"), "a save that works takes the warning away")
    }

    @Test(arguments: Language.allCases)
    func aSettingsProblemIsOneLineOnTheMenu(language: Language) throws {
        let warning = SettingsText.problem(.invalid(path: "/c/settings.json"))
        let model = AppModel(
            bank: ScreenFixtures.bank, language: language, size: TerminalSize(columns: 80, rows: 24), seed: 1,
            settingsWarning: warning, now: ScreenFixtures.epoch
        )
        let text = model.render().text
        #expect(text.contains("⚠ " + String(warning[language].prefix(20))))
    }
}

/// A resize keeps the row under the cursor on screen, as a cursor move does.
@Suite struct ResizeKeepsTheCursorTests {
    @Test func shrinkingKeepsTheSetUpCursorVisible() throws {
        let bank = try #require(LineBreakTests.shipped)
        var model = AppModel(bank: bank, language: .en, size: TerminalSize(columns: 80, rows: 24), seed: 1, now: ScreenFixtures.epoch)
        _ = try DrillSetupScreenTests.openSetup(&model)
        for _ in 0..<DrillSetupScreen.rows(bank).count { ScreenFixtures.send(&model, .down) }
        #expect(model.render().text.contains("▸ Which"))
        _ = model.update(.resize(TerminalSize(columns: 50, rows: 16)))
        #expect(model.render().text.contains("▸ Which"))
    }
}

extension ResizeKeepsTheCursorTests {
    /// Through a storm of sizes and back, a question is drawn exactly as before.
    @Test func aResizeStormLeavesTheQuestionAsItWas() throws {
        let bank = try #require(LineBreakTests.shipped)
        var model = AppModel(bank: bank, language: .ja, size: TerminalSize(columns: 80, rows: 24), seed: 5, now: ScreenFixtures.epoch)
        _ = model.update(.start(.drill(QuestionFilter(), count: 10, title: nil)))
        ScreenFixtures.send(&model, .character("2"))
        let before = model.render()
        for (columns, rows) in [(50, 16), (200, 60), (49, 15), (120, 10), (50, 16), (80, 24)] {
            _ = model.update(.resize(TerminalSize(columns: columns, rows: rows)))
        }
        #expect(model.render().lines == before.lines)
        #expect(model.render() == before, "and the styles")
    }
}
