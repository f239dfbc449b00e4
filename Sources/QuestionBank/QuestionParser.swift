import Foundation
import QuizEngine

/// Reads one question file, keeping each question that has no error and reporting the rest.
enum QuestionParser {
    /// Options are one phrase or one whole solution; the longest in the bank is under 400 characters.
    static let maximumOptionLength = 500

    static let questionFields = [
        "id", "family", "claims", "domain", "exam_domains", "services", "difficulty", "constraints", "revision",
        "show", "choose", "stem", "options", "explanation", "docs",
    ]

    /// The constraints a stem may state, as `constraints` names them.
    static let constraintVocabulary = [
        "cost", "operational-overhead", "rto", "rpo", "compliance", "security", "performance", "availability",
        "existing-contracts", "team-skills", "timeline", "scalability", "data-residency", "latency", "durability",
        "minimal-downtime", "minimal-code-change",
    ]

    /// One question as read from its file: nil when it could not be read at all; `isValid`
    /// false when it was read but has errors. Duplicates across files are found later.
    struct Parsed: Sendable {
        let question: Question?
        let isValid: Bool
        let line: Int
        let column: Int
        /// The claims it names, read even when the question has errors, so that a claim it
        /// tests is not also reported as untested.
        let claimIDs: [String]
        /// Where the question names its claims (or the question itself), for cross-file errors.
        let claimsLine: Int
        let claimsColumn: Int
    }

    /// Every claim and question of the file, in order, with where each stands.
    static func parse(_ root: SourceNode, catalog: Catalog, reader: NodeReader) -> (claims: [ClaimParser.Parsed], questions: [Parsed]) {
        guard let top = reader.fields(of: root, named: "a question file", allowed: ["note", "claims", "questions"]) else {
            return ([], [])
        }
        let noteID = reader.string("note", in: top, of: "a question file", at: root)
        if let noteID, catalog.note(noteID) == nil {
            reader.error("unknown note '\(noteID)'; known notes: \(catalog.notes.map(\.id).joined(separator: ", "))", at: top["note"])
        }
        let claims = top["claims"] == nil
            ? [] : ClaimParser.parse(reader.sequence("claims", in: top, of: "a question file", at: root) ?? [], noteID: noteID ?? "", reader: reader)
        let nodes = reader.sequence("questions", in: top, of: "a question file", at: root) ?? []
        let questions = nodes.map { node in
            let errorsBefore = reader.errorCount
            let question = parseQuestion(node, noteID: noteID ?? "", catalog: catalog, reader: reader, needsClaims: top["claims"] != nil)
            let isValid = question != nil && reader.errorCount == errorsBefore && catalog.note(noteID ?? "") != nil
            let claimsNode = node.mapping?.first { $0.key.scalar?.string == "claims" }?.value
            let claimsMark = claimsNode?.mark ?? node.mark
            return Parsed(
                question: question, isValid: isValid, line: node.mark.line, column: node.mark.column,
                claimIDs: claimsNode?.sequence?.compactMap { $0.scalar?.string } ?? [],
                claimsLine: claimsMark.line, claimsColumn: claimsMark.column
            )
        }
        return (claims, questions)
    }

