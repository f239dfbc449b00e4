/// The history's warnings as screen lines: a failed save (until a save works again) and
/// what happened to the file (set aside, skipped rows, saving off).
enum HistoryNotice {
    /// `before` puts the blank line above the warnings (for the end of a screen), else below.
    static func lines(_ model: AppModel, width: Int, before: Bool) -> [StyledLine] {
        let texts = [model.saveWarning, model.historyWarning].compactMap { $0?[model.language] }
        guard !texts.isEmpty else { return [] }
        var lines: [StyledLine] = before ? [[]] : []
        for (index, text) in texts.enumerated() {
            let style = CellStyle(bold: index == 0 && model.saveWarning != nil, color: .yellow)
            lines += LineBuilder.wrapped("⚠ " + text, width: width, style: style)
        }
        if !before { lines.append([]) }
        return lines
    }
}
