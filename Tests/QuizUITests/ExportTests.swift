import QuizEngine
@testable import QuizUI
import Testing

/// `awsquiz export`: files that Anki's plain-text importer and any RFC 4180 reader take.
@Suite struct ExportTests {
    static var cards: [ExportCard] { ScreenFixtures.bank.questions.map { ExportCard($0, language: .en) } }

    @Test func ankiHasItsHeaderAndThreeTabSeparatedFieldsPerNote() throws {
        let lines = AnkiExport.text(Self.cards, deck: "awsquiz").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines.prefix(5)) == ["#separator:tab", "#html:true", "#notetype:Basic", "#deck:awsquiz", "#tags column:3"])
        let notes = lines.dropFirst(5).filter { !$0.isEmpty }
        #expect(notes.count == Self.cards.count)
        for note in notes {
            let fields = note.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3)
            #expect(fields[2].hasPrefix("awsquiz domain::security note::kms-cloudhsm SAP-D"))
        }
        let back = try #require(notes.first?.split(separator: "\t")[1])
        #expect(back.hasPrefix("<b>"), "the back opens with the key in bold")
        #expect(back.contains("<a href=\"https://docs.aws.amazon.com/"))
    }

    @Test func ankiFieldsEscapeMarkupAndNeverBreakTheLine() {
        #expect(AnkiExport.html("a <b> & c\nd\te") == "a &lt;b&gt; &amp; c<br>d e")
    }

    @Test func csvRoundTripsThroughAnRFC4180Reader() throws {
        let text = CSVExport.text(Self.cards)
        #expect(text.hasSuffix("\r\n"))
        let rows = Self.parse(text)
        #expect(rows.first == CSVExport.header)
        #expect(rows.count == Self.cards.count + 1)
        let first = try #require(rows.dropFirst().first)
        let card = try #require(Self.cards.first)
        #expect(first[0] == card.id)
        #expect(first[4] == card.stem)
        #expect(first[5] == card.options.joined(separator: "\n"))
        #expect(first[6] == card.key.joined(separator: ","))
        #expect(CSVExport.quoted("say \"hi\", then\nleave") == "\"say \"\"hi\"\", then\nleave\"")
    }

    @Test func theSameItemExportsTheSameDrawEveryTime() {
        #expect(Self.cards == Self.cards)
        #expect(ExportCard.stableSeed("kms-01") == ExportCard.stableSeed("kms-01"))
        #expect(ExportCard.stableSeed("kms-01") != ExportCard.stableSeed("kms-02"))
    }

    /// A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { inQuotes = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}
