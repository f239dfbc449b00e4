import QuizEngine

/// Reads the YAML that question files are written in straight from their bytes, several
/// times faster than libyaml through Yams (which was most of a first start): block mappings
/// and lists (lists also at their key's indentation), one-line flow lists and maps of
/// scalars, plain, quoted and literal (`|`) text, comments, anchors and aliases. It gives
/// the tree Yams gives, marks included: the tests compare the two on every shipped file and
/// on hand-made cases. Anything else, or anything wrong (tags, folded `>` text, complex
/// keys, tabs, CRLF, an empty value, a duplicate key, a syntax error), gives nil, and the
/// file is read by Yams, which reads all of YAML and words its errors.
enum QuestionYAMLReader {
    /// The tree, or nil when the file is left to Yams; also nil when aliases would make the
    /// tree larger than `maximumNodes`, which Yams's reading then measures and refuses.
    static func read(_ bytes: [UInt8], maximumNodes: Int) -> SourceNode? {
        bytes.withUnsafeBufferPointer { buffer in
            guard hasOnlyPlainCharacters(buffer) else { return nil }
            var scanner = Scanner(bytes: buffer, maximumNodes: maximumNodes)
            return try? scanner.document()
        }
    }

    /// False for what this reader leaves to Yams wherever it stands: bytes that are not
    /// UTF-8 (Yams's path locates them), tabs, carriage returns and other control
    /// characters, a byte order mark, the line breaks U+0085, U+2028 and U+2029, the
    /// non-characters U+FFFE and U+FFFF, document markers and directives. One pass over
    /// the bytes: printable ASCII eight bytes at a time, kana and kanji three at a time.
    static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if startsDirectiveOrMarker(bytes, at: 0) { return false }
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = ByteWord.load(bytes, at: index)
                if !ByteWord.containsNonASCII(word) && !ByteWord.containsByte(below: 0x20, in: word) && !ByteWord.contains(0x7F, in: word) {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte &- 0x20 < 0x5F {
                index += 1
                continue
            }
            // Kana and kanji: three bytes, none of them special.
            if byte &- 0xE3 < 0x0A, index + 2 < bytes.count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            if byte == UInt8(ascii: "\n") {
                index += 1
                if startsDirectiveOrMarker(bytes, at: index) { return false }
                continue
            }
            guard let length = plainCharacterLength(bytes, at: index) else { return false }
            index += length
        }
        return true
    }

    /// The length of the well-formed, non-ASCII UTF-8 character at `index`, or nil when it
    /// is malformed, a control character, a byte order mark, a line break or a non-character.
    private static func plainCharacterLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0...0)
        }
        guard length > 0, index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        let second = bytes[index + 1], third = length > 2 ? bytes[index + 2] : 0
        if lead == 0xC2 && second <= 0x9F
            || lead == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9)
            || lead == 0xEF && (second == 0xBB && third == 0xBF || second == 0xBF && third >= 0xBE) {
            return nil
        }
        return length
    }

    /// A line that starts with `%` (a directive), `---` or `...`.
    private static func startsDirectiveOrMarker(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let first = bytes[index]
        if first == UInt8(ascii: "%") { return true }
        guard index + 2 < bytes.count else { return false }
        return (first == UInt8(ascii: "-") || first == UInt8(ascii: ".")) && bytes[index + 1] == first && bytes[index + 2] == first
    }

    /// What this reader does not read: the file goes to Yams.
    struct LeftToYams: Error {}

    private typealias Anchor = (name: String, mark: SourceNode.Mark)

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let maximumNodes: Int
        var position = 0
        var line = 1
        var lineStart = 0
        /// Nodes made so far, an alias counting as many as the node it repeats.
        var nodeCount = 0
        var anchors: [String: (node: SourceNode, size: Int)] = [:]

        init(bytes: UnsafeBufferPointer<UInt8>, maximumNodes: Int) {
            self.bytes = bytes
            self.maximumNodes = maximumNodes
        }

        // MARK: Lines

        var atEnd: Bool { position >= bytes.count }
        var current: UInt8 { byte(at: position) }
        var atLineEnd: Bool { atEnd || current == UInt8(ascii: "\n") }

        func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

        func isBlankOrEnd(at index: Int) -> Bool {
            index >= bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n")
        }

        /// A `-` that opens a list entry: followed by a blank or the line's end.
        var atEntry: Bool { current == UInt8(ascii: "-") && isBlankOrEnd(at: position + 1) }

        /// A `#` that opens a comment: after a blank or at the start of a line.
        var atComment: Bool {
            current == UInt8(ascii: "#") && (position == lineStart || bytes[position - 1] == UInt8(ascii: " "))
        }

        var mark: SourceNode.Mark { mark(at: position) }

        func mark(at index: Int) -> SourceNode.Mark {
            var column = 1
            for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
            return SourceNode.Mark(line: line, column: column)
        }

        mutating func skipSpaces() {
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        }

        mutating func skipToLineEnd() {
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        }

        /// Past spaces and a comment to the next line; throws if anything else is left on this one.
        mutating func finishLine() throws(LeftToYams) {
            skipSpaces()
            if atComment { skipToLineEnd() }
            guard atLineEnd else { throw LeftToYams() }
            nextLine()
        }

        mutating func nextLine() {
            skipToLineEnd()
            if position < bytes.count {
                position += 1
                line += 1
            }
            lineStart = position
        }

        /// Moves to the first character of the next line that holds more than spaces and a
        /// comment (this one, if it does) and gives its indentation; nil at the end.
        mutating func nextContentLine() -> Int? {
            while true {
                position = lineStart
                skipSpaces()
                if atEnd { return nil }
                if current != UInt8(ascii: "\n") && current != UInt8(ascii: "#") { return position - lineStart }
                nextLine()
            }
        }

        // MARK: Collections

        mutating func document() throws(LeftToYams) -> SourceNode {
            guard let indent = nextContentLine() else { throw LeftToYams() }
            let root = try blockNode(indent: indent, parentIndent: -1, anchor: nil)
            guard nextContentLine() == nil else { throw LeftToYams() }
            return root
        }

        /// Counts a finished node (and what it holds, made since `before`), and keeps it
        /// under its anchor.
        mutating func made(_ content: SourceNode.Content, at mark: SourceNode.Mark, anchor: String?, since before: Int) throws(LeftToYams) -> SourceNode {
            let node = SourceNode(content: content, mark: mark)
            nodeCount += 1
            guard nodeCount <= maximumNodes else { throw LeftToYams() }
            if let anchor { anchors[anchor] = (node, nodeCount - before) }
            return node
        }

        /// A node that starts a line at `indent`, inside a collection indented `parentIndent`.
        mutating func blockNode(indent: Int, parentIndent: Int, anchor: Anchor?) throws(LeftToYams) -> SourceNode {
            guard indent > parentIndent else { throw LeftToYams() }
            if atEntry { return try sequence(indent: indent, anchor: anchor) }
            if startsKey { return try mapping(indent: indent, anchor: anchor) }
            return try inlineNode(ownerIndent: parentIndent, anchor: anchor)
        }

        /// Whether the line from here is a plain key: text up to a `:` before a blank.
        var startsKey: Bool {
            guard !isIndicator(at: position) else { return false }
            var index = position
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                if bytes[index] == UInt8(ascii: ":") && isBlankOrEnd(at: index + 1) { return true }
                if bytes[index] == UInt8(ascii: "#") && bytes[index - 1] == UInt8(ascii: " ") { return false }
                index += 1
            }
            return false
        }

        mutating func mapping(indent: Int, anchor: Anchor?) throws(LeftToYams) -> SourceNode {
            let start = anchor?.mark ?? mark
            let before = nodeCount
            var pairs: [(key: SourceNode, value: SourceNode)] = []
            var keys: Set<String> = []
            while true {
                let key = try plainKey()
                guard keys.insert(key.scalar?.string ?? "").inserted else { throw LeftToYams() }
                pairs.append((key, try value(ownerIndent: indent, listMayShareIndent: true)))
                guard let next = nextContentLine(), next >= indent else { break }
                guard next == indent, !atEntry, startsKey else { throw LeftToYams() }
            }
            return try made(.mapping(pairs), at: start, anchor: anchor?.name, since: before)
        }

        mutating func plainKey() throws(LeftToYams) -> SourceNode {
            let start = position
            let keyMark = mark
            while !(current == UInt8(ascii: ":") && isBlankOrEnd(at: position + 1)) { position += 1 }
            var end = position
            while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard end - start <= 1024 else { throw LeftToYams() }
            position += 1
            return try made(.scalar(.init(string: text(start..<end), style: .plain)), at: keyMark, anchor: nil, since: nodeCount)
        }

        /// What follows `key:` or `- `: on the same line, or on the lines below (a list may
        /// stand at its key's indentation).
        mutating func value(ownerIndent: Int, listMayShareIndent: Bool) throws(LeftToYams) -> SourceNode {
            skipSpaces()
            var anchor: Anchor?
            if current == UInt8(ascii: "&") {
                let anchorMark = mark
                position += 1
                anchor = (try name(), anchorMark)
                skipSpaces()
            }
            if atLineEnd || atComment {
                try finishLine()
                guard let indent = nextContentLine() else { throw LeftToYams() }
                if indent == ownerIndent && listMayShareIndent && atEntry {
                    return try sequence(indent: indent, anchor: anchor)
                }
                return try blockNode(indent: indent, parentIndent: ownerIndent, anchor: anchor)
            }
            return try inlineNode(ownerIndent: ownerIndent, anchor: anchor)
        }

        /// An anchor's or alias's name: letters, digits, `_` and `-`, then a blank.
        mutating func name() throws(LeftToYams) -> String {
            let start = position
            while (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(current | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current)
                || current == UInt8(ascii: "_") || current == UInt8(ascii: "-") {
                position += 1
            }
            guard position > start, isBlankOrEnd(at: position) else { throw LeftToYams() }
            return text(start..<position)
        }

        /// A node that starts here, after `key:` or `- ` or at the start of its line, and
        /// the rest of its last line.
        mutating func inlineNode(ownerIndent: Int, anchor: Anchor?) throws(LeftToYams) -> SourceNode {
            if current == UInt8(ascii: "|") {
                let start = anchor?.mark ?? mark
                let before = nodeCount
                let text = try literal(ownerIndent: ownerIndent)
                return try made(.scalar(.init(string: text, style: .literal)), at: start, anchor: anchor?.name, since: before)
            }
            let node = try lineNode(ownerIndent: ownerIndent, anchor: anchor)
            try finishLine()
            return node
        }

        /// A node that ends on a line that may hold a comment after it.
        mutating func lineNode(ownerIndent: Int, anchor: Anchor?) throws(LeftToYams) -> SourceNode {
            let start = anchor?.mark ?? mark
            let before = nodeCount
            switch current {
            case UInt8(ascii: "*"):
                guard anchor == nil else { throw LeftToYams() }
                position += 1
                guard let aliased = anchors[try name()] else { throw LeftToYams() }
                nodeCount += aliased.size
                guard nodeCount <= maximumNodes else { throw LeftToYams() }
                return aliased.node
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let style: SourceNode.Scalar.Style = current == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
                let text = try quoted(ownerIndent: ownerIndent)
                return try made(.scalar(.init(string: text, style: style)), at: start, anchor: anchor?.name, since: before)
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                return try flowCollection(at: start, anchor: anchor?.name)
            default:
                guard !isIndicator(at: position) else { throw LeftToYams() }
                let text = try plain(ownerIndent: ownerIndent)
                return try made(.scalar(.init(string: text, style: .plain)), at: start, anchor: anchor?.name, since: before)
            }
        }

        mutating func sequence(indent: Int, anchor: Anchor?) throws(LeftToYams) -> SourceNode {
            let start = anchor?.mark ?? mark
            let before = nodeCount
            var items: [SourceNode] = []
            while true {
                position += 1
                skipSpaces()
                guard !atLineEnd, !atComment, !atEntry else { throw LeftToYams() }
                if startsKey {
                    items.append(try mapping(indent: position - lineStart, anchor: nil))
                } else {
                    items.append(try value(ownerIndent: indent, listMayShareIndent: false))
                }
                guard let next = nextContentLine(), next >= indent else { break }
                guard next == indent else { throw LeftToYams() }
                guard atEntry else { break }
            }
            return try made(.sequence(items), at: start, anchor: anchor?.name, since: before)
        }

        /// `[a, b]` or `{k: v}` of scalars, on one line.
        mutating func flowCollection(at start: SourceNode.Mark, anchor: String?) throws(LeftToYams) -> SourceNode {
            let before = nodeCount
            let isSequence = current == UInt8(ascii: "[")
            let closing = isSequence ? UInt8(ascii: "]") : UInt8(ascii: "}")
            position += 1
            var items: [SourceNode] = []
            var pairs: [(key: SourceNode, value: SourceNode)] = []
            var keys: Set<String> = []
            skipSpaces()
            while current != closing {
                if isSequence {
                    items.append(try flowScalar(isKey: false))
                } else {
                    let key = try flowScalar(isKey: true)
                    guard current == UInt8(ascii: ":"), keys.insert(key.scalar?.string ?? "").inserted else { throw LeftToYams() }
                    position += 1
                    skipSpaces()
                    pairs.append((key, try flowScalar(isKey: false)))
                }
                skipSpaces()
                if current == UInt8(ascii: ",") {
                    position += 1
                    skipSpaces()
                    guard current != closing else { throw LeftToYams() }
                } else {
                    guard current == closing else { throw LeftToYams() }
                }
            }
            position += 1
            return try made(isSequence ? .sequence(items) : .mapping(pairs), at: start, anchor: anchor, since: before)
        }

        /// A quoted or plain scalar inside `[]` or `{}`; a key is plain and ends at `: `.
        mutating func flowScalar(isKey: Bool) throws(LeftToYams) -> SourceNode {
            let start = mark
            let before = nodeCount
            if !isKey && (current == UInt8(ascii: "\"") || current == UInt8(ascii: "'")) {
                let style: SourceNode.Scalar.Style = current == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
                let startLine = line
                let text = try quoted(ownerIndent: Int.max - 1)
                guard line == startLine else { throw LeftToYams() }
                return try made(.scalar(.init(string: text, style: style)), at: start, anchor: nil, since: before)
            }
            guard !isIndicator(at: position), current != UInt8(ascii: ":"), current != UInt8(ascii: "?") else { throw LeftToYams() }
            let from = position
            while current != UInt8(ascii: ","), current != UInt8(ascii: "]"), current != UInt8(ascii: "}") {
                if current == UInt8(ascii: ":") && isBlankOrEnd(at: position + 1) {
                    guard isKey else { throw LeftToYams() }
                    break
                }
                guard !atLineEnd, !atComment, !isFlowIndicator(current),
                      !(current == UInt8(ascii: ":") && (isFlowIndicator(byte(at: position + 1)) || byte(at: position + 1) == UInt8(ascii: "?")))
                else { throw LeftToYams() }
                position += 1
            }
            var end = position
            while end > from, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard end > from else { throw LeftToYams() }
            return try made(.scalar(.init(string: text(from..<end), style: .plain)), at: start, anchor: nil, since: before)
        }

        // MARK: Scalars

        /// Plain text, over as many lines as are indented past its owner: lines join with a
        /// space, and each empty line between them gives a line break.
        mutating func plain(ownerIndent: Int) throws(LeftToYams) -> String {
            var firstLine = position..<position
            // The lines joined, once a second one comes; most text is one line.
            var joined: [UInt8] = []
            var lineCount = 0
            while true {
                let start = position
                while position < bytes.count {
                    if position + 8 <= bytes.count {
                        let word = ByteWord.load(bytes, at: position)
                        if !ByteWord.contains(UInt8(ascii: "\n"), in: word) && !ByteWord.contains(UInt8(ascii: "#"), in: word)
                            && !ByteWord.contains(UInt8(ascii: ":"), in: word) {
                            position += 8
                            continue
                        }
                    }
                    let byte = bytes[position]
                    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") && atComment { break }
                    if byte == UInt8(ascii: ":") && isBlankOrEnd(at: position + 1) { throw LeftToYams() }
                    position += 1
                }
                var end = position
                while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                if lineCount == 0 { firstLine = start..<end } else { joined += bytes[start..<end] }
                lineCount += 1
                if atComment { break }
                let lineEnd = (position, line, lineStart)
                var breaks = 0
                repeat {
                    nextLine()
                    skipSpaces()
                    breaks += 1
                } while !atEnd && current == UInt8(ascii: "\n")
                guard !atEnd, position - lineStart > ownerIndent, current != UInt8(ascii: "#") else {
                    (position, line, lineStart) = lineEnd
                    break
                }
                guard !isIndicator(at: position) else { throw LeftToYams() }
                if lineCount == 1 { joined += bytes[firstLine] }
                if breaks == 1 {
                    joined.append(UInt8(ascii: " "))
                } else {
                    joined.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks - 1))
                }
            }
            return lineCount == 1 ? text(firstLine) : String(decoding: joined, as: UTF8.self)
        }

        /// Single- or double-quoted text. Line breaks fold as in plain text, without the
        /// blanks around them; in double quotes `\` escapes, and an escaped line break joins
        /// the lines without a space.
        mutating func quoted(ownerIndent: Int) throws(LeftToYams) -> String {
            let quote = current
            let isDouble = quote == UInt8(ascii: "\"")
            position += 1
            var result: [UInt8] = []
            while true {
                guard !atEnd else { throw LeftToYams() }
                switch current {
                case quote where !isDouble && byte(at: position + 1) == quote:
                    result.append(quote)
                    position += 2
                case quote:
                    position += 1
                    return String(decoding: result, as: UTF8.self)
                case UInt8(ascii: "\\") where isDouble && byte(at: position + 1) == UInt8(ascii: "\n"):
                    position += 1
                    let breaks = try foldBreaks(ownerIndent: ownerIndent)
                    result += Array(repeating: UInt8(ascii: "\n"), count: breaks - 1)
                case UInt8(ascii: "\\") where isDouble:
                    try escape(into: &result)
                case UInt8(ascii: " "):
                    let start = position
                    skipSpaces()
                    if !atLineEnd { result += bytes[start..<position] }
                case UInt8(ascii: "\n"):
                    let breaks = try foldBreaks(ownerIndent: ownerIndent)
                    result += breaks == 1 ? [UInt8(ascii: " ")] : Array(repeating: UInt8(ascii: "\n"), count: breaks - 1)
                default:
                    result.append(current)
                    position += 1
                }
            }
        }

        /// From a line break inside quotes past empty lines and the next line's indentation,
        /// which must be past the owner's; gives how many breaks there were.
        mutating func foldBreaks(ownerIndent: Int) throws(LeftToYams) -> Int {
            var breaks = 0
            while current == UInt8(ascii: "\n") {
                breaks += 1
                nextLine()
                skipSpaces()
            }
            guard !atEnd, position - lineStart > ownerIndent else { throw LeftToYams() }
            return breaks
        }

        static let escapes: [UInt8: UInt32] = [
            UInt8(ascii: "0"): 0, UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "t"): 9,
            UInt8(ascii: "n"): 10, UInt8(ascii: "v"): 11, UInt8(ascii: "f"): 12, UInt8(ascii: "r"): 13,
            UInt8(ascii: "e"): 27, UInt8(ascii: " "): 32, UInt8(ascii: "\""): 34, UInt8(ascii: "/"): 47,
            UInt8(ascii: "\\"): 92, UInt8(ascii: "N"): 0x85, UInt8(ascii: "_"): 0xA0, UInt8(ascii: "L"): 0x2028,
            UInt8(ascii: "P"): 0x2029,
        ]

        static let hexDigitCounts: [UInt8: Int] = [UInt8(ascii: "x"): 2, UInt8(ascii: "u"): 4, UInt8(ascii: "U"): 8]

        mutating func escape(into result: inout [UInt8]) throws(LeftToYams) {
            let code = byte(at: position + 1)
            position += 2
            var value: UInt32 = 0
            if let known = Self.escapes[code] {
                value = known
            } else {
                guard let digits = Self.hexDigitCounts[code], position + digits <= bytes.count else { throw LeftToYams() }
                for _ in 0..<digits {
                    guard let digit = hexValue(current) else { throw LeftToYams() }
                    value = value << 4 | digit
                    position += 1
                }
            }
            guard let scalar = Unicode.Scalar(value) else { throw LeftToYams() }
            result += Array(String(Character(scalar)).utf8)
        }

        func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        /// A `|` block: its lines as written, less their common indentation (that of the
        /// first line with text, which must be past the owner's and the first column), each ending in a line
        /// break; `|-` drops the last break and `|+` keeps the empty lines after the text.
        mutating func literal(ownerIndent: Int) throws(LeftToYams) -> String {
            position += 1
            let chomp = current
            if chomp == UInt8(ascii: "-") || chomp == UInt8(ascii: "+") { position += 1 }
            guard isBlankOrEnd(at: position) else { throw LeftToYams() }
            try finishLine()
            let indent = try literalIndent()
            guard indent > ownerIndent, indent >= 1 else { throw LeftToYams() }
            var result: [UInt8] = []
            var hasText = false
            var lastTextEndsLine = false
            var pendingBreaks = 0
            while !atEnd {
                skipSpaces()
                let spaces = position - lineStart
                if atLineEnd && spaces <= indent {
                    pendingBreaks += 1
                } else {
                    if spaces < indent { break }
                    if hasText { result.append(UInt8(ascii: "\n")) }
                    result += Array(repeating: UInt8(ascii: "\n"), count: pendingBreaks)
                    pendingBreaks = 0
                    hasText = true
                    skipToLineEnd()
                    result += bytes[(lineStart + indent)..<position]
                    lastTextEndsLine = !atEnd
                }
                nextLine()
            }
            position = lineStart
            if chomp != UInt8(ascii: "-") && lastTextEndsLine { result.append(UInt8(ascii: "\n")) }
            if chomp == UInt8(ascii: "+") { result += Array(repeating: UInt8(ascii: "\n"), count: pendingBreaks) }
            return String(decoding: result, as: UTF8.self)
        }

        /// The indentation of a literal's first line with text; empty lines before it may
        /// not be indented further. Leaves the position where it was.
        func literalIndent() throws(LeftToYams) -> Int {
            var index = lineStart
            var widestEmpty = 0
            while index < bytes.count {
                var spaces = 0
                while byte(at: index + spaces) == UInt8(ascii: " ") { spaces += 1 }
                if index + spaces < bytes.count && bytes[index + spaces] != UInt8(ascii: "\n") {
                    guard widestEmpty <= spaces else { throw LeftToYams() }
                    return spaces
                }
                widestEmpty = max(widestEmpty, spaces)
                index += spaces + 1
            }
            throw LeftToYams()
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// Whether plain text cannot start here: an indicator, except `-`, `?` and `:`
        /// before a non-blank.
        func isIndicator(at index: Int) -> Bool {
            let byte = self.byte(at: index)
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":") {
                return isBlankOrEnd(at: index + 1)
            }
            return isPlainIndicator(byte) || isFlowIndicator(byte)
        }

        /// Indicators that never start plain text (`-`, `?`, `:` and the flow ones aside).
        func isPlainIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                 UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "`"):
                true
            default:
                false
            }
        }

        func isFlowIndicator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
                || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
        }
    }
}
