import QuizEngine

/// The exam's review screen, as in the real exam: every question as a cell, filtered to all,
/// the incomplete ones or the flagged ones; a typed number and Enter jump to that question.
public struct ExamOverview: Sendable, Hashable {
    public enum Filter: Sendable, Hashable, CaseIterable {
        case all
        /// Not answered: nothing chosen, or fewer picks than the question asks for.
        case incomplete
        case flagged
    }

    /// What a key asks of the exam around the overview.
    enum Outcome: Equatable {
        case stay
        case open(Int)
        case submit
        case back
    }

    public internal(set) var filter = Filter.all
    /// Position in the filtered questions, not a question number.
    public internal(set) var cursor: Int
    /// Digits typed towards a question number, until Enter.
    public internal(set) var typed = ""
    /// A sentence about the last key, such as a number out of range.
    public internal(set) var notice: LocalizedText?

    /// Longest number typed: enough for the largest exam a preset allows.
    static let maximumDigits = String(ExamPreset.maximumQuestionCount).count

    /// Opens on the question being answered.
    init(session: ExamSession) {
        cursor = session.index
    }

    /// Question indices the filter shows, in order.
    func shown(_ session: ExamSession) -> [Int] {
        switch filter {
        case .all: Array(session.items.indices)
        case .incomplete: session.items.indices.filter { !session.isAnswered($0) }
        case .flagged: session.items.indices.filter { session.flagged.contains($0) }
        }
    }

    mutating func handle(_ key: Key, session: ExamSession, columns: Int) -> Outcome {
        let shown = shown(session)
        let last = max(0, shown.count - 1)
        notice = nil
        switch ScreenKeys.overview.action(for: key) {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(last, cursor + 1)
        case .up: cursor = max(0, cursor - columns)
        case .down: cursor = min(last, cursor + columns)
        case .digit:
            guard case .character(let digit) = key, typed.count < Self.maximumDigits else { return .stay }
            typed.append(digit)
        case .erase:
            typed = String(typed.dropLast())
        case .open:
            guard !typed.isEmpty else { return shown.indices.contains(cursor) ? .open(shown[cursor]) : .stay }
            let number = Int(typed) ?? 0
            typed = ""
            guard session.items.indices.contains(number - 1) else {
                notice = UIText.noSuchQuestion(number, count: session.items.count)
                return .stay
            }
            return .open(number - 1)
        case .filter(let filter):
            let current = shown.indices.contains(cursor) ? shown[cursor] : session.index
            self.filter = filter
            let now = self.shown(session)
            cursor = now.firstIndex { $0 >= current } ?? max(0, now.count - 1)
        case .submit: return .submit
        case .back: return .back
        case nil: break
        }
        return .stay
    }
}

/// This screen's key table: it drives the handler, the footer and the help.
extension ScreenKeys {
    enum Overview: Sendable, Equatable { case left, right, up, down, digit, erase, open, filter(ExamOverview.Filter), submit, back }

    /// The exam overview: every question as a cell.
    static let overview: [KeyBinding<Overview>] = [
        KeyBinding([.left, .character("h")], "←↑↓→", LocalizedText(ja: "移動", en: "move"), .optional, helpLabel: "← ↑ ↓ →, h k j l", action: .left),
        KeyBinding(pairedWith: [.right, .character("l")], action: .right),
        KeyBinding(pairedWith: CommonKeys.up, action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter, .space], "Enter", LocalizedText(ja: "その問題へ", en: "go to"), .essential, action: .open),
        KeyBinding(
            (0...9).map { Key.character(Character(String($0))) }, "0-9",
            LocalizedText(ja: "番号を入力して Enter で移動", en: "type a number, Enter to jump"), .optional, action: .digit
        ),
        KeyBinding([.backspace], "Backspace", LocalizedText(ja: "番号を一字消す", en: "erase a digit"), helpOnly: true, action: .erase),
        KeyBinding([.character("a")], "a", LocalizedText(ja: "すべて", en: "all"), .useful, action: .filter(.all)),
        KeyBinding([.character("i")], "i", LocalizedText(ja: "未完了", en: "incomplete"), .useful, action: .filter(.incomplete)),
        KeyBinding([.character("f")], "f", LocalizedText(ja: "フラグ", en: "flagged"), .useful, action: .filter(.flagged)),
        KeyBinding([.character("s")], "s", LocalizedText(ja: "提出", en: "submit"), .essential, action: .submit),
        KeyBinding([.character("v")] + CommonKeys.back, "q", backText, .essential, helpLabel: "v, q, Esc", action: .back),
    ]
}

/// The overview drawn: counts, legend, the filter, then the cells.
enum ExamOverviewScreen {
    static let cellWidth = 7

    static func columns(width: Int) -> Int { max(1, width / cellWidth) }

    /// The counts and the legend, wrapped whole, the filter and any typed number, then the
    /// cells; `focus` is the row of the cell under the cursor.
    static func lines(
        _ session: ExamSession, overview: ExamOverview, language: Language, width: Int
    ) -> (lines: [StyledLine], focus: Range<Int>) {
        var lines: [StyledLine] = [[]]
        let answered = session.answeredCount, incomplete = session.incompleteCount
        let summary = UIText.overviewSummary(
            answered: answered, incomplete: incomplete, unanswered: session.items.count - answered - incomplete,
            flagged: session.flagged.count
        )
        lines += LineBuilder.packed(summary.map { $0[language] }, width: width, separator: " · ").map { [Span($0, CellStyle(bold: true))] }
        lines += LineBuilder.packed(UIText.overviewLegend.map { $0[language] }, width: width).map { [Span($0, CellStyle(dim: true))] }
        let shown = overview.shown(session)
        lines += LineBuilder.wrapped(
            UIText.overviewFilter(overview.filter, count: shown.count)[language], width: width, style: CellStyle(bold: true, color: .cyan)
        )
        if !overview.typed.isEmpty {
            lines.append([Span(UIText.goToQuestion(overview.typed)[language], CellStyle(bold: true, reverse: true))])
        }
        if let notice = overview.notice {
            lines += LineBuilder.wrapped(notice[language], width: width, style: CellStyle(bold: true, color: .yellow))
        }
        lines.append([])
        if shown.isEmpty {
            lines.append([Span(UIText.noneInList[language], CellStyle(dim: true))])
        }
        let perRow = columns(width: width)
        let focusRow = lines.count + overview.cursor / perRow
        for rowStart in stride(from: 0, to: shown.count, by: perRow) {
            var row: StyledLine = []
            for (position, index) in shown.enumerated().dropFirst(rowStart).prefix(perRow) {
                let underCursor = position == overview.cursor
                let isAnswered = session.isAnswered(index)
                let mark = isAnswered ? "●" : session.isIncomplete(index) ? "◐" : "○"
                let number = String(index + 1).leftPadded(to: 3)
                let flag = session.flagged.contains(index) ? "⚑" : " "
                let style = CellStyle(
                    bold: underCursor, reverse: underCursor, dim: !isAnswered && !underCursor,
                    color: session.flagged.contains(index) ? .yellow : nil
                )
                row.append(Span("\(mark)\(number)\(flag)", style))
                row.append(Span("  "))
            }
            lines.append(row)
        }
        return (lines, focusRow..<(focusRow + 1))
    }
}
