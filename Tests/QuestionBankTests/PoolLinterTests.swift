import Foundation
@testable import QuestionBank
import QuizEngine
import Testing

/// The v2 rules: pools, exclusions, the count a stem asks for, claims and tells, each
/// reported at the line and column of the field it concerns.
@Suite struct PoolLinterTests {
    static let header = """
    note: note-a
    claims:
      - id: a-claim
        says: {ja: 主張, en: A claim}
        verdict: outdated
        truth: {ja: 今の事実, en: What is true now}
        docs: [https://docs.aws.amazon.com/ec2/]
    questions:

    """

    /// A pooled item: keys k1, k2; distractors d1-d4; `extra` lines go after `options:`'s siblings.
    static func pooled(id: String = "p-1", show: Int = 4, choose: Int = 1, stem: String = "A stem", excludes: String = "") -> String {
        """
          - id: \(id)
            claims: [a-claim]
            domain: compute
            exam_domains: {sap: SAP-D1, saa: SAA-D1}
            services: [Amazon EC2]
            show: \(show)
            choose: \(choose)
            stem: {ja: 問題文, en: \(stem)}
            options:
              - {id: k1, correct: true, text: {ja: 鍵一, en: key one}, why: {ja: 正, en: right}}
              - {id: k2, correct: true, text: {ja: 鍵二, en: key two}, why: {ja: 正, en: right}}
              - {id: d1, text: {ja: 誤一, en: wrong one}, why: {ja: 誤, en: wrong}\(excludes)}
              - {id: d2, text: {ja: 誤二, en: wrong two}, why: {ja: 誤, en: wrong}}
              - {id: d3, text: {ja: 誤三, en: wrong three}, why: {ja: 誤, en: wrong}}
              - {id: d4, text: {ja: 誤四, en: wrong four}, why: {ja: 誤, en: wrong}}
            explanation: {ja: 解説, en: Explanation}
            docs: [https://docs.aws.amazon.com/ec2/]

        """
    }

    func messages(_ text: String) throws -> [String] {
        let bank = try TemporaryBank(files: ["a.yaml": text])
        return bank.messages(bank.load())
    }

    @Test func aSoundPoolLoadsAndShowsFourOfSix() throws {
        let bank = try TemporaryBank(files: ["a.yaml": Self.header + Self.pooled()])
        let result = bank.load()
        #expect(bank.messages(result) == [])
        let question = try #require(result.bank?.questions.first)
        #expect(question.isPooled)
        #expect(question.shownCount == 4)
        #expect(question.requiredSelections == 1)
        #expect(result.bank?.claims.map(\.id) == ["a-claim"])
    }

    @Test func exclusionsThatLeaveNoDrawAreAnError() throws {
        let excludes = ", excludes: [d2, d3, d4]"
        #expect(try messages(Self.header + Self.pooled(show: 5, choose: 1, excludes: excludes)) == [
            "a.yaml:18:7: question 'p-1': the exclusions leave no set of 5 options with 1 correct to show",
        ])
    }

    @Test func anOptionNoDrawCanShowIsAnError() throws {
        let excludes = ", excludes: [k1, k2]"
        #expect(try messages(Self.header + Self.pooled(excludes: excludes)) == [
            "a.yaml:20:9: option 'd1' of question 'p-1' can never be shown: its exclusions rule it out of every draw",
        ])
    }

    @Test func anExclusionMustNameAnOptionOfTheItem() throws {
        #expect(try messages(Self.header + Self.pooled(excludes: ", excludes: [d9]")) == [
            "a.yaml:20:9: option 'd1' of question 'p-1' excludes 'd9', which is no option of it",
        ])
    }

    @Test func aMultiResponseStemSaysHowManyToChoose() throws {
        #expect(try messages(Self.header + Self.pooled(show: 5, choose: 2)) == [
            "a.yaml:16:11: question 'p-1' asks for 2 options; its English stem must say \"(Choose two.)\"",
            "a.yaml:16:11: question 'p-1' asks for 2 options; its Japanese stem must say「（2 つ選択）」",
        ])
        let asks = Self.pooled(show: 5, choose: 2, stem: "A stem (Choose two.)").replacingOccurrences(of: "ja: 問題文", with: "ja: 問題文（2 つ選択）")
        #expect(try messages(Self.header + asks) == [])
    }

    @Test func showingMoreWrongOptionsThanThePoolHasIsAnError() throws {
        #expect(try messages(Self.header + Self.pooled(show: 6, choose: 1)) == [
            "a.yaml:14:11: question 'p-1' shows 5 wrong option(s) but its pool has 4",
        ])
    }

    @Test func aPoolOfMoreThanTwelveIsRefused() throws {
        let thirteen = (0..<13).map { "      - {id: o\($0), \($0 == 0 ? "correct: true, " : "")text: {ja: 選\($0), en: opt \($0)}, why: {ja: 理, en: why}}" }
            .joined(separator: "\n")
        let item = Self.pooled().replacingOccurrences(
            of: Self.pooled().components(separatedBy: "    options:\n")[1].components(separatedBy: "    explanation:")[0],
            with: thirteen + "\n"
        )
        #expect(try messages(Self.header + item) == ["a.yaml:18:7: question 'p-1' has 13 options; a pool holds at most 12"])
    }

    @Test func claimsMustResolveAndBeTestedAndCorrected() throws {
        let unknown = Self.header + Self.pooled().replacingOccurrences(of: "claims: [a-claim]", with: "claims: [no-such]")
        #expect(try messages(unknown) == [
            "a.yaml:10:13: question 'p-1' tests claim 'no-such', which no file defines",
            "a.yaml:3:5: claim 'a-claim' is tested by no question; every claim needs at least one",
        ])
        let uncorrected = Self.header.replacingOccurrences(of: "    truth: {ja: 今の事実, en: What is true now}\n", with: "")
        #expect(try messages(uncorrected + Self.pooled()).first == "a.yaml:3:5: missing field 'truth' in claim 'a-claim' (it does not hold, so say what is true now)")
        let untraced = Self.header + Self.pooled().replacingOccurrences(of: "    claims: [a-claim]\n", with: "")
        #expect(try messages(untraced).contains("a.yaml:9:5: question 'p-1' names no claim; list the note's claims it tests in 'claims'"))
    }
}
