/// One row per item with a header row, as RFC 4180 has it: CRLF line ends, and a field with
/// a comma, a quote or a line break in quotes, its quotes doubled.
public enum CSVExport {
    public static let header = ["id", "domain", "note", "exam_domains", "stem", "options", "answer", "explanation", "docs"]

    public static func text(_ cards: [ExportCard]) -> String {
        let rows: [[String]] = [header] + cards.map(row)
        return rows.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func row(_ card: ExportCard) -> [String] {
        let fields: [String] = [
            card.id, card.domainID, card.noteID, card.examDomainIDs.joined(separator: " "), card.stem,
            card.options.joined(separator: "\n"), card.key.joined(separator: ","), card.explanation,
            card.docs.joined(separator: " "),
        ]
        return fields
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
