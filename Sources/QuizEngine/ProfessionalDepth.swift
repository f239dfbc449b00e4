extension Question {
    /// SAP-C02 depth: a long scenario (≥ `professionalStemWords` English words) stating at
    /// least `professionalConstraints` explicit constraints, whose every option is a whole
    /// solution (≥ `professionalOptionWords` words). The SAP preset draws mostly these.
    /// The constraints are checked first: they need no text read from the bank cache.
    public var hasProfessionalDepth: Bool {
        Set(constraints).count >= Self.professionalConstraints
            && Self.wordCount(stem.en) >= Self.professionalStemWords
            && choices.allSatisfy { Self.wordCount($0.text.en) >= Self.professionalOptionWords }
    }

    public static let professionalStemWords = 120
    public static let professionalConstraints = 3
    public static let professionalOptionWords = 20

    /// Words as a reader counts them: runs of letters or digits. An ASCII text (most
    /// English stems) is counted over its bytes, where each byte is a character.
    public static func wordCount(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var count = 0
            var inWord = false
            for byte in text.utf8 {
                let isWordCharacter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                if isWordCharacter && !inWord { count += 1 }
                inWord = isWordCharacter
            }
            return count
        }
        var count = 0
        var inWord = false
        for character in text {
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter && !inWord { count += 1 }
            inWord = isWordCharacter
        }
        return count
    }
}
