import QuizEngine
/// The footer line: key hints that fit the width, whole or not at all.
enum Footer {
    static let gap = "  "

    /// The hints as "key does" items joined by two spaces, no wider than `width`. When they
    /// do not all fit, the least important go first (the last of equal importance first)
    /// and the line ends with "…"; essential hints are never dropped.
    static func line(_ hints: [KeyHint], language: Language, width: Int) -> String {
        var kept = hints.filter { !$0.helpOnly }
        let all = kept.count
        func text(_ hints: [KeyHint]) -> String {
            let items = hints.map { "\($0.label) \($0.does[language])" }
            return (items + (hints.count < all ? ["…"] : [])).joined(separator: gap)
        }
        while DisplayWidth.of(text(kept)) > width {
            let droppable = kept.indices.filter { kept[$0].importance < .essential }
            guard let lowest = droppable.min(by: { kept[$0].importance < kept[$1].importance }) else {
                // Only the essential keys are left and "…" does not fit beside them.
                return kept.map { "\($0.label) \($0.does[language])" }.joined(separator: gap)
            }
            let victim = droppable.last { kept[$0].importance == kept[lowest].importance } ?? lowest
            kept.remove(at: victim)
        }
        return text(kept)
    }
}
