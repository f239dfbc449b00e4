import ArgumentParser
import QuestionBank
import QuizEngine

/// `awsquiz check`: lints question files, printing every problem as file:line:col.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Lint question files or folders; exit 1 listing every error as file:line:col."
    )

    @Argument(help: ArgumentHelp("Files or folders (default: the bundled Questions/ and your own <data dir>/questions/).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    func run() throws {
        let targets = paths.isEmpty ? try common.bankPaths() : paths
        let result = BankLoader.load(paths: targets)
        for diagnostic in result.diagnostics {
            print(diagnostic)
        }
        var errorCount = result.errors.count
        if let bank = result.bank {
            let statistics = BankStatistics(bank: bank)
            print(CheckReport.summary(statistics))
            for tell in statistics.tellErrors {
                print("error: \(tell)")
            }
            errorCount += statistics.tellErrors.count
        }
        if errorCount > 0 {
            let leftOut = result.leftOutQuestions + result.unreadableFiles
            print("\(errorCount) \(errorCount == 1 ? "error" : "errors"); \(leftOut) \(leftOut == 1 ? "question or file" : "questions or files") left out.")
            throw ExitCode.failure
        }
    }
}

/// The one-screen summary `check` prints: coverage, pools, depth, and the test-wise guessers.
enum CheckReport {
    static func summary(_ statistics: BankStatistics) -> String {
        let total = statistics.total
        func share(_ count: Int) -> String { "\(count) of \(total) (\(statistics.percent(count))%)" }
        func table(_ rows: [(id: String, count: Int)]) -> [String] {
            rows.map { "  \($0.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \($0.count)" }
        }
        let notes = statistics.perNote.filter { $0.count > 0 }.count
        var lines = ["\(total) \(total == 1 ? "item" : "items") in \(notes) \(notes == 1 ? "note" : "notes")."]
        lines.append("Per note:")
        lines += table(statistics.perNote)
        lines.append("Per service domain:")
        lines += table(statistics.perDomain)
        lines.append("Per exam domain:")
        lines.append("  " + statistics.perExamDomain.map { "\($0.id) \($0.count)" }.joined(separator: "  "))
        lines.append("Per difficulty: " + statistics.perDifficulty.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: "  "))
        lines.append("Multi-response: \(share(statistics.multiResponse)).")
        lines.append("Pools larger than shown: \(share(statistics.pooled)); more correct options than shown: \(share(statistics.severalKeys)).")
        lines.append(
            "SAP depth (stem ≥ \(Question.professionalStemWords) words, ≥ \(Question.professionalConstraints) constraints, options ≥ \(Question.professionalOptionWords) words): \(share(statistics.professionalDepth))."
        )
        lines.append("Claims: " + statistics.claimsByVerdict.map { "\($0.count) \($0.verdict.rawValue)" }.joined(separator: ", ") + ".")
        let limit = BankStatistics.format(TestWiseGuesser.limitPercent)
        let enforced = statistics.enforcesGuesserLimit
            ? "limit \(limit)%" : "not enforced below \(TestWiseGuesser.enforcedFromItems) single-answer items"
        lines.append("Test-wise guessers over every drawable set of \(statistics.singleAnswer) single-answer items (\(enforced)):")
        for language in Language.allCases {
            let figures = TestWiseGuesser.allCases.map { guesser in
                "\(guesser.rawValue) \(BankStatistics.format(statistics.guesserAccuracy[language]?[guesser] ?? 0))%"
            }
            lines.append("  \(language.rawValue): " + figures.joined(separator: "  "))
        }
        return lines.joined(separator: "\n")
    }
}
