extension Question {
    /// Identifies the item's meaning, not its wording: the author's `revision`. Rewording,
    /// adding a distractor or another wording of the key keeps a question's history; a
    /// bumped revision starts it afresh, because answers to the old decision say nothing
    /// about the new one.
    public var keyFingerprint: String { "r\(revision)" }
}
