/// A run of text in one style.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of a screen's body, already wrapped to the body's width.
public typealias StyledLine = [Span]

/// Builders for body lines: wrapped paragraphs with hanging indents, padded columns, bars.
enum LineBuilder {
    /// Wraps `text` after a first-line `prefix`; later lines are indented by the prefix's width.
    /// A `suffix` (a marker such as "← your answer") is never split: it ends the last line
    /// when it fits there, else it takes a line of its own.
    static func wrapped(
        _ text: String, width: Int, style: CellStyle = .plain, prefix: [Span] = [], indent: Int? = nil, suffix: Span? = nil
    ) -> [StyledLine] {
        let prefixWidth = prefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let hanging = indent ?? prefixWidth
        let textWidth = max(1, width - max(prefixWidth, hanging))
        let lines = TextWrap.wrap(text, width: textWidth)
        let margin = String(repeating: " ", count: hanging)
        var result: [StyledLine] = lines.enumerated().map { index, line in
            index == 0 ? prefix + [Span(line, style)] : [Span(margin), Span(line, style)]
        }
        if let suffix {
            let gap = Span("  ")
            if let last = lines.last, DisplayWidth.of(last) + 2 + DisplayWidth.of(suffix.text) <= textWidth {
                result[result.count - 1] += [gap, suffix]
            } else {
                result.append([Span(margin), suffix])
            }
        }
        return result
    }

    /// Whole items on lines no wider than `width`, `separator` apart; an item wider than
    /// the width is cut with "…".
    static func packed(_ items: [String], width: Int, separator: String = "  ") -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items.map({ truncated($0, width: width) }) {
            if !line.isEmpty, DisplayWidth.of(line) + DisplayWidth.of(separator) + DisplayWidth.of(item) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : separator) + item
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The start of a text on one line of `width` columns, its paragraphs run together,
    /// ending with "…" when cut. Only as much of the text as can show is laid out, so a list
    /// of thousands of long stems costs what the first lines of each do.
    static func excerpt(_ text: String, width: Int) -> String {
        let head = text.prefix(max(0, width) * 2 + 8)
        let joined = TextWrap.paragraphs(String(head)).joined(separator: " ")
        return truncated(head.endIndex < text.endIndex ? joined + " …" : joined, width: width)
    }

    /// Cuts text to `width` columns, ending with "…" when it had to cut.
    static func truncated(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Truncates or pads with spaces to exactly `width` columns.
    static func padded(_ text: String, width: Int) -> String {
        let cut = truncated(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// A horizontal bar: filled cells for the share, light cells for the rest.
    static func bar(percent: Int, width: Int) -> (filled: String, empty: String) {
        let filled = max(0, min(width, (percent * width + 50) / 100))
        return (String(repeating: "█", count: filled), String(repeating: "░", count: width - filled))
    }
}

/// What one screen shows, before it is laid into a frame.
struct ScreenContent {
    var title: String
    var status = ""
    var body: [StyledLine]
    /// Lines that must be visible after a cursor move (the option under the cursor).
    var focus: Range<Int>?
}
