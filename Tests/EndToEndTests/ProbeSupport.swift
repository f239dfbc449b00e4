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

    static func randomPause(upTo seconds: Double) {
        Thread.sleep(forTimeInterval: Double.random(in: 0...seconds))
    }
}
