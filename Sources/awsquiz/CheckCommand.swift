import ArgumentParser
import QuestionBank
import QuizEngine

/// `awsquiz check`: lints question files, printing every problem as file:line:col.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Lint question files or folders; exit 1 listing every error as file:line:col."
    )

    @Argument(help: ArgumentHelp("Files or folders (default: the bundled Questions/).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let targets = paths.isEmpty ? [try BundledQuestions.directory()] : paths
        let result = BankLoader.load(paths: targets)
        for diagnostic in result.diagnostics {
            print(diagnostic)
        }
        if let bank = result.bank {
            print(CheckReport.summary(BankStatistics(bank: bank), catalog: bank.catalog))
        }
        if !result.errors.isEmpty {
            print("\(result.errors.count) error(s); \(result.leftOutQuestions + result.unreadableFiles) question(s) or file(s) left out.")
            throw ExitCode.failure
        }
    }
}

/// The one-screen summary `check` prints: coverage, multi-response share, giveaway figures.
enum CheckReport {
    static func summary(_ statistics: BankStatistics, catalog: Catalog) -> String {
        var lines = ["\(statistics.total) questions in \(statistics.perNote.filter { $0.count > 0 }.count) notes."]
        lines.append("Per note:")
        lines += statistics.perNote.map { "  \($0.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \($0.count)" }
        lines.append("Per service domain:")
        lines += statistics.perDomain.map { "  \($0.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \($0.count)" }
        lines.append("Per exam domain:")
        lines.append("  " + statistics.perExamDomain.map { "\($0.id) \($0.count)" }.joined(separator: "  "))
        lines.append("Multi-response: \(statistics.multiResponse) of \(statistics.total) (\(statistics.multiResponsePercent)%).")
        let positions = statistics.keyPositions.enumerated().map { index, count in
            "\(Character(UnicodeScalar(UInt8(65 + index)))) \(count)"
        }.joined(separator: ", ")
        lines.append(
            "Giveaways: key is the longest option in \(statistics.keyIsLongestPercent(.en))% (en) and \(statistics.keyIsLongestPercent(.ja))% (ja) of \(statistics.singleAnswer) single-answer questions (limit \(BankStatistics.longestKeyLimit)%); key positions \(positions)."
        )
        lines += statistics.giveawayWarnings.map { "warning: \($0)" }
        return lines.joined(separator: "\n")
    }
}
