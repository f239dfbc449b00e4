import Foundation
import QuestionBank
import QuizEngine
import QuizUI
import StudyHistory

/// In-process figures for `Benchmarks/benchmark.py`: each line is `name median-ms`, the
/// median of several timed runs on a monotonic clock. Run by the benchmark, not by tests.
/// With `--history-only` it loads the bank through its cache and times only the figures
/// over the history, short enough to run under callgrind.
@main
enum Benchmark {
    static let answerCount = 1_000_000

    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 || (arguments.count == 4 && arguments[3] == "--history-only") else {
            FileHandle.standardError.write(Data("usage: awsquiz-bench QUESTIONS_DIR HISTORY_DIR [--history-only]\n".utf8))
            exit(2)
        }
        if arguments.count == 4 {
            guard let bank = BankCache.load(paths: [arguments[1]], cacheDirectory: arguments[2]).result.bank else { exit(1) }
            try overHistory(bank: bank, directory: arguments[2], log: nil)
            return
        }
        let loadTimes = (0..<3).map { _ in time { _ = BankLoader.load(paths: [arguments[1]]) } }
        report("bank-load-and-lint", loadTimes)
        guard let bank = BankLoader.load(paths: [arguments[1]]).bank, !bank.questions.isEmpty else {
            FileHandle.standardError.write(Data("no questions in \(arguments[1])\n".utf8))
            exit(1)
        }
        for (columns, rows) in [(80, 24), (200, 60)] {
            report("frame-\(columns)x\(rows)", frameTimes(bank: bank, columns: columns, rows: rows))
            report("frame-floor-\(columns)x\(rows)", (0..<400).map { _ in
                time { _ = Frame(width: columns, height: rows).changedCells(since: Frame(width: columns, height: rows)) }
            })
        }
        report("exam-draw-75", (0..<20).map { seed in
            time { _ = ExamDraw.draw(from: bank, preset: .standard(.sap), seed: UInt64(seed)) }
        })
        let log = syntheticLog(bank: bank, answers: answerCount)
        report("stats-1m-replay", (0..<3).map { _ in time { _ = StudyStats(log: log, bank: bank, now: Date()) } })
        try overHistory(bank: bank, directory: arguments[2], log: log)
    }

    /// Stats, review, mistakes and screens over the million-answer history in `directory`,
    /// filed from `log` when it is not there yet.
    static func overHistory(bank: Bank, directory: String, log: StudyLog?) throws {
        let history = try filledHistory(directory: directory, log: log ?? syntheticLog(bank: bank, answers: answerCount), bank: bank)
        report("progress-read-1m", (0..<5).map { _ in time { _ = try? history.progress() } })
        guard let progress = try? history.progress().value else { exit(1) }
        report("stats-1m-answers", (0..<5).map { _ in
            time { _ = (try? history.progress().value).map { StudyStats(progress: $0, bank: bank, now: Date()) } }
        })
        report("review-queue-1m", (0..<5).map { _ in time { _ = ReviewQueue(progress: progress, bank: bank).due(at: Date()) } })
        report("mistakes-1m", (0..<5).map { _ in time { _ = MistakeList(progress: progress, bank: bank) } })
        report("menu-after-answer-1m", menuAfterAnswerTimes(bank: bank, progress: progress))
        let model = AppModel(bank: bank, language: .en, size: TerminalSize(columns: 80, rows: 24), seed: 1, progress: progress, now: Date())
        report("open-stats-1m", openTimes(model, menuRow: 5))
        report("open-notes-1m", openTimes(model, menuRow: 6))
        report("open-mistakes-1m", openTimes(model, menuRow: 7))
        report("open-past-exams-1m", (0..<5).map { _ in
            var model = model
            for _ in 0..<5 { _ = model.update(.key(.down)) }
            _ = model.update(.key(.enter))
            return time {
                _ = model.update(.key(.character("e")))
                let exams = ((try? history.allExams().value) ?? []).compactMap { stored -> PastExam? in
                    guard stored.status == .submitted, let score = stored.score else { return nil }
                    return PastExam(session: ExamSession.restore(stored.snapshot, bank: bank).session, takenAt: stored.updatedAt, score: score)
                }
                _ = model.update(.pastExamsLoaded(exams))
                _ = model.render()
            }
        })
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

    /// From the menu, the key that opens the screen on `menuRow` and its first frame.
    static func openTimes(_ model: AppModel, menuRow: Int) -> [Double] {
        (0..<5).map { _ in
            var model = model
            for _ in 0..<menuRow { _ = model.update(.key(.down)) }
            return time {
                _ = model.update(.key(.enter))
                _ = model.render()
            }
        }
    }

    /// A drill answer folded into the session's progress and the menu's figures with it.
    static func menuAfterAnswerTimes(bank: Bank, progress: StudyProgress) -> [Double] {
        var model = AppModel(bank: bank, language: .en, size: TerminalSize(columns: 80, rows: 24), seed: 1, progress: progress, now: Date())
        _ = model.update(.start(.drill(QuestionFilter(), count: 5, title: nil)))
        return (0..<5).map { _ in
            time {
                _ = model.update(.key(.character("1")))
                _ = model.update(.key(.enter))
                _ = model.render()
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

    /// The history in `directory` holding `log` and 100 submitted SAP exams (filed once,
    /// answer by answer, and kept for later runs).
    static func filledHistory(directory: String, log: StudyLog, bank: Bank) throws -> StudyHistory {
        let history = try StudyHistory(directory: directory)
        if try history.progress().value.items.isEmpty {
            for chunk in stride(from: 0, to: log.answers.count, by: 50_000) {
                try history.record(Array(log.answers[chunk..<min(chunk + 50_000, log.answers.count)]))
            }
        }
        if try history.progress().value.exams.isEmpty {
            for number in 0..<100 {
                let drawn = ExamDraw.draw(from: bank, preset: .standard(.sap), seed: UInt64(number))
                var session = ExamSession(id: "bench-\(number)", preset: .standard(.sap), seed: UInt64(number), items: drawn.items)
                session.submit()
                _ = try history.submitExam(session.snapshot, score: session.score, answers: session.answerRecords)
            }
        }
        return history
    }

    static func time(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func report(_ name: String, _ times: [Double]) {
        let sorted = times.sorted()
        FileHandle.standardOutput.write(Data("\(name) \(String(format: "%.4f", sorted[sorted.count / 2]))\n".utf8))
    }
}
