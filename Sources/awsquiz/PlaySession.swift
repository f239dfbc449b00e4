import ArgumentParser
import CursesTerminal
import Foundation
import QuestionBank
import QuizEngine
import QuizUI
import StudyHistory

/// Wires a loaded bank to the terminal and plays until the user leaves.
struct PlaySession {
    let common: CommonOptions
    let loaded: BankLoadResult
    /// A fixed seed makes every drill of the session repeatable; nil draws a fresh one.
    let seed: UInt64?

    /// Plays from `startup`, which the game opens through its first message.
    func play(_ startup: Startup) throws {
        guard let bank = loaded.bank else { return }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(useColor: common.useColor)
        } catch {
            throw PlainFailure(message: error.description)
        }
        let store = HistoryStore(directory: common.resolvedDataDirectory)
        let settingsFile = common.settingsFile
        let (settings, settingsProblem) = settingsFile.load()
        let settingsWarning = settingsProblem.map(SettingsText.problem)
        let pendingExams = store.pendingExams(bank: bank)
        let progress = store.progress() ?? StudyProgress()
        var model = AppModel(
            bank: bank, language: common.language, size: terminal.size,
            leftOutQuestions: loaded.leftOutQuestions + loaded.unreadableFiles,
            loadProblems: loaded.errors.prefix(3).map(\.description), leftOutFolders: loaded.foldersWithErrors(among: try common.bankPaths()),
            seed: seed ?? UInt64.random(in: 0...UInt64.max), pendingExams: pendingExams,
            historyWarning: store.warning, progress: progress, flagged: store.flags() ?? [],
            settings: settings, settingsWarning: settingsWarning, now: Date(), examIDPrefix: Self.examIDPrefix()
        )
        let clock = { (monotonic: ProcessInfo.processInfo.systemUptime, now: Date()) }
        let outcome = GameLoop.run(&model, on: terminal, startup: startup, clock: clock, perform: { effect in
            guard case .saveSettings(let settings) = effect else { return store.perform(effect, bank: bank) }
            return .settingsSaved(problem: settingsFile.save(settings).map(SettingsText.problem))
        })
        // A settings problem still standing is said again once the game has left the screen,
        // where the shell keeps it.
        if let warning = model.settingsWarning { FileHandle.standardError.write(Data("awsquiz: \(warning[model.language])\n".utf8)) }
        switch outcome {
        case .quit: return
        case .signal(let number): throw ExitCode(128 + number)
        }
    }
}

extension PlaySession {

    /// Unique to this process among every window on the data directory: the time, the
    /// process id and a random part.
    static func examIDPrefix() -> String {
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(Int(Date().timeIntervalSince1970))-\(getpid())-\(random)"
    }
}

/// An error shown as one plain sentence (and exit code 1), without the usage text.
struct PlainFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }

    /// The sentence and the usage of the subcommand it is about (thrown from `run`,
    /// ArgumentParser would print the top-level usage instead).
    static func withUsage(_ message: String, of command: any ParsableCommand.Type) -> PlainFailure {
        let name = command.configuration.commandName ?? ""
        return PlainFailure(
            message: "\(message)\nUsage: awsquiz \(command.usageString())\n  See 'awsquiz \(name) --help' for more information."
        )
    }
}
