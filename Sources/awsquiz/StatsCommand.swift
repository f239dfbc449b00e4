import ArgumentParser
import Foundation
import QuizEngine
import QuizUI

/// `awsquiz stats`: progress per domain over time, as text or as JSON for scripts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Accuracy per domain over time, exams, reviews due, leeches (plain text, no TUI)."
    )

    @Flag(help: "Print JSON in the documented, stable shape instead of text.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        let log = try HistoryStore(directory: common.resolvedDataDirectory).logOrFailure(language: common.language)
        let stats = StudyStats(log: log, bank: bank, now: Date())
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(stats), as: UTF8.self))
        } else {
            print(StatsScreen.plainText(stats, language: common.language, width: 80, timeZone: .current))
        }
    }
}
