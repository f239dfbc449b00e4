import QuizEngine

/// The documentation links of a question: its own, then those of the claims it tests.
enum DocLinks {
    static func of(_ question: Question, bank: Bank) -> [String] {
        var links = question.docs
        for link in question.claimIDs.compactMap(bank.claim).flatMap(\.docs) where !links.contains(link) {
            links.append(link)
        }
        return links
    }

    /// A link on a line of its own: whole when it fits, else cut visibly with "…" (the
    /// links view and the copy key give it in full). Never broken across lines.
    static func line(_ link: String, width: Int) -> StyledLine {
        [Span(LineBuilder.truncated(link, width: width), CellStyle(underline: true, color: .cyan))]
    }
}
