import QuizEngine

/// Reads a file's `claims`: what its note says, and whether that still holds.
enum ClaimParser {
    struct Parsed: Sendable {
        let claim: Claim
        let line: Int
        let column: Int
    }

    static let claimFields = ["id", "says", "verdict", "truth", "docs"]

    static func parse(_ nodes: [SourceNode], noteID: String, reader: NodeReader) -> [Parsed] {
        nodes.compactMap { node in
            guard let fields = reader.fields(of: node, named: "a claim", allowed: claimFields) else { return nil }
            let id = reader.string("id", in: fields, of: "a claim", at: node)
            let what = "claim '\(id ?? "?")'"
            if let id, !QuestionParser.isIdentifier(id) {
                reader.error("\(what): an id may hold only letters, digits and '-'", at: fields["id"])
            }
            let says = reader.localized("says", in: fields, of: what, at: node)
            let verdict = reader.string("verdict", in: fields, of: what, at: node).flatMap { text -> Claim.Verdict? in
                guard let verdict = Claim.Verdict(rawValue: text) else {
                    let known = Claim.Verdict.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.error("unknown verdict '\(text)' of \(what); known: \(known)", at: fields["verdict"])
                    return nil
                }
                return verdict
            }
            var truth: LocalizedText?
            var docs: [String] = []
            if verdict != .holds {
                truth = reader.localized("truth", in: fields, of: "\(what) (it does not hold, so say what is true now)", at: node)
                docs = QuestionParser.links(fields, what: what, at: node, reader: reader) ?? []
            } else {
                truth = fields["truth"] == nil ? nil : reader.localized("truth", in: fields, of: what, at: node)
                docs = fields["docs"] == nil ? [] : QuestionParser.links(fields, what: what, at: node, reader: reader) ?? []
            }
            guard let id, let says, let verdict, verdict == .holds || (truth != nil && !docs.isEmpty) else { return nil }
            return Parsed(
                claim: Claim(id: id, noteID: noteID, says: says, verdict: verdict, truth: truth, docs: docs),
                line: node.mark.line, column: node.mark.column
            )
        }
    }
}
