import QuizEngine

extension AppModel {
    /// "Retry the misses now" (and the mistakes' cram or review): a drill of exactly these
    /// questions, freshly drawn, filed in `mode`; leaving it (or its results) goes back to
    /// `returnTo`, the page it was started from.
    mutating func retry(
        _ missed: [Question], mode: AnswerRecord.Mode, title: LocalizedText = UIText.myMisses, returnTo: PageBeneath?
    ) {
        guard !missed.isEmpty else { return }
        var generator = SeededGenerator(seed: takeSeed())
        let items = missed.map { QuestionDraw.present($0, using: &generator) }
        show(.drill(DrillState(title: title, items: items, mode: mode, returnTo: returnTo)))
    }
}
