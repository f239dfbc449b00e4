import Foundation
import Testing
import QuizUI

/// Compares a rendered frame with a text snapshot beside the tests: the text, then a style
/// layer (the runs of bold, reverse, dim, underline, strike and colour per row), so a cursor or a
/// highlight shows in the file. AWSQUIZ_RECORD_SNAPSHOTS=1 re-records on purpose, and the
/// test fails so a recording run never passes by accident; a mismatch prints the differing lines.
enum ScreenSnapshot {
    static let styleMarker = "── styles (row: from-to style) ──"

    /// Runs of one non-plain style per row, as "row: from-to bold reverse cyan | …".
    static func styleLayer(_ frame: Frame) -> [String] {
        func name(_ style: CellStyle) -> String {
            var words: [String] = []
            if style.bold { words.append("bold") }
            if style.reverse { words.append("reverse") }
            if style.dim { words.append("dim") }
            if style.underline { words.append("underline") }
            if style.strike { words.append("strike") }
            if let color = style.color { words.append("\(color)") }
            return words.joined(separator: " ")
        }
        var rows: [String] = []
        for row in 0..<frame.height {
            var runs: [String] = []
            var column = 0
            while column < frame.width {
                let style = frame[row, column].style
                var end = column
                while end + 1 < frame.width, frame[row, end + 1].style == style { end += 1 }
                if style != .plain { runs.append("\(column)-\(end) \(name(style))") }
                column = end + 1
            }
            if !runs.isEmpty { rows.append("\(row): " + runs.joined(separator: " | ")) }
        }
        return rows
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assert(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        let actual = (frame.lines + [styleMarker] + styleLayer(frame)).joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["AWSQUIZ_RECORD_SNAPSHOTS"] == "1" {
            try Data(actual.utf8).write(to: file)
            Issue.record("recorded \(name).txt; run again without AWSQUIZ_RECORD_SNAPSHOTS to compare", sourceLocation: sourceLocation)
            return
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(!expected.isEmpty, "no snapshot \(name).txt; run with AWSQUIZ_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard expectedLines != actualLines else { return }
        var report = ["snapshot \(name) differs:"]
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<none>"
            let got = index < actualLines.count ? actualLines[index] : "<none>"
            if want != got { report += ["line \(index + 1):", "- \(want)", "+ \(got)"] }
        }
        Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
    }
}
