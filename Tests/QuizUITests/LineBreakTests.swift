import Foundation
import QuestionBank
import QuizEngine
@testable import QuizUI
import Testing

/// Japanese line breaking (kinsoku) over every shipped text, and markers that never split.
@Suite struct LineBreakTests {
    static let shipped: Bank? = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Questions").path
        return BankLoader.load(paths: [folder]).bank
    }()

    /// Every Japanese text the bank ships, and the screens' own notices.
    static func texts() throws -> [String] {
        let bank = try #require(shipped)
        var texts: [LocalizedText] = []
        for question in bank.questions {
            texts += [question.stem, question.explanation] + question.choices.flatMap { [$0.text, $0.why] }
        }
        texts += bank.claims.flatMap { [$0.says] + ($0.truth.map { [$0] } ?? []) }
        texts += bank.catalog.notes.flatMap { [$0.title, $0.summary] }
        texts += [
            UIText.examIntroRules(strike: "x", flag: "m", overview: "v"), UIText.noReviewsDue, UIText.examFinishedElsewhere,
            UIText.helpExamKeys(flag: "m", overview: "v", copy: "c", links: "l"),
            UIText.tooSmall(TerminalSize(columns: 30, rows: 10)),
            UIText.setupDomainsHint, UIText.setupMatches(198, taking: 10), UIText.setupMatchesNone,
            UIText.comesBack(LocalizedText(ja: "3 日後", en: "in 3 days")),
            SettingsText.problem(.invalid(path: "/home/me/.config/awsquiz/settings.json")),
            SettingsText.problem(.unwritable(path: "/home/me/.config/awsquiz/settings.json", reason: "Permission denied")),
            ReviewText.noneDue(next: Date(timeIntervalSince1970: 0), timeZone: TimeZone(identifier: "UTC")!),
            UIText.timesUp(unseen: 12), UIText.competencyRule, UIText.noSuchQuestion(120, count: 65),
        ]
        return texts.map(\.ja)
    }

    /// The lists: small kana, the long-vowel mark and closing marks never start a
    /// line; opening brackets never end one.
    static let neverStarts = Set<Character>("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー、。）」』】")
    static let neverEnds = Set<Character>("「『（【〔〈《")

    /// Defect 7: small kana and "ー" started lines; opening brackets ended them.
    @Test(arguments: [78, 48, 28])
    func noLineStartsWithSmallKanaOrEndsWithAnOpeningBracket(width: Int) throws {
        var faults: [String] = []
        for text in try Self.texts() {
            for paragraph in TextWrap.paragraphs(text) {
                let lines = TextWrap.wrap(paragraph, width: width)
                for (index, line) in lines.enumerated() {
                    if index > 0, let first = line.first, Self.neverStarts.contains(first) { faults.append(lines[index - 1] + "|" + line) }
                    if index < lines.count - 1, let last = line.last, Self.neverEnds.contains(last) { faults.append(line) }
                }
            }
        }
        #expect(faults.isEmpty, "\(faults.count) lines break badly, such as \(faults.prefix(5))")
    }

    @Test func theRulesHoldOnASmallExample() {
        #expect(TextWrap.wrap("あいうえおかきくけこっさ", width: 20) == ["あいうえおかきくけ", "こっさ"])
        #expect(TextWrap.wrap("あいうえおかきくけ「こ」", width: 20) == ["あいうえおかきくけ", "「こ」"])
        #expect(TextWrap.wrap("あいうえおかきくけサーバ", width: 20) == ["あいうえおかきくけ", "サーバ"])
        #expect(TextWrap.wrap("あいうえおかきくけフォルダ", width: 20) == ["あいうえおかきくけ", "フォルダ"])
    }

    /// Defect 6: "← your answer" split across lines ("← your" / "answer").
    @Test(arguments: Language.allCases)
    func yourAnswerMarkerStaysWhole(language: Language) throws {
        let marker = UIText.yourAnswer[language]
        for columns in [50, 57, 64, 80] {
            for option in 1...4 {
                var model = ScreenFixtures.singleDrill(language, columns: columns, rows: 60)
                ScreenFixtures.send(&model, .character(Character(String(option))), .enter)
                let text = model.render().text
                #expect(text.contains(marker), "at \(columns) columns, option \(option)")
            }
        }
    }
}
