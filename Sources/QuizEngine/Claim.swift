/// One thing a study note says, checked against AWS today: the unit the game traces every
/// item back to, so a user learns which of their own notes no longer hold.
public struct Claim: Sendable, Hashable, Identifiable {
    public enum Verdict: String, Sendable, CaseIterable, Codable {
        case holds
        case outdated
        case wrong
    }

    public let id: String
    public let noteID: String
    /// What the note says, in the bank's words.
    public let says: LocalizedText
    public let verdict: Verdict
    /// What is true now, where the note does not hold.
    public let truth: LocalizedText?
    public let docs: [String]

    public init(id: String, noteID: String, says: LocalizedText, verdict: Verdict, truth: LocalizedText?, docs: [String]) {
        self.id = id
        self.noteID = noteID
        self.says = says
        self.verdict = verdict
        self.truth = truth
        self.docs = docs
    }
}
