import Foundation
import QuestionBank
import QuizEngine
import QuizUI

/// In-process figures for `Benchmarks/benchmark.py`: each line is `name median-ms`, the
/// median of several timed runs on a monotonic clock. Run by the benchmark, not by tests.
@main
enum Benchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: awsquiz-bench QUESTIONS_DIR\n".utf8))
            exit(2)
        }
        let loadTimes = (0..<3).map { _ in time { _ = BankLoader.load(paths: [arguments[1]]) } }
        report("bank-load-and-lint", loadTimes)
        guard let bank = BankLoader.load(paths: [arguments[1]]).bank, !bank.questions.isEmpty else {
            FileHandle.standardError.write(Data("no questions in \(arguments[1])\n".utf8))
            exit(1)
        }
        for (columns, rows) in [(80, 24), (200, 60)] {
            report("frame-\(columns)x\(rows)", frameTimes(bank: bank, columns: columns, rows: rows))
        }
        report("exam-draw-75", (0..<20).map { seed in
            time { _ = ExamDraw.draw(from: bank, preset: .standard(.sap), seed: UInt64(seed)) }
        })
        let log = syntheticLog(bank: bank, answers: 1_000_000)
        report("stats-1m-answers", (0..<5).map { _ in time { _ = StudyStats(log: log, bank: bank, now: Date()) } })
    }

    /// One update, one render and one diff per key, moving the cursor up and down a question.
    static func frameTimes(bank: Bank, columns: Int, rows: Int) -> [Double] {
        var model = AppModel(bank: bank, language: .ja, size: TerminalSize(columns: columns, rows: rows), seed: 1)
        _ = model.update(.start(.drill(QuestionFilter(), count: 10, title: nil)))
        var previous = model.render()
        return (0..<400).map { step in
            time {
                _ = model.update(.key(step % 8 < 4 ? .down : .up))
                let frame = model.render()
                _ = frame.changedCells(since: previous)
                previous = frame
            }
        }
    }

    static func syntheticLog(bank: Bank, answers: Int) -> StudyLog {
        var generator = SeededGenerator(seed: 42)
        let start = Date().addingTimeInterval(-120 * 86400)
        let keys = bank.questions.map(\.keyFingerprint)
        return StudyLog(answers: (0..<answers).map { index in
            let question = Int(generator.next() % UInt64(bank.questions.count))
            return LoggedAnswer(
                record: AnswerRecord(
                    questionID: bank.questions[question].id, chosen: [0], isCorrect: generator.next() % 3 != 0,
                    secondsTaken: 30, mode: .drill, keyFingerprint: keys[question]
                ),
                answeredAt: start.addingTimeInterval(Double(index) * 10)
            )
        })
    }

    static func time(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func report(_ name: String, _ times: [Double]) {
        let sorted = times.sorted()
        print("\(name) \(String(format: "%.4f", sorted[sorted.count / 2]))")
    }
}
