import QuizEngine

/// A small catalogue and bank built in code, so engine tests state every input they use.
enum Fixtures {
    static let catalog = Catalog(
        domains: [
            ServiceDomain(id: "compute", name: LocalizedText(ja: "コンピューティング", en: "Compute")),
            ServiceDomain(id: "security", name: LocalizedText(ja: "セキュリティ", en: "Security")),
            ServiceDomain(id: "storage", name: LocalizedText(ja: "ストレージ", en: "Storage")),
        ],
        examDomains: [
            ExamDomain(id: "SAP-D1", exam: .sap, weight: 26, name: LocalizedText(ja: "組織", en: "Organizational")),
            ExamDomain(id: "SAP-D2", exam: .sap, weight: 29, name: LocalizedText(ja: "新規", en: "New")),
            ExamDomain(id: "SAA-D1", exam: .saa, weight: 30, name: LocalizedText(ja: "セキュア", en: "Secure")),
        ],
        notes: [
            StudyNote(id: "note-a", date: "2021-07-31", title: LocalizedText(ja: "A", en: "A"), summary: LocalizedText(ja: "A", en: "A")),
            StudyNote(id: "note-b", date: "2021-07-31", title: LocalizedText(ja: "B", en: "B"), summary: LocalizedText(ja: "B", en: "B")),
        ]
    )

    /// A question whose options are "opt 0", "opt 1", ... with `correct` marking the keys.
    static func question(
        _ id: String, domain: String = "compute", note: String = "note-a", sap: String = "SAP-D1",
        services: [String] = ["Amazon EC2"], options: Int = 4, correct: Set<Int> = [0]
    ) -> Question {
        Question(
            id: id, noteID: note, domainID: domain, examDomainIDs: [.sap: sap, .saa: "SAA-D1"], services: services,
            difficulty: 2, stem: LocalizedText(ja: "問 \(id)", en: "Question \(id)"),
            choices: (0..<options).map { index in
                Choice(
                    id: "o\(index)", text: LocalizedText(ja: "選択肢 \(index)", en: "opt \(index)"),
                    why: LocalizedText(ja: "理由 \(index)", en: "why \(index)"),
                    isCorrect: correct.contains(index)
                )
            },
            explanation: LocalizedText(ja: "解説", en: "Explanation"), docs: ["https://docs.aws.amazon.com/"]
        )
    }

    static let bank = Bank(catalog: catalog, questions: [
        question("c1"), question("c2", correct: [1]), question("c3", correct: [2]),
        question("s1", domain: "security", note: "note-b", sap: "SAP-D2", services: ["AWS KMS"], correct: [3]),
        question("s2", domain: "security", note: "note-b", sap: "SAP-D2", services: ["AWS KMS", "AWS CloudHSM"], options: 5, correct: [0, 4]),
        question("t1", domain: "storage", services: ["Amazon S3"], options: 6, correct: [1, 2, 5]),
    ])
}
