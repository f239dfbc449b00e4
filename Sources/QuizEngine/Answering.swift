/// How an answer is given and filed, once for drills, reviews and exams.
extension PresentedQuestion {
    /// The selection after choosing `position`: single-answer replaces, multi-answer toggles.
    /// A position the question does not show leaves the selection as it was.
    public func choosing(_ position: Int, in selection: Set<Int>) -> Set<Int> {
        guard choiceOrder.indices.contains(position) else { return selection }
        guard question.isMultiResponse else { return [position] }
        return selection.symmetricDifference([position])
    }

    /// The struck-through options after striking `position` (again: un-striking it). A
    /// struck option can still be chosen, as on the Pearson VUE screen: striking is a note
    /// to oneself, never an answer.
    public func striking(_ position: Int, in struck: Set<Int>) -> Set<Int> {
        guard choiceOrder.indices.contains(position) else { return struck }
        return struck.symmetricDifference([position])
    }

    /// The answer as history files it: the chosen options in the author's order, right or
    /// wrong, the time taken and the key it was graded against.
    public func record(_ selection: Set<Int>, seconds: Double, mode: AnswerRecord.Mode) -> AnswerRecord {
        AnswerRecord(
            questionID: question.id, chosen: authorIndices(of: selection), isCorrect: isCorrect(selection),
            secondsTaken: seconds, mode: mode, keyFingerprint: question.keyFingerprint
        )
    }
}
