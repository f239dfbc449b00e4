import QuizEngine

/// `awsquiz list questions`: one line per item, its id, domain and kind beside the start of
/// its stem, so an id found in history or a comment can be recognised at a glance.
public enum QuestionListing {
    public static func lines(_ bank: Bank, language: Language, width: Int) -> [String] {
        bank.questions.map { question in
            let kind = question.isMultiResponse ? "choose \(question.requiredSelections)" : "single"
            let head = LineBuilder.padded(question.id, width: 13) + LineBuilder.padded(question.domainID, width: 17)
                + LineBuilder.padded(kind, width: 9)
            let stem = TextWrap.paragraphs(question.stem[language]).joined(separator: " ")
            return head + LineBuilder.truncated(stem, width: max(10, width - DisplayWidth.of(head)))
        }
    }
}
