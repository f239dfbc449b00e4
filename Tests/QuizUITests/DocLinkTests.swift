import QuizEngine
@testable import QuizUI
import Testing

/// Defect 8: links were hard-wrapped mid-URL with an indent, so no one could click or copy
/// them. Now each is on one unindented line, cut visibly with "…"; `l` shows them in full
/// (scrolled sideways) and `c` copies them.
@Suite struct DocLinkTests {
    /// The feedback of the fixture's first question, tall enough to show every line.
    func feedback(columns: Int) -> AppModel {
        var model = ScreenFixtures.singleDrill(.en, columns: columns, rows: 60)
        ScreenFixtures.send(&model, .enter)
        return model
    }

    func links(_ model: AppModel) throws -> [String] {
        guard case .drill(let drill) = model.page else { throw Failure.notInDrill }
        return DocLinks.of(drill.current.question, bank: model.bank)
    }

    enum Failure: Error { case notInDrill }

    @Test(arguments: [80, 50])
    func eachLinkHasOneUnindentedLineWholeOrVisiblyCut(columns: Int) throws {
        let model = feedback(columns: columns)
        let links = try links(model)
        #expect(links.contains { $0.count > columns - 2 }, "the fixture needs a link wider than the body")
        let lines = model.render().lines
        let start = try #require(lines.firstIndex { $0.contains("AWS documentation:") })
        let shown = Array(lines[(start + 1)...].prefix(links.count))
        for (line, link) in zip(shown, links) {
            #expect(line.hasPrefix(" h"), "unindented: '\(line)'")
            let text = String(line.dropFirst())
            #expect(text == link || (text.hasSuffix("…") && link.hasPrefix(String(text.dropLast()))), "'\(text)' for \(link)")
        }
        #expect(!lines.contains { $0.hasPrefix("   ") && $0.contains(".html") }, "no wrapped tail of a URL")
    }

    @Test func theLinksViewShowsEachLinkInFullAndCopyGivesThemAll() throws {
        var model = feedback(columns: 50)
        ScreenFixtures.send(&model, .down, .down)
        let before = model.page
        let scrolled = model.scroll
        let links = try links(model)
        let effects = ScreenFixtures.send(&model, .character("c"))
        #expect(effects == [.copyToClipboard(links.joined(separator: "\n"))])
        ScreenFixtures.send(&model, .character("l"))
        #expect(model.render().lines[0].contains("AWS documentation"))
        var seen = model.render().text
        for _ in 0..<4 {
            ScreenFixtures.send(&model, .right)
            seen += model.render().text
        }
        for link in links {
            let tail = String(link.suffix(20))
            #expect(seen.contains(tail), "the end of \(link) must come into view")
        }
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == before, "back on the feedback it came from")
        #expect(model.scroll == scrolled, "scrolled as it was")
    }
}
