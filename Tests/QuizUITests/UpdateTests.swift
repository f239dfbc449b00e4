import QuizEngine
import QuizUI
import Testing

/// The rules of the drill, driven by keys and checked on the model and the screen.
@Suite struct UpdateTests {
    func drill(_ model: AppModel) throws -> DrillState {
        guard case .drill(let drill) = model.page else { throw Failure.notInDrill }
        return drill
    }

    enum Failure: Error { case notInDrill }

    @Test func qOnTheMenuQuits() {
        var model = ScreenFixtures.model(.en)
        #expect(ScreenFixtures.send(&model, .character("q")) == [.quit])
    }

    @Test func menuDrillAllStartsADrillAndBackReturns() throws {
        var model = ScreenFixtures.model(.en)
        ScreenFixtures.send(&model, .down, .down, .down, .enter)
        #expect(try drill(model).session.items.count == 2)
        let effects = ScreenFixtures.send(&model, .escape)
        #expect(model.page == .menu(cursor: 0))
        #expect(!effects.contains(.quit))
    }

    @Test func tSwitchesLanguageOnTheSpot() {
        var model = ScreenFixtures.singleDrill(.ja)
        #expect(model.render().lines[0].contains("ドリル"))
        ScreenFixtures.send(&model, .character("t"))
        #expect(model.language == .en)
        #expect(model.render().lines[0].contains("Drill · Security"))
    }

    @Test func multiResponseNeedsTheStatedNumberOfChoices() throws {
        var model = ScreenFixtures.singleDrill(.en)
        if try drill(model).current.question.id != "fixture-multi" {
            ScreenFixtures.send(&model, .enter, .enter)
        }
        #expect(try drill(model).current.question.id == "fixture-multi")
        ScreenFixtures.send(&model, .character("a"), .enter)
        #expect(try drill(model).session.phase == .answering)
        #expect(model.render().text.contains("Choose two options, then press Enter."))
        ScreenFixtures.send(&model, .character("a"))
        #expect(try drill(model).session.selection.isEmpty)
        let keys = try drill(model).current.correctPositions.sorted()
        for position in keys { ScreenFixtures.send(&model, .character(Character(String(position + 1)))) }
        ScreenFixtures.send(&model, .enter)
        #expect(try drill(model).session.phase == .answered)
        #expect(model.render().text.contains("✓ Correct"))
    }

    @Test func spaceAndArrowsChooseLikeDigits() throws {
        var model = ScreenFixtures.singleDrill(.en)
        ScreenFixtures.send(&model, .down, .down, .space)
        #expect(try drill(model).session.selection == [2])
        ScreenFixtures.send(&model, .character("b"))
        #expect(try drill(model).session.selection == [1])
        #expect(try drill(model).cursor == 1)
    }

    @Test func wrongAnswerNamesTheKeyAndWhyEachOption() throws {
        var model = ScreenFixtures.singleDrill(.en)
        let current = try drill(model).current
        guard !current.question.isMultiResponse else { return }
        let wrong = try #require(current.displayedChoices.firstIndex { !$0.isCorrect })
        ScreenFixtures.send(&model, .character(Character(String(wrong + 1))), .enter)
        let text = model.render().text + "\n" + scrolledToEnd(model).text
        let keyLetter = ["A", "B", "C", "D"][try #require(current.correctPositions.first)]
        #expect(text.contains("✗ Incorrect — The answer is \(keyLetter)"))
        #expect(text.contains("← your answer"))
        for choice in current.question.choices {
            #expect(text.contains(String(choice.why.en.prefix(30))))
        }
        #expect(text.contains("https://docs.aws.amazon.com/"))
        #expect(text.contains("From the note: AWS KMS and CloudHSM (2021-07-31)"))
    }

    @Test func resizeBelowTheMinimumAndBackKeepsTheQuestion() throws {
        var model = ScreenFixtures.singleDrill(.en)
        ScreenFixtures.send(&model, .character("c"))
        _ = model.update(.resize(TerminalSize(columns: 30, rows: 10)))
        #expect(model.render().text.contains("too small"))
        _ = model.update(.resize(TerminalSize(columns: 80, rows: 24)))
        #expect(try drill(model).session.selection == [2])
        #expect(model.render().lines[0].contains("Q 1/2"))
    }

    @Test func cursorMovesScrollToKeepTheOptionVisible() throws {
        var model = ScreenFixtures.singleDrill(.ja, columns: 50, rows: 16)
        let optionCount = try drill(model).current.question.choices.count
        for _ in 0..<optionCount { ScreenFixtures.send(&model, .down) }
        let last = try drill(model).current.displayedChoices.last!.text.ja
        let screen = model.render().text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(screen.contains(String(last.replacingOccurrences(of: " ", with: "").prefix(8))))
        #expect(model.scroll > 0)
    }

    @Test func aDrillStartedFromTheShellEndsAtTheShellAfterItsResults() throws {
        var model = ScreenFixtures.singleDrill(.en)
        ScreenFixtures.send(&model, .enter, .enter)
        #expect(try drill(model).session.index == 1)
        #expect(ScreenFixtures.send(&model, .character("q")) == [])
        #expect(model.render().text.contains("of 1 correct"))
        #expect(ScreenFixtures.send(&model, .enter) == [.quit])
    }

    @Test func aDrillStartedFromTheMenuShowsResultsThenTheMenu() throws {
        var model = ScreenFixtures.model(.en)
        ScreenFixtures.send(&model, .down, .down, .down, .enter, .enter, .enter, .character("q"))
        #expect(model.render().text.contains("of 1 correct"))
        #expect(!ScreenFixtures.send(&model, .enter).contains(.quit))
        #expect(model.page == .menu(cursor: 0))
    }

    private func scrolledToEnd(_ model: AppModel) -> Frame {
        var copy = model
        for _ in 0..<10 { ScreenFixtures.send(&copy, .pageDown) }
        return copy.render()
    }
}
