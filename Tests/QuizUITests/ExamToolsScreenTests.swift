import Foundation
import QuizEngine
import QuizUI
import Testing

/// Issue 14's exam tools as a user meets them: striking options out, the review screen's
/// filters and typed jumps, the next flagged question, the pace mark and the score report.
@Suite struct ExamToolsScreenTests {
    /// A started exam of `questions` at t = 100 s on the monotonic clock.
    func startedExam(_ language: Language = .en, preset: ExamPreset = ExamUpdateTests.preset) -> AppModel {
        var model = ScreenFixtures.model(language)
        _ = model.update(.start(.exam(preset)))
        _ = model.update(ScreenFixtures.tick(100))
        ScreenFixtures.send(&model, .enter)
        return model
    }

    /// The screen's text with its lines joined, so a sentence is found wherever it wraps.
    func sentences(_ model: AppModel) -> String {
        model.render().lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    func exam(_ model: AppModel) throws -> ExamState { try #require(ExamRecordTests.exam(model), "expected an exam") }

    /// The option line that starts with `letter` and its mark ("A." or "A✕").
    func optionLine(_ model: AppModel, _ label: String) -> String? {
        model.render().lines.first { $0.contains("( ) \(label) ") || $0.contains("(•) \(label) ") || $0.contains("] \(label) ") }
    }

    @Test(arguments: Language.allCases)
    func xStrikesTheOptionUnderTheCursorAndTheStrikeIsKept(language: Language) throws {
        var model = startedExam(language)
        ScreenFixtures.send(&model, .down, .character("x"))
        #expect(optionLine(model, "B✕") != nil, "B is marked struck in the text")
        let row = try #require(model.render().lines.firstIndex { $0.contains("B✕") })
        let column = try #require(model.render().lines[row].firstIndex(of: "✕")).utf16Offset(in: model.render().lines[row])
        #expect(model.render()[row, column + 2].style.strike, "its text is drawn struck through")
        ScreenFixtures.send(&model, .character("n"), .character("p"))
        #expect(try exam(model).session.struck[0] == [1])
        #expect(optionLine(model, "B✕") != nil, "kept after moving away and back")
        ScreenFixtures.send(&model, .character("b"))
        #expect(try exam(model).session.answers[0] == [1], "a struck option can still be chosen")
        ScreenFixtures.send(&model, .character("x"))
        #expect(optionLine(model, "B.") != nil, "x again un-strikes it")
    }

    @Test func xStrikesInADrillToo() {
        var model = ScreenFixtures.singleDrill(.en)
        ScreenFixtures.send(&model, .down, .down, .character("x"))
        #expect(optionLine(model, "C✕") != nil)
        #expect(model.render().lines.last?.contains("x strike") == true)
    }

    @Test func theOverviewFiltersIncompleteAndFlaggedQuestions() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("1"), .character("m"), .character("v"), .character("i"))
        var text = model.render().text
        #expect(text.contains("Showing: incomplete or unanswered (1)"))
        #expect(text.contains("○  2") && !text.contains("●  1"), "only question 2 is left to answer")
        ScreenFixtures.send(&model, .character("f"))
        text = model.render().text
        #expect(text.contains("Showing: flagged (1)"))
        #expect(text.contains("●  1⚑") && !text.contains("○  2"))
        ScreenFixtures.send(&model, .character("a"))
        #expect(model.render().text.contains("●  1⚑") && model.render().text.contains("○  2"))
        ScreenFixtures.send(&model, .character("f"), .character("m"))
        #expect(ExamRecordTests.exam(model)?.overlay != ExamState.Overlay.none, "m means nothing on the overview")
    }

