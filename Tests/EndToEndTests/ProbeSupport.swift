import Foundation
import QuestionBank
import QuizEngine
import StudyHistory

/// What the reliability probes share: how many trials, a fresh data directory, the
/// shipped bank, and the keys that answer a drill question fully.
enum Probe {
    /// Trials per probe: AWSQUIZ_PROBE_TRIALS (the report runs 100), default `standard`.
    static func trials(standard: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["AWSQUIZ_PROBE_TRIALS"] ?? "") ?? standard
    }

    static func dataDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-probe-\(UUID().uuidString)").path
    }

    static let bank: Bank? = BankLoader.load(paths: [TmuxSession.questions]).bank

    /// The drill `drill --count N --seed S` shows, computed by the engine.
    static func drill(count: Int, seed: UInt64) -> [PresentedQuestion] {
        guard let bank else { return [] }
        return QuestionDraw.drill(from: bank, filter: QuestionFilter(), count: count, seed: seed)
    }

    /// Digit keys choosing as many options as the question asks for.
    static func answerKeys(_ question: PresentedQuestion) -> [String] {
        (1...question.question.requiredSelections).map(String.init)
    }

    /// Answers saved in the history in `directory`, read after the game is gone.
    static func savedAnswers(_ directory: String) throws -> Int {
        try StudyHistory(directory: directory).log().value.answers.count
    }

    /// Questions of each exam in progress with at least one pick, by exam id.
    static func pickedQuestions(_ directory: String) throws -> [String: Int] {
        let exams = try StudyHistory(directory: directory).inProgressExams().value
        return Dictionary(uniqueKeysWithValues: exams.map { ($0.id, $0.snapshot.answers.filter { !$0.isEmpty }.count) })
    }

    /// Kills the game with SIGKILL and waits until it is gone (its screen cannot say so:
    /// nothing runs after SIGKILL to tidy it, so an EXIT line may wrap anywhere).
    static func killHard(_ pid: pid_t) throws {
        kill(pid, SIGKILL)
        for _ in 0..<250 {
            let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if state.isEmpty || state.contains(") Z ") { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxSession.Failure("process \(pid) outlived SIGKILL for 5 s")
    }

    static func randomPause(upTo seconds: Double) {
        Thread.sleep(forTimeInterval: Double.random(in: 0...seconds))
    }
}

extension Probe {
    struct Run {
        let status: Int32
        /// Ended by a signal (a trap), not by exiting.
        let signaled: Bool
        let output: String
        let errors: String
    }

    /// Runs the binary outside a terminal, with a time limit (a hang counts as a failure).
    static func run(_ arguments: [String], seconds: Double = 30) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        process.environment = TmuxSession.environment()
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = SharedData(), errorData = SharedData()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outputData.set(output.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        if group.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            throw TmuxSession.Failure("awsquiz \(arguments.joined(separator: " ")) hung for \(seconds) s")
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
            output: String(decoding: outputData.value, as: UTF8.self), errors: String(decoding: errorData.value, as: UTF8.self)
        )
    }

    /// Answers `stats --json` counts, summed over difficulties.
    static func countedAnswers(_ json: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let difficulties = object["difficulties"] as? [[String: Any]]
        else { return nil }
        return difficulties.compactMap { ($0["allTime"] as? [String: Any])?["total"] as? Int }.reduce(0, +)
    }
}

/// Bytes one reader thread hands to another.
final class SharedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    var value: Data { lock.withLock { data } }
    func set(_ newValue: Data) { lock.withLock { data = newValue } }
}
