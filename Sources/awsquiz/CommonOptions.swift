import ArgumentParser
import Foundation
import QuestionBank
import QuizEngine

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("questions"), help: ArgumentHelp("Question folder (default: the bundled Questions/).", valueName: "dir"))
    var questionsDirectory: String?

    @Option(help: ArgumentHelp("Language: ja or en (default: ja when LANG or LC_ALL starts with ja).", valueName: "ja|en"))
    var lang: Language?

    @Flag(name: .customLong("no-color"), help: "Draw without colours (NO_COLOR is honoured too).")
    var noColor = false

    var language: Language {
        if let lang { return lang }
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("ja") ? .ja : .en
    }

    var useColor: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The bank the game plays: the valid questions, or an error when nothing is playable.
    func loadBank() throws -> BankLoadResult {
        let directory = try questionsDirectory ?? BundledQuestions.directory()
        let loaded = BankLoader.load(paths: [directory])
        guard let bank = loaded.bank, !bank.questions.isEmpty else {
            let firstError = loaded.errors.first.map { "\n\($0)" } ?? ""
            throw ValidationError("no playable questions in \(directory); run 'awsquiz check \(directory)' for every problem.\(firstError)")
        }
        return loaded
    }
}

extension Language: ExpressibleByArgument {}
