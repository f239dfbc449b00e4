import Foundation
import Testing
import QuizUI

/// Compares a rendered frame with a text snapshot beside the tests. Set
/// AWSQUIZ_RECORD_SNAPSHOTS=1 to re-record on purpose; a mismatch prints the differing lines.
enum ScreenSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assert(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        let actual = frame.lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["AWSQUIZ_RECORD_SNAPSHOTS"] == "1" {
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; run with AWSQUIZ_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
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
