import Foundation
import QuizEngine
import StudyHistory
import Testing

/// Two windows on one data directory: both answering at once, and two exams at once.
@Suite struct TwoWindowTests {
    @Test(.timeLimit(.minutes(5)))
    func twoDrillsAnsweringAtOnceKeepEveryAnswer() throws {
        let directory = Probe.dataDirectory()
        let count = 15
        let taken = SharedCounter()
        DispatchQueue.concurrentPerform(iterations: 2) { window in
            do {
                let seed = UInt64(40 + window)
                let drill = Probe.drill(count: count, seed: seed)
                let session = try TmuxSession(["drill", "--count", "\(count)", "--seed", "\(seed)", "--lang", "en", "--data-dir", directory])
                try session.waitFor("Q 1/\(count)", "Enter submit")
                for question in 0..<count {
                    for key in Probe.answerKeys(drill[question]) { try session.send(key) }
                    try session.send("Enter")
                    try session.waitFor("Q \(question + 1)/\(count)", "Enter next")
                    taken.add(1)
                    try session.send("Enter")
                }
                try session.waitFor("Drill results")
            } catch {
                Issue.record("window \(window): \(error)")
            }
        }
        let saved = try Probe.savedAnswers(directory)
        print("probe: two drills at once: \(taken.value) answers taken, \(saved) saved")
        #expect(taken.value == 2 * count)
        #expect(saved == taken.value)
    }

    @Test(.timeLimit(.minutes(5)))
    func twoExamsAtOnceAreBothKeptAndNeitherFiledTwice() throws {
        let directory = Probe.dataDirectory()
        let first = try TmuxSession(["exam", "--preset", "sap", "--count", "4", "--lang", "en", "--data-dir", directory])
        try first.waitFor("Press Enter to start.")
        try first.send("Enter")
        try first.waitFor("Q 1/4")
        try first.send("1", "n", "2", "n")
        try first.waitFor("Q 3/4")

        let second = try TmuxSession(["--lang", "en", "--data-dir", directory])
        try second.waitFor("Exams in progress", "— open in")
        try second.send("Enter")
        try second.waitFor("This exam is open in another awsquiz window")
        try second.send("q")
        try second.waitFor("Resume exam SAP-C02", "— open in")
        try second.send("j", "j", "Enter")
        try second.waitFor("Practice exam SAA-C03", "Press Enter to start.")
        try second.send("Enter")
        try second.waitFor("Q 1/65")
        try second.send("3", "n", "3", "n", "3")
        try second.waitFor("Q 3/65")
        try first.send("3", "n")
        try first.waitFor("Q 4/4")

        try first.send("q", "y")
        try first.waitFor("EXIT=0")
        try second.send("v", "s", "y")
        try second.waitFor("Exam results")
        try second.send("q")
        let menu = try second.waitFor("Resume exam SAP-C02 (")
        #expect(!menu.contains("— open in"), "the first window let its exam go")
        let counts = try #require(menu.firstMatch(of: /\((\d)\/4 answered(, (\d) incomplete)?/))
        #expect((Int(counts.1) ?? 0) + (counts.3.flatMap { Int($0) } ?? 0) == 3)
        try second.send("q")
        try second.waitFor("EXIT=0")

        let history = try StudyHistory(directory: directory)
        let exams = try history.allExams().value
        #expect(exams.count == 2)
        let sap = try #require(exams.first { $0.snapshot.preset.exam == .sap })
        let saa = try #require(exams.first { $0.snapshot.preset.exam == .saa })
        #expect(sap.status == .inProgress)
        #expect(sap.snapshot.answers.filter { !$0.isEmpty }.count == 3)
        #expect(saa.status == .submitted)
        #expect(saa.score?.total == 65)
        #expect(try history.log().value.answers.count == 65, "the submitted exam's answers, once")
        print("probe: two exams at once: \(exams.count) kept, \(try history.log().value.exams.count) filed once")
    }
}

extension TwoWindowTests {
    @Test(.timeLimit(.minutes(2)))
    func anotherWindowsAnswersReachTheMenuWhenItIsShownAgain() throws {
        let directory = Probe.dataDirectory()
        let menu = try TmuxSession(["--lang", "en", "--data-dir", directory])
        let before = try menu.waitFor("Mastery by domain", "Security")
        #expect(Self.domainTotals(before) == 0)
        let drill = Probe.drill(count: 2, seed: 5)
        let other = try TmuxSession(["drill", "--count", "2", "--seed", "5", "--lang", "en", "--data-dir", directory])
        try other.waitFor("Q 1/2", "Enter submit")
        for question in 0..<2 {
            for key in Probe.answerKeys(drill[question]) { try other.send(key) }
            try other.send("Enter")
            try other.waitFor("Q \(question + 1)/2", "Enter next")
            try other.send("Enter")
        }
        try other.waitFor("Drill results")
        try menu.moveCursor(to: "Stats")
        try menu.send("Enter")
        try menu.waitFor("Stats", "Readiness")
        try menu.send("q")
        var after = ""
        for _ in 0..<40 {
            after = try menu.screen()
            if after.contains("Mastery by domain") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(Self.domainTotals(after) == 2, "the menu counts both answers of the other window:\n\(after)")
    }

    /// The answers the menu's mastery rows add up to ("  3/5  60%").
    static func domainTotals(_ screen: String) -> Int {
        let rows = screen.split(separator: "\n").drop { !$0.contains("Mastery by domain") }.dropFirst()
        return rows.compactMap { row in row.firstMatch(of: /(\d+)\/(\d+)\s+\d+%/).flatMap { Int($0.2) } }.reduce(0, +)
    }
}

/// A counter the two windows' threads share.
final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ amount: Int) { lock.withLock { count += amount } }
}
