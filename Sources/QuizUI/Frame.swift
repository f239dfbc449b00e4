import QuizEngine
/// Colours the UI uses; the terminal layer maps them to curses colour pairs.
public enum TextColor: Sendable, Hashable, CaseIterable {
    case green
    case red
    case yellow
    case cyan
}

/// How a cell is drawn. Colour is dropped under `--no-color`; emphasis never is.
public struct CellStyle: Sendable, Hashable {
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false
    /// Struck through, as an eliminated option; curses has no such attribute and draws it dim.
    public var strike = false
    public var color: TextColor?

    public init(
        bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false, strike: Bool = false,
        color: TextColor? = nil
    ) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
        self.strike = strike
        self.color = color
    }

    public static let plain = CellStyle()
}

/// One terminal cell. A wide character fills its cell and marks the next as its continuation.
public struct Cell: Sendable, Hashable {
    public var grapheme: Character
    public var style: CellStyle
    public var isContinuation: Bool

    public static let blank = Cell(grapheme: " ", style: .plain, isContinuation: false)
}

/// The whole screen as cells: what `view` draws into and what the terminal layer diffs.
public struct Frame: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes text from `column` and returns the column after it. Text past `limit` (or the
    /// right edge) is clipped; a wide character that would straddle the edge becomes a space.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var x = max(0, column)
        for character in VisibleText.sanitize(text) where character != "\n" {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if x + characterWidth > end {
                if x < end { setCell(row: row, column: x, Cell(grapheme: " ", style: style, isContinuation: false)) }
                return end
            }
            setCell(row: row, column: x, Cell(grapheme: character, style: style, isContinuation: false))
            if characterWidth == 2 {
                setCell(row: row, column: x + 1, Cell(grapheme: " ", style: style, isContinuation: true))
            }
            x += characterWidth
        }
        return x
    }

    /// Paints a style over a span of a row without changing its text (bars, highlights).
    public mutating func fill(row: Int, from column: Int, to end: Int, style: CellStyle) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(end, width) {
            cells[row * width + x].style = style
        }
    }

    private mutating func setCell(row: Int, column: Int, _ cell: Cell) {
        let index = row * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(grapheme: " ", style: cells[index - 1].style, isContinuation: false)
        }
        if !cell.isContinuation, column + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(grapheme: " ", style: cells[index + 1].style, isContinuation: false)
        }
        cells[index] = cell
    }

    /// Positions of the cells to write to turn `previous` into this frame: all of them
    /// after a resize, else those that differ (with the cell after a changed wide one).
    public func changedCells(since previous: Frame?) -> [(row: Int, column: Int)] {
        var changed: [(row: Int, column: Int)] = []
        let sameSize = previous?.width == width && previous?.height == height
        for row in 0..<height {
            for column in 0..<width where !self[row, column].isContinuation {
                if sameSize, let previous, previous[row, column] == self[row, column],
                   column + 1 >= width || previous[row, column + 1] == self[row, column + 1] {
                    continue
                }
                changed.append((row, column))
            }
        }
        return changed
    }

    /// The rows as plain text with trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[row, column].isContinuation {
                line.append(self[row, column].grapheme)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
