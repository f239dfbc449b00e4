import QuizEngine

/// The user's notes as claims: for each note, what it says, whether that still holds, what
/// is true now where it does not, and how the user does on the items that test it. Printed
/// by `awsquiz notes`; the lines are styled so a screen can show them too.
public enum NotesReport {
    /// Every note in one line each, or one note in full.
    public static func lines(bank: Bank, progress: [ClaimProgress], noteID: String?, language: Language, width: Int) -> [StyledLine] {
        guard let noteID, let note = bank.catalog.note(noteID) else {
            return bank.catalog.notes.flatMap { summaryLines($0, progress: progress, language: language, width: width) }
        }
        var body: [StyledLine] = [[Span("\(note.title[language]) (\(note.date))", CellStyle(bold: true))]]
        body += LineBuilder.wrapped(note.summary[language], width: width, style: CellStyle(dim: true))
        for item in progress where item.claim.noteID == note.id {
            body.append([])
            body += claimLines(item, language: language, width: width)
        }
        return body
    }

    /// One claim: marked, what the note says, what is true now, its links (each whole on a
    /// line of its own), and the user's figures on the items that test it.
    static func claimLines(_ item: ClaimProgress, language: Language, width: Int) -> [StyledLine] {
        var lines = FeedbackScreen.claimLines(item.claim, language: language, width: width)
        lines += item.claim.docs.map { DocLinks.line($0, width: width) }
        lines += LineBuilder.wrapped(
            UIText.claimItems(item.itemIDs.count, score: item.score)[language] + " " + item.itemIDs.joined(separator: ", "),
            width: width, style: CellStyle(dim: true), prefix: [Span("    ")]
        )
        return lines
    }

    /// A note in two lines: id, date and title; its claims by verdict and the user's accuracy.
    static func summaryLines(_ note: StudyNote, progress: [ClaimProgress], language: Language, width: Int) -> [StyledLine] {
        let claims = progress.filter { $0.claim.noteID == note.id }
        var score = Score()
        for item in claims { score.merge(item.score) }
        let counts = Claim.Verdict.allCases.map { verdict in claims.filter { $0.claim.verdict == verdict }.count }
        return LineBuilder.wrapped(
            "\(note.id)  \(note.date)  \(note.title[language])", width: width, style: CellStyle(bold: true)
        ) + [[Span("    " + UIText.noteSummary(holds: counts[0], outdated: counts[1], wrong: counts[2], score: score)[language])]]
    }

    /// The report as plain text, for the command line.
    public static func plainText(bank: Bank, progress: [ClaimProgress], noteID: String?, language: Language, width: Int) -> String {
        lines(bank: bank, progress: progress, noteID: noteID, language: language, width: width)
            .map { $0.map(\.text).joined() }.joined(separator: "\n")
    }
}
