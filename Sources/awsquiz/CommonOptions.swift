import ArgumentParser
import Foundation
import QuestionBank
import QuizEngine
import QuizUI
import StudyHistory

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("questions"), help: ArgumentHelp("Question folder (default: the bundled Questions/).", valueName: "dir"))
    var questionsDirectory: String?

    @Option(help: ArgumentHelp("Language: ja or en (default: ja when LANG or LC_ALL starts with ja).", valueName: "ja|en"))
    var lang: Language?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where history is kept (default: $XDG_DATA_HOME/awsquiz, else ~/.local/share/awsquiz).", valueName: "dir"))
    var dataDirectory: String?

    @Option(name: .customLong("config-dir"), help: ArgumentHelp("Where settings are kept (default: $XDG_CONFIG_HOME/awsquiz, else ~/.config/awsquiz).", valueName: "dir"))
    var configDirectory: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colours (NO_COLOR is honoured too).")
    var noColor = false

    var resolvedDataDirectory: String {
        if let dataDirectory { return dataDirectory }
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/awsquiz" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/awsquiz"
    }

    var resolvedConfigDirectory: String {
        if let configDirectory { return configDirectory }
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/awsquiz" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/awsquiz"
    }

    var settingsFile: SettingsFile { SettingsFile(directory: resolvedConfigDirectory) }

    /// `--lang`, else the language last chosen with `t` (the settings file), else the locale.
    var language: Language {
        if let lang { return lang }
        if let chosen = settingsFile.load().settings.language { return chosen }
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("ja") ? .ja : .en
    }

    var useColor: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The user's own notes and questions, loaded beside the bank.
    var userQuestionsDirectory: String { (resolvedDataDirectory as NSString).appendingPathComponent("questions") }

    /// The folders the game plays: the bundled bank (or `--questions`), then the user's
    /// own folder when it exists.
    func bankPaths() throws -> [String] {
        let base = try questionsDirectory ?? BundledQuestions.directory(language: language)
        var isDirectory: ObjCBool = false
        let hasUserFolder = FileManager.default.fileExists(atPath: userQuestionsDirectory, isDirectory: &isDirectory) && isDirectory.boolValue
        return hasUserFolder && userQuestionsDirectory != base ? [base, userQuestionsDirectory] : [base]
    }

    /// The bank the game plays, through the cache in the data directory: the valid
    /// questions, or an error when nothing is playable.
    func loadBank() throws -> BankLoadResult {
        let paths = try bankPaths()
        let loaded = BankCache.load(paths: paths, cacheDirectory: resolvedDataDirectory).result
        guard let bank = loaded.bank, !bank.questions.isEmpty else {
            let firstError = loaded.errors.first.map { "\n\($0)" } ?? ""
            let folders = paths.joined(separator: " ")
            throw ValidationError(CommandText.noPlayableQuestions(in: folders)[language] + firstError)
        }
        return loaded
    }
}

extension Language: ExpressibleByArgument {}
