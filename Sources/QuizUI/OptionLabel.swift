/// Option letters A, B, C... as the exam prints them.
enum OptionLabel {
    /// Past `Z` (a bank the linter would refuse) the position's number, never a trap.
    static func letter(_ position: Int) -> String {
        (0..<26).contains(position) ? String(UnicodeScalar(UInt8(65 + position))) : String(position + 1)
    }

    /// Which option a typed key names: `1`-`9` or `a`-`i`, if the question has that many.
    static func position(for character: Character, optionCount: Int) -> Int? {
        let position: Int?
        if let digit = character.wholeNumberValue, (1...9).contains(digit) {
            position = digit - 1
        } else if let ascii = character.asciiValue, (97...105).contains(ascii) {
            position = Int(ascii) - 97
        } else {
            position = nil
        }
        return position.flatMap { $0 < optionCount ? $0 : nil }
    }
}
