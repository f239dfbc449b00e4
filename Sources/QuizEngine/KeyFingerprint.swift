extension Question {
    /// Identifies the answer key, not the wording: the correct options' English texts,
    /// normalised (case, spacing, punctuation) and hashed. A typo fix in the stem, a
    /// distractor or an explanation keeps a question's history; a changed key starts it
    /// afresh, because answers to the old key say nothing about the new one.
    public var keyFingerprint: String {
        var combined: UInt64 = 0xCBF2_9CE4_8422_2325
        for textHash in choices.filter(\.isCorrect).map({ Self.normalisedHash($0.text.en) }).sorted() {
            combined ^= textHash
            combined &*= 0x0000_0100_0000_01B3
        }
        let hex = String(combined, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// FNV-1a over the text's letters and digits, ASCII lowercased; other bytes skipped.
    private static func normalisedHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            let kept: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + 32
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: kept = byte
            default: continue
            }
            hash ^= UInt64(kept)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
