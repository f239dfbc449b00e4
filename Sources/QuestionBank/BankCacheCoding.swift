import QuizEngine

/// How a loaded bank is laid out in the cache, field by field.
extension BankCache {
    static func encode(_ result: BankLoadResult, into writer: inout BinaryWriter) {
        writer.write(result.bank != nil)
        if let bank = result.bank {
            let catalog = bank.catalog
            writer.write(catalog.domains) { writer, domain in
                writer.write(domain.id)
                writer.write(domain.name)
            }
            writer.write(catalog.examDomains) { writer, domain in
                writer.write(domain.id)
                writer.write(domain.exam.rawValue)
                writer.write(domain.weight)
                writer.write(domain.name)
            }
            writer.write(catalog.notes) { writer, note in
                writer.write(note.id)
                writer.write(note.date)
                writer.write(note.title)
                writer.write(note.summary)
                writer.write(note.text ?? "")
            }
            writer.write(bank.questions) { writer, question in
                writer.write(question.id)
                writer.write(question.noteID)
                writer.write(question.domainID)
                writer.write(Exam.allCases.map { question.examDomainIDs[$0] ?? "" }) { $0.write($1) }
                writer.write(question.services) { $0.write($1) }
                writer.write(question.difficulty)
                writer.write(question.stem)
                writer.write(question.choices) { writer, choice in
                    writer.write(choice.id)
                    writer.write(choice.text)
                    writer.write(choice.why)
                    writer.write(choice.isCorrect)
                    writer.write(choice.excludes.sorted()) { $0.write($1) }
                }
                writer.write(question.explanation)
                writer.write(question.docs) { $0.write($1) }
                writer.write(question.shownCount)
                writer.write(question.requiredSelections)
                writer.write(question.family ?? "")
                writer.write(question.claimIDs) { $0.write($1) }
                writer.write(question.constraints) { $0.write($1) }
                writer.write(question.revision)
            }
            writer.write(bank.claims) { writer, claim in
                writer.write(claim.id)
                writer.write(claim.noteID)
                writer.write(claim.says)
                writer.write(claim.verdict.rawValue)
                writer.write(claim.truth != nil)
                if let truth = claim.truth { writer.write(truth) }
                writer.write(claim.docs) { $0.write($1) }
            }
        }
        writer.write(result.diagnostics) { writer, diagnostic in
            writer.write(diagnostic.file)
            writer.write(diagnostic.line)
            writer.write(diagnostic.column)
            writer.write(diagnostic.message)
            writer.write(diagnostic.severity == .warning)
        }
        writer.write(result.leftOutQuestions)
        writer.write(result.unreadableFiles)
        writer.write(result.questionFiles) { $0.write($1) }
    }

    static func decode(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> BankLoadResult {
        var bank: Bank?
        if try reader.readBool() {
            let domains = try reader.readArray { reader throws(BinaryReader.Damaged) in
                ServiceDomain(id: try reader.readString(), name: try reader.readLocalized())
            }
            let examDomains = try reader.readArray { reader throws(BinaryReader.Damaged) in
                let id = try reader.readString()
                guard let exam = Exam(rawValue: try reader.readString()) else { throw BinaryReader.Damaged() }
                return ExamDomain(id: id, exam: exam, weight: try reader.readInt(), name: try reader.readLocalized())
            }
            let notes = try reader.readArray { reader throws(BinaryReader.Damaged) in
                StudyNote(
                    id: try reader.readString(), date: try reader.readString(), title: try reader.readLocalized(),
                    summary: try reader.readLocalized(), text: try reader.readString().nilWhenEmpty
                )
            }
            let questions = try reader.readArray { reader throws(BinaryReader.Damaged) in
                let id = try reader.readString()
                let noteID = try reader.readString()
                let domainID = try reader.readString()
                let examIDs = try reader.readArray { reader throws(BinaryReader.Damaged) in try reader.readString() }
                guard examIDs.count == Exam.allCases.count else { throw BinaryReader.Damaged() }
                return Question(
                    id: id, noteID: noteID, domainID: domainID,
                    examDomainIDs: Dictionary(uniqueKeysWithValues: zip(Exam.allCases, examIDs)),
                    services: try reader.readArray { reader throws(BinaryReader.Damaged) in try reader.readString() },
                    difficulty: try reader.readInt(), stem: try reader.readLocalized(),
                    choices: try reader.readArray { reader throws(BinaryReader.Damaged) in
                        Choice(
                            id: try reader.readString(), text: try reader.readLocalized(), why: try reader.readLocalized(),
                            isCorrect: try reader.readBool(), excludes: try reader.readStringSet()
                        )
                    },
                    explanation: try reader.readLocalized(), docs: try reader.readStrings(),
                    shownCount: try reader.readInt(), requiredSelections: try reader.readInt(),
                    family: try reader.readString().nilWhenEmpty, claimIDs: try reader.readStrings(),
                    constraints: try reader.readStrings(), revision: try reader.readInt()
                )
            }
            let claims = try reader.readArray { reader throws(BinaryReader.Damaged) in
                let id = try reader.readString()
                let noteID = try reader.readString()
                let says = try reader.readLocalized()
                guard let verdict = Claim.Verdict(rawValue: try reader.readString()) else { throw BinaryReader.Damaged() }
                let truth = try reader.readBool() ? try reader.readLocalized() : nil
                return Claim(id: id, noteID: noteID, says: says, verdict: verdict, truth: truth, docs: try reader.readStrings())
            }
            bank = Bank(
                catalog: Catalog(domains: domains, examDomains: examDomains, notes: notes), questions: questions, claims: claims
            )
        }
        let diagnostics = try reader.readArray { reader throws(BinaryReader.Damaged) in
            Diagnostic(
                file: try reader.readString(), line: try reader.readInt(), column: try reader.readInt(),
                message: try reader.readString(), severity: try reader.readBool() ? .warning : .error
            )
        }
        return BankLoadResult(
            bank: bank, diagnostics: diagnostics, leftOutQuestions: try reader.readInt(),
            unreadableFiles: try reader.readInt(),
            questionFiles: try reader.readArray { reader throws(BinaryReader.Damaged) in try reader.readString() }
        )
    }
}

extension BinaryReader {
    mutating func readStrings() throws(Damaged) -> [String] {
        try readArray { reader throws(Damaged) in try reader.readString() }
    }

    /// Most options exclude nothing, and making an empty set from an empty list costs as
    /// much as a small one: a later start made a hundred thousand.
    mutating func readStringSet() throws(Damaged) -> Set<String> {
        let strings = try readStrings()
        return strings.isEmpty ? [] : Set(strings)
    }
}

extension String {
    fileprivate var nilWhenEmpty: String? { isEmpty ? nil : self }
}
