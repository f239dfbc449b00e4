extension Question {
    /// SAP-C02 depth: a long scenario (≥ `professionalStemWords` English words) stating at
    /// least `professionalConstraints` explicit constraints, whose every option is a whole
    /// solution (≥ `professionalOptionWords` words). The SAP preset draws mostly these.
    public var hasProfessionalDepth: Bool {
        Self.wordCount(stem.en) >= Self.professionalStemWords
            && Set(constraints).count >= Self.professionalConstraints
            && choices.allSatisfy { Self.wordCount($0.text.en) >= Self.professionalOptionWords }
    }

    public static let professionalStemWords = 120
    public static let professionalConstraints = 3
    public static let professionalOptionWords = 20

    /// Words as a reader counts them: runs of letters or digits.
    public static func wordCount(_ text: String) -> Int {
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
