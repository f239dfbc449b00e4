import Foundation
import QuizEngine
import Yams

/// Reads one question file, keeping each question that has no error and reporting the rest.
enum QuestionParser {
    /// Options are one phrase; the longest in the bank is under 200 characters.
    static let maximumOptionLength = 500

    static let questionFields = [
        "id", "domain", "exam_domains", "services", "difficulty", "stem", "options", "explanation", "docs",
    ]

    /// One question as read from its file: nil when it could not be read at all; `isValid`
    /// false when it was read but has errors. Duplicates across files are found later.
    struct Parsed: Sendable {
        let question: Question?
        let isValid: Bool
        let line: Int
        let column: Int
    }

    /// Every question of the file, in order, with where it stands.
    static func parse(_ root: Node, catalog: Catalog, reader: NodeReader) -> [Parsed] {
        guard let top = reader.fields(of: root, named: "a question file", allowed: ["note", "questions"]) else {
            return []
        }
        let noteID = reader.string("note", in: top, of: "a question file", at: root)
        if let noteID, catalog.note(noteID) == nil {
            reader.error("unknown note '\(noteID)'; known notes: \(catalog.notes.map(\.id).joined(separator: ", "))", at: top["note"])
        }
        let nodes = reader.sequence("questions", in: top, of: "a question file", at: root) ?? []
        return nodes.map { node in
            let errorsBefore = reader.errorCount
            let question = parseQuestion(node, noteID: noteID ?? "", catalog: catalog, reader: reader)
            let isValid = question != nil && reader.errorCount == errorsBefore && catalog.note(noteID ?? "") != nil
            return Parsed(question: question, isValid: isValid, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
    }

    private static func parseQuestion(_ node: Node, noteID: String, catalog: Catalog, reader: NodeReader) -> Question? {
        guard let fields = reader.fields(of: node, named: "a question", allowed: questionFields) else { return nil }
        let id = reader.string("id", in: fields, of: "a question", at: node)
        let what = "question '\(id ?? "?")'"
        if let id, id.first == "-" || !id.allSatisfy({ $0 == "-" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
            reader.error("\(what): an id may hold only letters, digits and '-'", at: fields["id"])
        }
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
        let difficulty = fields["difficulty"].map { node -> Int? in
            guard let value = reader.integer(node, what: "'difficulty' of \(what)") else { return nil }
            if !(1...3).contains(value) { reader.error("'difficulty' of \(what) must be 1, 2 or 3", at: node) }
            return value
        } ?? 2
        let stem = reader.localized("stem", in: fields, of: what, at: node)
        let choices = options(fields, what: what, at: node, reader: reader)
        let explanation = reader.localized("explanation", in: fields, of: what, at: node)
        let docs = links(fields, what: what, at: node, reader: reader)
        guard let id, let domainID, let examDomainIDs, let difficulty, let stem, let choices, let explanation, let docs,
              !services.isEmpty
        else { return nil }
        return Question(
            id: id, noteID: noteID, domainID: domainID, examDomainIDs: examDomainIDs, services: services,
            difficulty: difficulty, stem: stem, choices: choices, explanation: explanation, docs: docs
        )
    }

    private static func examDomains(
        _ fields: [String: Node], what: String, at node: Node, catalog: Catalog, reader: NodeReader
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

    private static func options(_ fields: [String: Node], what: String, at node: Node, reader: NodeReader) -> [Choice]? {
        guard let nodes = reader.sequence("options", in: fields, of: what, at: node) else { return nil }
        var choices: [Choice] = []
        var seenTexts: [Language: Set<String>] = [:]
        var failed = false
        for (index, optionNode) in nodes.enumerated() {
            let label = "option \(index + 1) of \(what)"
            guard let option = reader.fields(of: optionNode, named: label, allowed: ["text", "correct", "why"]) else {
                failed = true
                continue
            }
            let text = reader.localized("text", in: option, of: label, at: optionNode, maximumLength: maximumOptionLength)
            let why = reader.localized("why", in: option, of: label, at: optionNode)
            let isCorrect = option["correct"].map { reader.boolean($0, what: "'correct' of \(label)") } ?? false
            guard let text, let why, let isCorrect else {
                failed = true
                continue
            }
            for language in Language.allCases where !seenTexts[language, default: []].insert(text[language]).inserted {
                reader.error("\(label) repeats the text of another option (\(language.rawValue))", at: option["text"])
                failed = true
            }
            choices.append(Choice(text: text, why: why, isCorrect: isCorrect))
        }
        if failed { return nil }
        let correct = choices.filter(\.isCorrect).count
        if choices.count < 4 {
            reader.error("\(what) has \(choices.count) options; a question needs at least 4", at: fields["options"])
            return nil
        }
        if correct == 0 {
            reader.error("\(what) has no correct option; mark one with 'correct: true'", at: fields["options"])
            return nil
        }
        if correct > 1 && choices.count < 5 {
            reader.error("\(what) has \(correct) correct options; a multi-response question needs at least 5 options", at: fields["options"])
            return nil
        }
        if correct == choices.count {
            reader.error("\(what) marks every option correct", at: fields["options"])
            return nil
        }
        return choices
    }

    private static func links(_ fields: [String: Node], what: String, at node: Node, reader: NodeReader) -> [String]? {
        guard let nodes = reader.sequence("docs", in: fields, of: what, at: node) else { return nil }
        if nodes.isEmpty {
            reader.error("\(what) needs at least one documentation link in 'docs'", at: fields["docs"])
            return nil
        }
        var links: [String] = []
        for linkNode in nodes {
            guard let link = reader.text(linkNode, what: "a link of \(what)") else { return nil }
            guard isWellFormedLink(link) else {
                reader.error("malformed URL '\(link)' in \(what); expected http(s)://host/path", at: linkNode)
                return nil
            }
            links.append(link)
        }
        return links
    }

    static func isWellFormedLink(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = components.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".")
        else { return false }
        return true
    }
}
