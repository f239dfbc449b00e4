import QuizEngine
@testable import QuizUI
import Testing

/// `/` on the menu: type words, see the questions found, open one to read, drill it.
@Suite struct SearchScreenTests {
    static func type(_ text: String, into model: inout AppModel) {
        for character in text { ScreenFixtures.send(&model, character == " " ? .space : .character(character)) }
    }

    static func searching(_ query: String, _ language: Language = .en) -> AppModel {
        var model = ScreenFixtures.model(language)
        ScreenFixtures.send(&model, .character("/"))
        type(query, into: &model)
        return model
    }

    @Test func typingListsTheQuestionsFoundAndEveryLetterTypes() throws {
        var model = Self.searching("cloudhsm")
        var text = model.render().text
        #expect(text.contains("/ cloudhsm▏"))
        #expect(text.contains("1 question found"))
        #expect(text.contains("▸ fixture-single  A payment processor terminates TLS"))
        Self.type(" tq?", into: &model)
        text = model.render().text
        #expect(text.contains("/ cloudhsm tq?▏"), "t, q and ? are typed, not obeyed")
        #expect(model.language == .en)
        #expect(text.contains("0 questions found"))
        ScreenFixtures.send(&model, .backspace, .backspace, .backspace, .backspace)
        #expect(model.render().text.contains("1 question found"))
    }

    @Test func japaneseFindsJapaneseText() {
        let model = Self.searching("決済事業者", .ja)
        let text = model.render().text
        #expect(text.contains("1 問見つかりました"))
        #expect(text.contains("fixture-single"))
    }

    @Test func enterOpensTheQuestionToReadAndQGoesBackToTheSearch() throws {
        var model = Self.searching("kms")
        #expect(model.render().text.contains("2 questions found"))
        ScreenFixtures.send(&model, .down, .enter)
        var text = model.render().text
        #expect(text.contains("Search questions · fixture-multi"))
        #expect(text.contains("✓ A. Every key use is logged in CloudTrail."))
        #expect(text.contains("KMS is integrated with CloudTrail."))
        #expect(!text.contains("Incorrect"), "reading is not answering")
        ScreenFixtures.send(&model, .character("q"))
        text = model.render().text
        #expect(text.contains("/ kms▏"))
        #expect(text.contains("▸ fixture-multi"), "the cursor stays where it was")
        ScreenFixtures.send(&model, .escape)
        #expect(model.page == .menu(cursor: 0))
    }

    @Test func dDrillsTheQuestionRead() throws {
        var model = Self.searching("cloudhsm")
        ScreenFixtures.send(&model, .enter, .character("d"))
        guard case .drill(let drill) = model.page else {
            Issue.record("d must start a drill")
            return
        }
        #expect(drill.session.items.map(\.question.id) == ["fixture-single"])
    }

    @Test(arguments: Language.allCases)
    func searchScreen(language: Language) throws {
        let model = Self.searching(language == .en ? "kms" : "鍵", language)
        try ScreenSnapshot.assert(model.render(), named: "search-\(language)-80x24")
    }
}
