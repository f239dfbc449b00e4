/// Anki's plain-text import format: header lines that tell Anki the separator, that fields
/// hold HTML, the note type, the deck and which column holds the tags; then one note a line,
/// front, back and tags separated by tabs. Fields never hold a tab or a line break (breaks
/// become `<br>`), so no field needs quoting.
public enum AnkiExport {
    public static func text(_ cards: [ExportCard], deck: String) -> String {
        var lines = ["#separator:tab", "#html:true", "#notetype:Basic", "#deck:\(field(deck))", "#tags column:3"]
        for card in cards {
            let front = html(card.stem) + "<br><br>" + card.options.map(html).joined(separator: "<br>")
            let links = card.docs.map { "<a href=\"\(attribute($0))\">\(html($0))</a>" }.joined(separator: "<br>")
            let back = "<b>" + card.key.joined(separator: ", ") + "</b><br><br>" + html(card.explanation) + "<br><br>" + links
            lines.append([front, back, card.tags.joined(separator: " ")].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text as HTML: markup characters escaped, line breaks as `<br>`, tabs as spaces.
    static func html(_ text: String) -> String {
        field(text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;"))
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func attribute(_ text: String) -> String {
        html(text).replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// No tab, no carriage return: either would split the line for Anki.
    private static func field(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: "")
    }
}
