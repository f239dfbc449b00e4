import Foundation
import QuizEngine
import StudyHistory
import Testing

/// Submitting an exam on a nearly full disk, at several free-space levels: a small tmpfs
/// (so this needs root; it is skipped otherwise) filled up to the level after the answers
/// are in. Either the exam is filed with every answer, or it stays in progress with every
/// answer and the results screen says it was not saved; never anything in between.
@Suite(.serialized, .enabled(if: getuid() == 0, "mounting a small tmpfs needs root"))
struct DiskFullTests {
    static let levels = [0, 1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 128]

    @Test(.timeLimit(.minutes(5)))
    func submittingOnANearlyFullDiskLosesNothingAndSaysSo() throws {
        var lost = 0, unwarned = 0, failed = 0
        for kilobytes in Self.levels {
            let mount = Probe.dataDirectory()
            try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
            try #require(system("mount -t tmpfs -o size=2m tmpfs '\(mount)'") == 0)
            defer { _ = system("umount '\(mount)'") }
            let session = try TmuxSession(["exam", "--count", "6", "--lang", "en", "--data-dir", mount])
            try session.waitFor("Press Enter to start.")
            try session.send("Enter")
            try session.waitFor("Q 1/6")
            for question in 1...6 {
                try session.send("1", "n")
                if question < 6 { try session.waitFor("Q \(question + 1)/6") }
            }
            Thread.sleep(forTimeInterval: 0.3)
            let free = try #require(FileManager.default.attributesOfFileSystem(forPath: mount)[.systemFreeSize] as? NSNumber)
            let filler = mount + "/filler"
            FileManager.default.createFile(atPath: filler, contents: Data(count: max(0, free.intValue - kilobytes * 1024)))
            try session.send("v", "s", "y")
            let results = try session.waitFor("Exam results")
            let warned = results.contains("The exam result was not saved")
            try session.send("q", "q")
            try session.waitFor("EXIT=0")
            try FileManager.default.removeItem(atPath: filler)

            let history = try StudyHistory(directory: mount)
            let exam = try #require(try history.allExams().value.first)
            let filed = try history.log().value.answers.count
            switch exam.status {
            case .submitted:
                lost += 6 - filed
            case .inProgress:
                failed += 1
                lost += 6 - exam.snapshot.answers.filter { !$0.isEmpty }.count
                if !warned { unwarned += 1 }
                #expect(filed == 0, "an exam still in progress has no filed answers")
            case .abandoned:
                Issue.record("nothing discarded the exam")
            }
        }
        print("probe: disk full at submit: \(Self.levels.count) levels (\(Self.levels.map { "\($0)K" }.joined(separator: " ")) free), \(failed) failed submits, \(lost) answers lost, \(unwarned) unwarned failures")
        #expect(lost == 0)
        #expect(unwarned == 0)
    }
}
