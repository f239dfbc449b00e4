/// How the user does on one claim of a note: the items that test it and the answers given
/// to them, so the notes report can say which of a user's own notes they have mastered.
public struct ClaimProgress: Sendable, Hashable {
    public let claim: Claim
    public let itemIDs: [String]
    public let score: Score

    /// Every claim of the bank in file order, each with its items and their answers (to the
    /// items' current revision).
    /// `positions` is `log.answerPositions(in: bank)`, when already at hand.
    public static func all(in bank: Bank, log: StudyLog, positions: [[Int]]? = nil) -> [ClaimProgress] {
        var items: [String: [String]] = [:]
        var scores: [String: Score] = [:]
        for (index, positions) in (positions ?? log.answerPositions(in: bank)).enumerated() {
            let question = bank.questions[index]
            for claimID in question.claimIDs {
                items[claimID, default: []].append(question.id)
                for position in positions { scores[claimID, default: Score()].add(log.answers[position].record.isCorrect) }
            }
        }
        return bank.claims.map { ClaimProgress(claim: $0, itemIDs: items[$0.id] ?? [], score: scores[$0.id] ?? Score()) }
    }
}
