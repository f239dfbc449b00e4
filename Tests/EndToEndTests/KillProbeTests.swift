import Foundation
import Testing

/// kill -9 at random moments: every answer the screen had taken before the kill is in the
/// history afterwards. An answer counts as taken once the screen moved past it (saving
/// happens before the next frame is drawn); keys still in flight at the kill may be lost.
@Suite struct KillProbeTests {
    @Test(.timeLimit(.minutes(10)))
    func killDuringAnExamLosesNoTakenAnswer() throws {
        let trials = Probe.trials(standard: 4)
        var lost = 0, takenInAll = 0
        for _ in 0..<trials {
            let directory = Probe.dataDirectory()
            let session = try TmuxSession(["exam", "--count", "12", "--lang", "en", "--data-dir", directory])
            try session.waitFor("Press Enter to start.")
            try session.send("Enter")
            try session.waitFor("Q 1/12")
            let taken = Int.random(in: 0...5)
            takenInAll += taken
            for question in 0..<taken {
                try session.send(String(Int.random(in: 1...4)), "n")
                try session.waitFor("Q \(question + 2)/12")
            }
            for _ in 0..<Int.random(in: 0...4) { try session.send(String(Int.random(in: 1...4)), "n") }
            Probe.randomPause(upTo: 0.3)
            try Probe.killHard(try session.gamePID())
            let saved = try Probe.pickedQuestions(directory).values.first ?? 0
            lost += max(0, taken - saved)
            let listing = try Probe.run(["exams", "--lang", "en", "--data-dir", directory])
            #expect(listing.output.contains("in progress"), "\(listing.output)\(listing.errors)")
            #expect(!listing.output.contains("open in another window"), "a killed window holds no exam")
        }
        print("probe: kill -9 in exams: \(trials) trials, \(takenInAll) answers taken, \(lost) lost")
        #expect(lost == 0)
    }

    @Test(.timeLimit(.minutes(10)))
    func killDuringADrillLosesNoTakenAnswer() throws {
        let trials = Probe.trials(standard: 4)
        var lost = 0, takenInAll = 0
        for trial in 0..<trials {
            let directory = Probe.dataDirectory()
            let seed = UInt64(1000 + trial)
            let drill = Probe.drill(count: 12, seed: seed)
            try #require(drill.count == 12)
            let session = try TmuxSession(["drill", "--count", "12", "--seed", "\(seed)", "--lang", "en", "--data-dir", directory])
            try session.waitFor("Q 1/12", "Enter submit")
            let taken = Int.random(in: 0...5)
            takenInAll += taken
            for question in 0..<taken {
                for key in Probe.answerKeys(drill[question]) { try session.send(key) }
                try session.send("Enter")
                try session.waitFor("Q \(question + 1)/12", "Enter next")
                try session.send("Enter")
            }
            for question in taken..<min(12, taken + Int.random(in: 0...3)) {
                for key in Probe.answerKeys(drill[question]) { try session.send(key) }
                try session.send("Enter", "Enter")
            }
            Probe.randomPause(upTo: 0.3)
            try Probe.killHard(try session.gamePID())
            lost += max(0, taken - (try Probe.savedAnswers(directory)))
        }
        print("probe: kill -9 in drills: \(trials) trials, \(takenInAll) answers taken, \(lost) lost")
        #expect(lost == 0)
    }
}
