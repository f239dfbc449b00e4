import QuizEngine
import Yams

/// Reads `notes.yaml`: the service domains, exam domains and notes questions refer to.
enum CatalogParser {
    static func parse(_ root: Node, reader: NodeReader) -> Catalog? {
        let errorsBefore = reader.errorCount
        guard let top = reader.fields(of: root, named: "the catalogue", allowed: ["domains", "exam_domains", "notes"])
        else { return nil }
        let domains = (reader.sequence("domains", in: top, of: "the catalogue", at: root) ?? []).compactMap { node in
            domain(node, reader: reader)
        }
        let examDomains = (reader.sequence("exam_domains", in: top, of: "the catalogue", at: root) ?? [])
            .compactMap { examDomain($0, reader: reader) }
        let notes = (reader.sequence("notes", in: top, of: "the catalogue", at: root) ?? []).compactMap { node in
            note(node, reader: reader)
        }
        reportDuplicates(domains.map(\.id), kind: "domain", at: root, reader: reader)
        reportDuplicates(examDomains.map(\.id), kind: "exam domain", at: root, reader: reader)
        reportDuplicates(notes.map(\.id), kind: "note", at: root, reader: reader)
        guard reader.errorCount == errorsBefore else { return nil }
        return Catalog(domains: domains, examDomains: examDomains, notes: notes)
    }

    private static func domain(_ node: Node, reader: NodeReader) -> ServiceDomain? {
        guard let fields = reader.fields(of: node, named: "a domain", allowed: ["id", "name"]),
              let id = reader.string("id", in: fields, of: "a domain", at: node),
              let name = reader.localized("name", in: fields, of: "domain '\(id)'", at: node)
        else { return nil }
        return ServiceDomain(id: id, name: name)
    }

    private static func examDomain(_ node: Node, reader: NodeReader) -> ExamDomain? {
        guard let fields = reader.fields(of: node, named: "an exam domain", allowed: ["id", "exam", "weight", "name"]),
              let id = reader.string("id", in: fields, of: "an exam domain", at: node)
        else { return nil }
        let what = "exam domain '\(id)'"
        let examText = reader.string("exam", in: fields, of: what, at: node)
        let exam = examText.flatMap(Exam.init(rawValue:))
        if let examText, exam == nil {
            reader.error("unknown exam '\(examText)' in \(what); use sap or saa", at: fields["exam"])
        }
        let weight = reader.requiredNode("weight", in: fields, of: what, at: node).flatMap {
            reader.integer($0, what: "'weight' in \(what)")
        }
        let name = reader.localized("name", in: fields, of: what, at: node)
        guard let exam, let weight, let name else { return nil }
        return ExamDomain(id: id, exam: exam, weight: weight, name: name)
    }

    private static func note(_ node: Node, reader: NodeReader) -> StudyNote? {
        guard let fields = reader.fields(of: node, named: "a note", allowed: ["id", "date", "title", "summary"]),
              let id = reader.string("id", in: fields, of: "a note", at: node)
        else { return nil }
        let what = "note '\(id)'"
        let date = reader.string("date", in: fields, of: what, at: node)
        let title = reader.localized("title", in: fields, of: what, at: node)
        let summary = reader.localized("summary", in: fields, of: what, at: node)
        guard let date, let title, let summary else { return nil }
        return StudyNote(id: id, date: date, title: title, summary: summary)
    }

    private static func reportDuplicates(_ ids: [String], kind: String, at node: Node, reader: NodeReader) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            reader.error("\(kind) id '\(id)' is listed twice", at: node)
        }
    }
}