    @Test func anEmptyFilterSaysSoAndEnterOpensNothing() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"), .character("f"))
        #expect(model.render().text.contains("No questions here."))
        ScreenFixtures.send(&model, .enter)
        #expect(model.render().text.contains("Showing: flagged (0)"), "still on the overview")
    }

    @Test func aTypedNumberAndEnterJumpToThatQuestion() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"), .character("2"))
        #expect(model.render().text.contains("Go to question 2 (Enter)"))
        let effects = ScreenFixtures.send(&model, .enter)
        #expect(try exam(model).session.index == 1)
        #expect(try exam(model).overlay == .none)
        #expect(effects == [.saveExam(try exam(model).session.snapshot)], "the jump is saved like any move")
    }

    @Test(arguments: Language.allCases)
    func aNumberOutOfRangeIsOneSentence(language: Language) throws {
        var model = startedExam(language)
        ScreenFixtures.send(&model, .character("v"), .character("9"), .character("9"), .enter)
        let sentence = language == .en ? "There is no question 99; this exam has questions 1-2." : "問題 99 はありません。この試験は 1〜2 問です。"
        #expect(model.render().text.contains(sentence))
        #expect(try exam(model).session.index == 0)
        ScreenFixtures.send(&model, .character("0"), .enter)
        #expect(model.render().text.contains(language == .en ? "no question 0;" : "問題 0 は"))
    }

    @Test func aTypedNumberIsBoundedAndCanBeErased() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"))
        for _ in 0..<30 { ScreenFixtures.send(&model, .character("9")) }
        #expect(model.render().text.contains("Go to question 9999 (Enter)"))
        ScreenFixtures.send(&model, .backspace, .backspace, .backspace, .backspace, .character("2"), .enter)
        #expect(try exam(model).session.index == 1)
    }

    @Test func rGoesToTheNextFlaggedQuestionAndWrapsAround() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("r"))
        #expect(model.render().text.contains("No question is flagged."))
        ScreenFixtures.send(&model, .character("n"), .character("m"), .character("p"), .character("r"))
        #expect(try exam(model).session.index == 1)
        ScreenFixtures.send(&model, .character("r"))
        #expect(try exam(model).session.index == 1, "the only flagged question: r stays on it")
        ScreenFixtures.send(&model, .character("p"), .character("m"), .character("n"), .character("r"))
        #expect(try exam(model).session.index == 0, "past the last flagged, r wraps to the first")
    }

    @Test func timeInTheOverviewBelongsToNoQuestion() throws {
        var model = startedExam()
        _ = model.update(ScreenFixtures.tick(110))
        ScreenFixtures.send(&model, .character("v"))
        _ = model.update(ScreenFixtures.tick(130))
        ScreenFixtures.send(&model, .character("q"))
        _ = model.update(ScreenFixtures.tick(135))
        #expect(try exam(model).session.secondsOn == [15, 0])
        #expect(try exam(model).session.remainingSeconds == 25, "the clock ran all along")
    }

    @Test func theHeaderSaysWhenTheExamFallsBehindTheRealPace() {
        var model = startedExam(preset: ExamPreset.standard(.saa).with(questionCount: 2, minutes: 30))
        #expect(model.render().lines[0].hasSuffix("on pace"))
        _ = model.update(ScreenFixtures.tick(100 + 121))
        #expect(model.render().lines[0].hasSuffix("1 behind"), "SAA-C03's pace is 2 minutes a question")
        ScreenFixtures.send(&model, .character("1"))
        #expect(model.render().lines[0].hasSuffix("on pace"))
    }

    @Test func resultsSayTimesUpWhenTheClockSubmitted() throws {
        var model = startedExam()
        _ = model.update(ScreenFixtures.tick(100 + 61))
        let text = sentences(model)
        #expect(text.contains("⏰ Time's up: the clock submitted the exam."))
        #expect(text.contains("Questions never shown: 1. They count wrong in this score, but not as misses for mastery or review."))
    }

    @Test func resultsOfAnExamSubmittedByHandSayNoTimesUp() {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        #expect(!model.render().text.contains("Time's up"))
    }

    @Test(arguments: Language.allCases)
    func resultsGiveTheVerdictPerDomainWithItsRuleAndThePacing(language: Language) throws {
        var model = startedExam(language, preset: ExamPreset.standard(.sap).with(questionCount: 2, minutes: 30))
        let first = try exam(model).session.items[0].correctPositions.sorted()
        for position in first { ScreenFixtures.send(&model, .character(Character(String(position + 1)))) }
        _ = model.update(ScreenFixtures.tick(100 + 75))
        ScreenFixtures.send(&model, .character("n"))
        _ = model.update(ScreenFixtures.tick(100 + 75 + 200))
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        _ = model.update(.resize(TerminalSize(columns: 80, rows: 60)))
        let text = model.render().text
        if language == .en {
            #expect(text.contains("Meets competencies") && text.contains("Needs improvement"))
            #expect(text.contains("In each domain, 70% or more right meets competencies; less needs improvement."))
            #expect(text.contains("Average 2:18 a question (real pace 2:24)"))
            #expect(text.contains("Slowest: Q2 3:20 · Q1 1:15"))
        } else {
            #expect(text.contains("基準を満たす") && text.contains("要改善"))
            #expect(text.contains("分野ごとに正答率 70% 以上で「基準を満たす」、未満で「要改善」。"))
            #expect(text.contains("1 問あたり平均 2:18（本番のペース 2:24）"))
            #expect(text.contains("時間がかかった問題: Q2 3:20 · Q1 1:15"))
        }
    }

    @Test func aNarrowResultsScreenPutsTheVerdictUnderItsBar() throws {
        var model = startedExam()
        ScreenFixtures.send(&model, .character("v"), .character("s"), .character("y"))
        _ = model.update(.resize(TerminalSize(columns: 50, rows: 40)))
        let lines = model.render().lines
        let bar = try #require(lines.firstIndex { $0.contains("░") })
        #expect(!lines[bar].contains("Needs improvement"))
        #expect(lines[bar + 1].trimmingCharacters(in: .whitespaces) == "Needs improvement")
    }
}
