import QuizEngine
/// Wraps text to a column width by display width: English at spaces, Japanese between any
/// two characters (never inside one), keeping closing punctuation off the start of a line.
public enum TextWrap {
    /// Never at the start of a line (kinsoku): closing punctuation, small kana and the
    /// long-vowel mark.
    static let noLineStart = Set<Character>(
        "、。，．）」』】〕〉》・ー‐ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ),.:;!?！？：；"
    )
    /// Never at the end of a line: opening brackets.
    static let noLineEnd = Set<Character>("「『（【〔〈《([")

    /// Joins the lines of each paragraph (authors wrap YAML by hand) and splits paragraphs
    /// at blank lines. A line break after Japanese punctuation or between two Japanese
    /// characters joins without a space.
    public static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for rawLine in VisibleText.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false) {
            guard let start = rawLine.firstIndex(where: { !$0.isWhitespace }),
                  let end = rawLine.lastIndex(where: { !$0.isWhitespace })
            else {
                // A blank line ends the paragraph.
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            let line = rawLine[start...end]
            if let last = current.last, let first = line.first, !joinsWithoutSpace(last, first) {
                current += " "
            }
            current += line
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    private static func joinsWithoutSpace(_ last: Character, _ first: Character) -> Bool {
        let closesSentence = last.unicodeScalars.first.map { (0x3000...0x303F).contains($0.value) || (0xFF01...0xFF0F).contains($0.value) } ?? false
        return closesSentence || (DisplayWidth.breaksAnywhere(last) && DisplayWidth.breaksAnywhere(first))
    }

    /// Lines no wider than `width` columns. Every paragraph starts a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        paragraphs(text).flatMap { wrapParagraph($0, width: max(1, width)) }
    }

    private static func tokens(_ paragraph: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in paragraph {
            if character == " " {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                tokens.append(" ")
            } else if DisplayWidth.breaksAnywhere(character) {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line: [String] = []
        var lineWidth = 0
        func finishLine() {
            while line.last == " " { line.removeLast() }
            lines.append(line.joined())
            line = []
            lineWidth = 0
        }
        for token in tokens(paragraph) {
            let tokenWidth = DisplayWidth.of(token)
            if token == " " {
                if !line.isEmpty && lineWidth + 1 <= width {
                    line.append(token)
                    lineWidth += 1
                }
                continue
            }
            if lineWidth + tokenWidth <= width {
                line.append(token)
                lineWidth += tokenWidth
                continue
            }
            if tokenWidth > width {
                for character in token {
                    let characterWidth = DisplayWidth.of(character)
                    if lineWidth + characterWidth > width { finishLine() }
                    line.append(String(character))
                    lineWidth += characterWidth
                }
                continue
            }
            var carried: [String] = []
            while line.count > 1, let last = line.last, last != " ", let next = (carried.first ?? token).first,
                  let lastCharacter = last.last, noLineStart.contains(next) || noLineEnd.contains(lastCharacter) {
                carried.insert(line.removeLast(), at: 0)
            }
            // A lone word before a mark that may not start a line gives up its last letter.
            if carried.isEmpty, line.count == 1, let word = line.first, word.count > 1, let next = token.first,
               noLineStart.contains(next) {
                line = [String(word.dropLast())]
                carried = [String(word.suffix(1))]
            }
            finishLine()
            line = carried + [token]
            lineWidth = line.reduce(0) { $0 + DisplayWidth.of($1) }
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }
}
