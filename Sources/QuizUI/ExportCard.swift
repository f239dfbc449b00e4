import QuizEngine

/// One item as a flashcard for other study tools: a stem with one fixed draw of its options
/// on the front; the key, the lesson and the links on the back. The draw is seeded by the
/// item's id, so an export is the same every time and an import updates rather than duplicates.
public struct ExportCard: Sendable, Hashable {
    public let id: String
    public let stem: String
    public let options: [String]
    /// Letters of the correct options among `options`.
    public let key: [String]
    public let explanation: String
    public let docs: [String]
    public let domainID: String
    public let noteID: String
    public let examDomainIDs: [String]

    /// Anki tags: the app, the domain, the note and the exam domains.
    public var tags: [String] { ["awsquiz", "domain::\(domainID)", "note::\(noteID)"] + examDomainIDs }

    public init(_ question: Question, language: Language) {
        var generator = SeededGenerator(seed: Self.stableSeed(question.id))
        let presented = QuestionDraw.present(question, using: &generator)
        id = question.id
        stem = Self.flowed(question.stem[language])
        options = presented.displayedChoices.enumerated().map { "\(OptionLabel.letter($0.offset)). \(Self.flowed($0.element.text[language]))" }
        key = presented.correctPositions.sorted().map(OptionLabel.letter)
        explanation = Self.flowed(question.explanation[language])
        docs = question.docs
        domainID = question.domainID
        noteID = question.noteID
        examDomainIDs = Exam.allCases.compactMap { question.examDomainIDs[$0] }
    }

    /// The text as the screen shows it: hand-wrapped lines joined, paragraphs on lines of their own.
    static func flowed(_ text: String) -> String {
        TextWrap.paragraphs(text).joined(separator: "\n")
    }

    /// FNV-1a of the id: the same seed on every machine and every run.
    static func stableSeed(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
