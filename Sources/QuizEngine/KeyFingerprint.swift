extension Question {
    /// Identifies the answer key, not the wording: the correct options' English texts,
    /// normalised (case, spacing, punctuation) and hashed. A typo fix in the stem, a
    /// distractor or an explanation keeps a question's history; a changed key starts it
    /// afresh, because answers to the old key say nothing about the new one.
    public var keyFingerprint: String {
        let normalised = choices.filter(\.isCorrect).map { choice -> [UInt8] in
            choice.text.en.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: byte
                default: nil
                }
            }
        }.sorted { $0.lexicographicallyPrecedes($1) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, text) in normalised.enumerated() {
            for byte in (index == 0 ? [] : [UInt8(ascii: "|")]) + text {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