    /// Letters, digits and '-', not starting with '-': ids stay safe in file names and commands.
    static func isIdentifier(_ text: String) -> Bool {
        let (hyphen, bytes) = (UInt8(ascii: "-"), text.utf8)
        return bytes.first != hyphen && !bytes.isEmpty && bytes.allSatisfy { byte in
            byte == hyphen || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    private static func parseQuestion(
        _ node: SourceNode, noteID: String, catalog: Catalog, reader: NodeReader, needsClaims: Bool
    ) -> Question? {
        guard let fields = reader.fields(of: node, named: "a question", allowed: questionFields) else { return nil }
        let id = reader.string("id", in: fields, of: "a question", at: node)
        let what = "question '\(id ?? "?")'"
        if let id, !isIdentifier(id) {
            reader.error("\(what): an id may hold only letters, digits and '-'", at: fields["id"])
        }
        let family = fields["family"].flatMap { familyNode -> String? in
            guard let family = reader.text(familyNode, what: "'family' of \(what)") else { return nil }
            if !isIdentifier(family) { reader.error("'family' of \(what) may hold only letters, digits and '-'", at: familyNode) }
            return family
        }
        let claimIDs = identifiers("claims", in: fields, what: what, reader: reader)
        let domainID = reader.string("domain", in: fields, of: what, at: node)
        if let domainID, catalog.domain(domainID) == nil {
            reader.error("unknown domain '\(domainID)'; known domains: \(catalog.domains.map(\.id).joined(separator: ", "))", at: fields["domain"])
        }
        let examDomainIDs = examDomains(fields, what: what, at: node, catalog: catalog, reader: reader)
        let services = (reader.sequence("services", in: fields, of: what, at: node) ?? []).compactMap {
            reader.text($0, what: "a service of \(what)")
        }
        if fields["services"]?.sequence?.isEmpty == true {
            reader.error("\(what) lists no service", at: fields["services"])
        }
        let difficulty = bounded("difficulty", in: fields, what: what, range: 1...3, default: 2, reader: reader)
        let revision = bounded("revision", in: fields, what: what, range: 1...9999, default: 1, reader: reader)
        let constraints = identifiers("constraints", in: fields, what: what, reader: reader)
        for (constraint, constraintNode) in zip(constraints, fields["constraints"]?.sequence.map(Array.init) ?? [])
        where !constraintVocabulary.contains(constraint) {
            reader.error("unknown constraint '\(constraint)' in \(what); known: \(constraintVocabulary.joined(separator: ", "))", at: constraintNode)
        }
        let stem = reader.localized("stem", in: fields, of: what, at: node)
        let pool = OptionPoolParser.parse(fields, what: what, at: node, stem: stem, reader: reader)
        let explanation = reader.localized("explanation", in: fields, of: what, at: node)
        let docs = links(fields, what: what, at: node, reader: reader)
        if needsClaims && claimIDs.isEmpty {
            reader.error("\(what) names no claim; list the note's claims it tests in 'claims'", at: node)
        }
        guard let id, let domainID, let examDomainIDs, let difficulty, let revision, let stem, let pool, let explanation,
              let docs, !services.isEmpty
        else { return nil }
        return Question(
            id: id, noteID: noteID, domainID: domainID, examDomainIDs: examDomainIDs, services: services,
            difficulty: difficulty, stem: stem, choices: pool.choices, explanation: explanation, docs: docs,
            shownCount: pool.shownCount, requiredSelections: pool.requiredSelections, family: family,
            claimIDs: claimIDs, constraints: constraints, revision: revision
        )
    }

    /// An optional whole number within `range`; nil (with an error) when it is not.
    static func bounded(
        _ key: String, in fields: Fields, what: String, range: ClosedRange<Int>, default value: Int, reader: NodeReader
    ) -> Int? {
        guard let node = fields[key] else { return value }
        guard let number = reader.integer(node, what: "'\(key)' of \(what)") else { return nil }
        guard range.contains(number) else {
            reader.error("'\(key)' of \(what) must be from \(range.lowerBound) to \(range.upperBound)", at: node)
            return nil
        }
        return number
    }

    /// An optional list of ids, each checked.
    static func identifiers(_ key: String, in fields: Fields, what: @autoclosure () -> String, reader: NodeReader) -> [String] {
        guard let listNode = fields[key] else { return [] }
        guard let items = listNode.sequence else {
            reader.error("'\(key)' in \(what()) must be a list", at: listNode)
            return []
        }
        var values: [String] = []
        for item in items {
            guard let value = reader.text(item, what: "an entry of '\(key)' in \(what())") else { continue }
            guard isIdentifier(value) else {
                reader.error("'\(value)' in '\(key)' of \(what()) may hold only letters, digits and '-'", at: item)
                continue
            }
            values.append(value)
        }
        return values
    }

    private static func examDomains(
        _ fields: Fields, what: String, at node: SourceNode, catalog: Catalog, reader: NodeReader
    ) -> [Exam: String]? {
        guard let examNode = reader.requiredNode("exam_domains", in: fields, of: what, at: node),
              let byExam = reader.fields(of: examNode, named: "'exam_domains' of \(what)", allowed: Exam.allCases.map(\.rawValue))
        else { return nil }
        var result: [Exam: String] = [:]
        for exam in Exam.allCases {
            guard let id = reader.string(exam.rawValue, in: byExam, of: "'exam_domains' of \(what)", at: examNode) else { continue }
            guard let domain = catalog.examDomain(id), domain.exam == exam else {
                let known = catalog.examDomains(of: exam).map(\.id).joined(separator: ", ")
                reader.error("unknown \(exam.rawValue) exam domain '\(id)'; known: \(known)", at: byExam[exam.rawValue])
                continue
            }
            result[exam] = id
        }
        return result.count == Exam.allCases.count ? result : nil
    }

    static func links(_ fields: Fields, what: String, at node: SourceNode, reader: NodeReader) -> [String]? {
        guard let nodes = reader.sequence("docs", in: fields, of: what, at: node) else { return nil }
        if nodes.isEmpty {
            reader.error("\(what) needs at least one documentation link in 'docs'", at: fields["docs"])
            return nil
        }
        var links: [String] = []
        for linkNode in nodes {
            guard let link = reader.text(linkNode, what: "a link of \(what)") else { return nil }
            guard reader.wellFormedLinks.contains(link) || isWellFormedLink(link) else {
                reader.error("malformed URL '\(link)' in \(what); expected http(s)://host/path", at: linkNode)
                return nil
            }
            reader.wellFormedLinks.insert(link)
            links.append(link)
        }
        return links
    }

    static func isWellFormedLink(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: NodeReader.isWhitespace),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = components.host, host.includes("."), !host.hasPrefix("."), !host.hasSuffix(".")
        else { return false }
        return true
    }
}
