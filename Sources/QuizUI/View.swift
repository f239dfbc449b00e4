import QuizEngine

extension AppModel {
    /// Columns the body text may use: one column of margin on each side.
    var bodyWidth: Int { max(1, size.columns - 2) }
    /// Rows between the header and the footer.
    var bodyHeight: Int { max(1, size.rows - 2) }

    /// The current screen's content, before it is laid into a frame.
    func content() -> ScreenContent {
        return page.screen.content(self, width: bodyWidth)
    }

    /// The largest scroll that still fills the body.
    func maximumScroll(for content: ScreenContent) -> Int {
        max(0, content.body.count - bodyHeight)
    }

    /// Draws the whole frame: header, the visible part of the body, footer.
    public func render() -> Frame {
        var frame = Frame(width: size.columns, height: size.rows)
        guard size.isLargeEnough else {
            let message = UIText.tooSmall(size)[language]
            for (row, line) in TextWrap.wrap(message, width: size.columns).prefix(size.rows).enumerated() {
                frame.put(line, row: row, column: 0, style: CellStyle(bold: true))
            }
            return frame
        }
        let content = content()
        let headerStyle = CellStyle(bold: true, reverse: true)
        frame.fill(row: 0, from: 0, to: size.columns, style: headerStyle)
        let statusWidth = DisplayWidth.of(content.status)
        let titleWidth = size.columns - 2 - (statusWidth > 0 ? statusWidth + 2 : 0)
        frame.put(" " + LineBuilder.truncated(content.title, width: titleWidth), row: 0, column: 0, style: headerStyle)
        frame.put(content.status, row: 0, column: size.columns - statusWidth - 1, style: headerStyle)
        let scroll = min(max(0, self.scroll), maximumScroll(for: content))
        for (offset, line) in content.body.dropFirst(scroll).prefix(bodyHeight).enumerated() {
            var column = 1
            for span in line {
                column = frame.put(span.text, row: 1 + offset, column: column, style: span.style, limit: size.columns - 1)
            }
        }
        let footerRow = size.rows - 1
        let more: String
        switch (scroll > 0, scroll < maximumScroll(for: content)) {
        case (true, true): more = UIText.scrollBoth[language]
        case (false, true): more = UIText.scrollBelow[language]
        case (true, false): more = UIText.scrollAbove[language]
        case (false, false): more = ""
        }
        let moreWidth = DisplayWidth.of(more)
        let screenKeys = screenKeys
        let shared = ScreenKeys.global.filter { !$0.keys.contains(where: screenKeys.keys.contains) }
        let hints = screenKeys.hints + shared.hints()
        // One column of margin each side, and two columns between the keys and the marker.
        let footerWidth = size.columns - 2 - (moreWidth > 0 ? moreWidth + 2 : 0)
        let footer = Footer.line(hints, language: language, width: footerWidth)
        frame.put(" " + footer, row: footerRow, column: 0, style: CellStyle(dim: true), limit: 1 + footerWidth)
        if !more.isEmpty {
            frame.put(more, row: footerRow, column: size.columns - moreWidth - 1, style: CellStyle(bold: true, color: .yellow))
        }
        return frame
    }
}

extension AppModel {
    /// The keys of what is on screen now and their hints, from the screen's key table.
    var screenKeys: KeyTable {
        return page.screen.keys(self)
    }
}
