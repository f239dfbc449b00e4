import QuizEngine

/// Reads `notes.yaml`: the service domains, exam domains and notes questions refer to.
enum CatalogParser {
    static func parse(_ root: SourceNode, reader: NodeReader) -> Catalog? {
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

    /// A user's `notes.yaml`: notes of their own added to `base` (read from `basePath`).
    /// Only `notes` may stand in it; an id the base already has is an error naming both files.
    static func parse(_ root: SourceNode, reader: NodeReader, extending base: Catalog, basePath: String) -> Catalog? {
        let errorsBefore = reader.errorCount
        guard let top = reader.fields(of: root, named: "your notes catalogue", allowed: ["notes"]) else { return nil }
        let nodes = reader.sequence("notes", in: top, of: "your notes catalogue", at: root) ?? []
        var added: [StudyNote] = []
        for node in nodes {
            guard let note = note(node, reader: reader) else { continue }
            if base.note(note.id) != nil || added.contains(where: { $0.id == note.id }) {
                reader.error("note id '\(note.id)' is already used by \(added.contains { $0.id == note.id } ? "this file" : basePath); choose another", at: node)
                continue
            }
            added.append(note)
        }
        guard reader.errorCount == errorsBefore else { return nil }
        return Catalog(domains: base.domains, examDomains: base.examDomains, notes: base.notes + added)
    }

    private static func domain(_ node: SourceNode, reader: NodeReader) -> ServiceDomain? {
        guard let fields = reader.fields(of: node, named: "a domain", allowed: ["id", "name"]),
              let id = reader.string("id", in: fields, of: "a domain", at: node),
              let name = reader.localized("name", in: fields, of: "domain '\(id)'", at: node)
        else { return nil }
        return ServiceDomain(id: id, name: name)
    }

    private static func examDomain(_ node: SourceNode, reader: NodeReader) -> ExamDomain? {
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

    private static func note(_ node: SourceNode, reader: NodeReader) -> StudyNote? {
        guard let fields = reader.fields(of: node, named: "a note", allowed: ["id", "date", "title", "summary", "text"]),
              let id = reader.string("id", in: fields, of: "a note", at: node)
        else { return nil }
        let what = "note '\(id)'"
        let date = reader.string("date", in: fields, of: what, at: node)
        let title = reader.localized("title", in: fields, of: what, at: node)
        let summary = reader.localized("summary", in: fields, of: what, at: node)
        let text = fields["text"].flatMap { reader.text($0, what: "'text' of \(what)", maximumLength: maximumNoteText) }
        guard let date, let title, let summary else { return nil }
        return StudyNote(id: id, date: date, title: title, summary: summary, text: text)
    }

    /// A note's own text, as its author wrote it: longer than any question text.
    static let maximumNoteText = 20_000

    private static func reportDuplicates(_ ids: [String], kind: String, at node: SourceNode, reader: NodeReader) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            reader.error("\(kind) id '\(id)' is listed twice", at: node)
        }
    }
}
