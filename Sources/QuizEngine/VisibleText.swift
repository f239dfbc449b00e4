/// Makes text from question files safe to draw: control characters and escape
/// sequences are shown escaped, never sent raw to the terminal.
public enum VisibleText {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || !isControl(scalar) {
                result.append(scalar)
            } else if scalar == "\t" {
                result.append(contentsOf: "    ".unicodeScalars)
            } else {
                result.append(contentsOf: escaped(scalar).unicodeScalars)
            }
        }
        return String(result)
    }

    /// True when the text holds a control character other than a line break or a tab.
    /// Runs over the contiguous bytes, eight at a time: every text of a bank goes through
    /// it on a first start, and only a word that may hold a byte below 0x20, 0x7F or 0xC2
    /// (the lead of U+0080...U+009F) is looked at byte by byte.
    public static func hasControlCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 8 <= bytes.count {
                let word = ByteWord.load(bytes, at: index)
                let mayHoldControl = ByteWord.containsByte(below: 0x20, in: word) || ByteWord.contains(0x7F, in: word)
                    || ByteWord.contains(0xC2, in: word)
                if mayHoldControl && hasControlCharacter(bytes, in: index..<(index + 8)) { return true }
                index += 8
            }
            return hasControlCharacter(bytes, in: index..<bytes.count)
        }
    }

    private static func hasControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if byte == 0xC2 {
                if index + 1 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9F { return true }
            } else if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F {
                return true
            }
        }
        return false
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 { return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40))) }
        if scalar.value == 0x7F { return "^?" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{\(hex)}"
    }
}
