import Foundation
import QuizEngine
@testable import QuizUI
import Testing

/// The game loop through a fake terminal: keys, ticks, resize, suspend and resume,
/// effects and their replies, and the way out.
@Suite struct GameLoopTests {
    static func key(_ character: Character) -> FakeTerminal.Step { .message(.key(.character(character))) }

    @Test func drawsEveryStepAndRestoresOnQuit() {
        var model = ScreenFixtures.model(.en)
        let terminal = FakeTerminal(script: [.message(.key(.down)), .wait(0.2), Self.key("q")])
        let reason = GameLoop.run(&model, on: terminal, clock: terminal.clock) { _ in nil }
        #expect(reason == .quit)
        #expect(terminal.restored)
        #expect(terminal.frames.count == 3, "the first frame, then one after each step but the quitting one")
        #expect(terminal.frames[1].text.contains("▸ Practice exam SAA-C03"))
    }

    /// The command line's choice arrives as the first message, so startup goes through `update`.
    @Test func theStartupMessageOpensTheScreenBeforeTheFirstFrame() {
        var model = ScreenFixtures.model(.en)
        let terminal = FakeTerminal(script: [])
        _ = GameLoop.run(&model, on: terminal, startup: .drill(QuestionFilter(), count: 1, title: nil), clock: terminal.clock) { _ in nil }
        #expect(terminal.frames.first?.lines[0].contains("Drill · All domains") == true)
        #expect(terminal.frames.first?.lines[0].contains("Q 1/1") == true)
    }

    @Test func aSignalStopsTheLoopAndStillRestores() {
        var model = ScreenFixtures.model(.en)
        let terminal = FakeTerminal(script: [.stop(.signal(2))])
        #expect(GameLoop.run(&model, on: terminal, clock: terminal.clock) { _ in nil } == .signal(2))
        #expect(terminal.restored)
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        var model = ScreenFixtures.model(.en)
        let small = TerminalSize(columns: 50, rows: 16)
        let terminal = FakeTerminal(script: [.message(.resize(small)), .message(.resize(TerminalSize(columns: 20, rows: 5)))])
        _ = GameLoop.run(&model, on: terminal, clock: terminal.clock) { _ in nil }
        #expect(terminal.frames[1].width == 50 && terminal.frames[1].height == 16)
        #expect(terminal.frames[2].text.contains("50×16"))
    }

    @Test func effectsGoToTheRuntimeAndTheirRepliesComeBack() {
        var model = ScreenFixtures.singleDrill(.en)
        let terminal = FakeTerminal(script: [Self.key("1"), .message(.key(.enter))])
        var performed: [Effect] = []
        _ = GameLoop.run(&model, on: terminal, clock: terminal.clock) { effect in
            performed.append(effect)
            guard case .recordAnswers = effect else { return nil }
            return .saveFailed(LocalizedText(ja: "保存できません", en: "Cannot save"))
        }
        #expect(performed.count == 1)
        #expect(terminal.frames.last?.text.contains("Cannot save") == true)
    }

    @Test func theCopyKeyReachesTheTerminalNotTheRuntime() throws {
        var model = ScreenFixtures.singleDrill(.en)
        let terminal = FakeTerminal(script: [.message(.key(.enter)), Self.key("c")])
        var performed: [Effect] = []
        _ = GameLoop.run(&model, on: terminal, clock: terminal.clock) { performed.append($0); return nil }
        let copied = try #require(terminal.copied.first)
        #expect(copied.hasPrefix("https://docs.aws.amazon.com/"))
        #expect(!performed.contains { if case .copyToClipboard = $0 { true } else { false } })
    }

    /// Defect 9: 20 s suspended with Ctrl-Z took 20 s off the exam clock.
    @Test func timeSuspendedIsNotTheExams() throws {
        var model = ScreenFixtures.model(.en)
        model.openExam(ExamUpdateTests.preset)
        let terminal = FakeTerminal(script: [
            .message(.key(.enter)), .wait(5), .suspended(20), .wait(0.2), .wait(0.2),
        ])
        _ = GameLoop.run(&model, on: terminal, clock: terminal.clock) { _ in nil }
        let exam = try #require(ExamRecordTests.exam(model))
        #expect(abs(exam.session.remainingSeconds - (60 - 5 - 0.4)) < 0.01, "5 s on screen and 0.4 s after resuming count")

        var suspended = ScreenFixtures.model(.en)
        suspended.openExam(ExamUpdateTests.preset)
        _ = suspended.update(ScreenFixtures.tick(0))
        ScreenFixtures.send(&suspended, .enter)
        _ = suspended.update(ScreenFixtures.tick(10))
        _ = suspended.update(.resumed)
        _ = suspended.update(ScreenFixtures.tick(30))
        _ = suspended.update(ScreenFixtures.tick(31))
        let after = try #require(ExamRecordTests.exam(suspended))
        #expect(after.session.remainingSeconds == 49, "10 s before Ctrl-Z and 1 s after; the 20 s away do not count")
    }
}

/// The help and the links view pass over a screen; time runs on beneath them.
@Suite struct PassingScreenTests {
    @Test func theExamClockRunsUnderTheHelpAndSubmitsAtZero() throws {
        var model = ExamUpdateTests().startedExam(.en)
        ScreenFixtures.send(&model, .character("?"))
        _ = model.update(ScreenFixtures.tick(110))
        ScreenFixtures.send(&model, .character("q"))
        let exam = try #require(ExamRecordTests.exam(model))
        #expect(exam.session.remainingSeconds == 50, "10 s under the help count")
        ScreenFixtures.send(&model, .character("?"))
        let effects = model.update(ScreenFixtures.tick(200))
        #expect(ExamRecordTests.review(model) != nil, "at zero the results replace the help")
        #expect(effects.contains { if case .submitExam = $0 { true } else { false } })
    }
}
