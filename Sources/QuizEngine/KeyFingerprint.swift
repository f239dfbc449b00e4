extension Question {
    /// Identifies the answer key, not the wording: the correct options' English texts,
    /// normalised (case, spacing, punctuation) and hashed. A typo fix in the stem, a
    /// distractor or an explanation keeps a question's history; a changed key starts it
    /// afresh, because answers to the old key say nothing about the new one.
    public var keyFingerprint: String {
        let normalised = choices.filter(\.isCorrect)
            .map { $0.text.en.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) } }
            .map { String(String.UnicodeScalarView($0)) }
            .sorted()
            .joined(separator: "|")
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in normalised.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
