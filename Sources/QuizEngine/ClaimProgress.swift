/// How the user does on one claim of a note: the items that test it and the answers given
/// to them, so the notes report can say which of a user's own notes they have mastered.
public struct ClaimProgress: Sendable, Hashable {
    public let claim: Claim
    public let itemIDs: [String]
    public let score: Score

    /// Every claim of the bank in file order, each with its items and their answers (to the
    /// items' current revision).
    public static func all(in bank: Bank, progress: StudyProgress) -> [ClaimProgress] {
        var items: [String: [String]] = [:]
        var scores: [String: Score] = [:]
        for question in bank.questions {
            let score = progress.tally(for: question)?.score ?? Score()
            for claimID in question.claimIDs {
                items[claimID, default: []].append(question.id)
                scores[claimID, default: Score()].merge(score)
            }
        }
        return bank.claims.map { ClaimProgress(claim: $0, itemIDs: items[$0.id] ?? [], score: scores[$0.id] ?? Score()) }
    }
}
