import QuizEngine

/// Reads typed fields out of a YAML node tree, recording a located diagnostic for every
/// field that is missing, mistyped or unknown instead of stopping at the first.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Links already found well formed in this file: a file names the same few pages again
    /// and again, and parsing a URL is slow.
    var wellFormedLinks: Set<String> = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, at node: SourceNode?) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    func warning(_ message: String, at node: SourceNode?) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(
            file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message, severity: .warning
        ))
    }

    func appendDiagnostic(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// The mapping's value nodes by key; reports keys that are not in `allowed` (with a
    /// suggestion for near misses) and keys given twice. `what` (like every description
    /// here) is worded only for a diagnostic: most fields have none.
    func fields(of node: SourceNode, named what: @autoclosure () -> String, allowed: [String]) -> Fields? {
        guard let mapping = node.mapping else {
            error("\(what()) must be a mapping of fields", at: node)
            return nil
        }
        var result = Fields()
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("field names in \(what()) must be plain text", at: keyNode)
                continue
            }
            if result[key] != nil {
                error("field '\(key)' is given twice in \(what())", at: keyNode)
            } else if !allowed.contains(key) {
                let hint = Self.nearest(key, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                error("unknown field '\(key)' in \(what())\(hint)", at: keyNode)
            } else {
                result.add(key, value)
            }
        }
        return result
    }

    func requiredNode(_ key: String, in fields: Fields, of what: @autoclosure () -> String, at parent: SourceNode) -> SourceNode? {
        guard let node = fields[key] else {
            error("missing field '\(key)' in \(what())", at: parent)
            return nil
        }
        return node
    }

    func string(_ key: String, in fields: Fields, of what: @autoclosure () -> String, at parent: SourceNode) -> String? {
        guard let node = requiredNode(key, in: fields, of: what(), at: parent) else { return nil }
        return text(node, what: "'\(key)' in \(what())")
    }

    /// Longest text a field may hold; real stems are under a thousand characters.
    static let maximumTextLength = 2000

    func text(_ node: SourceNode, what: @autoclosure () -> String, maximumLength: Int = maximumTextLength) -> String? {
        guard let scalar = node.scalar, !Self.isPlainNull(scalar) else {
            error("\(what()) must be text", at: node)
            return nil
        }
        let value = Self.trimmed(scalar.string)
        if value.isEmpty {
            error("\(what()) is empty", at: node)
            return nil
        }
        if VisibleText.hasControlCharacters(value) {
            error("\(what()) holds a control character or terminal escape sequence", at: node)
            return nil
        }
        if value.utf8.count > maximumLength, value.count > maximumLength {
            error("\(what()) is \(value.count) characters long; at most \(maximumLength) fit a question", at: node)
            return nil
        }
        return value
    }

    /// A `{ja: ..., en: ...}` map; both languages are required.
    func localized(
        _ key: String, in fields: Fields, of what: @autoclosure () -> String, at parent: SourceNode,
        maximumLength: Int = maximumTextLength
    ) -> LocalizedText? {
        func label() -> String { "'\(key)' of \(what())" }
        guard let node = requiredNode(key, in: fields, of: what(), at: parent),
              let languages = self.fields(of: node, named: label(), allowed: ["ja", "en"])
        else { return nil }
        let ja = requiredNode("ja", in: languages, of: label(), at: node).flatMap {
            text($0, what: "'ja' in \(label())", maximumLength: maximumLength)
        }
        let en = requiredNode("en", in: languages, of: label(), at: node).flatMap {
            text($0, what: "'en' in \(label())", maximumLength: maximumLength)
        }
        guard let ja, let en else { return nil }
        return LocalizedText(ja: ja, en: en)
    }

    func sequence(_ key: String, in fields: Fields, of what: @autoclosure () -> String, at parent: SourceNode) -> [SourceNode]? {
        guard let node = requiredNode(key, in: fields, of: what(), at: parent) else { return nil }
        guard let sequence = node.sequence else {
            error("'\(key)' in \(what()) must be a list", at: node)
            return nil
        }
        return sequence
    }

    /// Without surrounding white space; native, since Foundation's trimming bridges through
    /// NSString and was a fifth of load time.
    private static func trimmed(_ text: String) -> String {
        // Most texts start with no blank and end in printable ASCII, kana, kanji or CJK
        // punctuation, which no combining mark follows: no need to find the first and last
        // characters (grapheme clusters), which costs far more.
        if let first = text.unicodeScalars.first, !isWhitespace(first), let last = text.unicodeScalars.last,
           endsCharacterAlone(last) {
            return text
        }
        guard let first = text.first, let last = text.last, first.isWhitespace || last.isWhitespace else { return text }
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
              let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }

    /// Printable ASCII but space, and kana, kanji, CJK and fullwidth punctuation but the
    /// combining marks among them (U+302A...U+302F, U+3099, U+309A): a text that ends in one
    /// ends in a character that is not white space.
    private static func endsCharacterAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3001...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xFF01...0xFF60: true
        default: false
        }
    }

    /// Unicode's white space, whose last character is U+3000: kana, kanji and most other
    /// text need no lookup in Unicode's tables.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.value <= 0x3000 && scalar.properties.isWhitespace
    }

    /// A plain `~`, `null` or nothing: checked by hand because resolving tags runs a
    /// regular expression per scalar, which dominated load time.
    private static func isPlainNull(_ scalar: SourceNode.Scalar) -> Bool {
        scalar.style == .plain && scalar.string.utf8.count <= 4 && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func integer(_ node: SourceNode, what: @autoclosure () -> String) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = Int(scalar.string) else {
            error("\(what()) must be a whole number", at: node)
            return nil
        }
        return value
    }

    func boolean(_ node: SourceNode, what: @autoclosure () -> String) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = ["true": true, "false": false][scalar.string] else {
            error("\(what()) must be true or false", at: node)
            return nil
        }
        return value
    }

    private static func nearest(_ key: String, in allowed: [String]) -> String? {
        allowed
            .map { ($0, editDistance(key.lowercased(), $0)) }
            .filter { $0.1 <= max(1, $0.0.count / 3) }
            .min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs), right = Array(rhs)
        var previous = Array(0...right.count)
        for (i, leftChar) in left.enumerated() {
            var current = [i + 1]
            for (j, rightChar) in right.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (leftChar == rightChar ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }
}

extension NodeReader {
    func diagnosticAt(line: Int, column: Int, _ message: String) {
        appendDiagnostic(Diagnostic(file: file, line: line, column: column, message: message))
    }
}
