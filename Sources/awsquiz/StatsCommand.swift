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

    @Flag(help: "First rebuild the per-item figures from every saved answer (they are kept current as you answer).")
    var rebuild = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        let store = HistoryStore(directory: common.resolvedDataDirectory)
        if rebuild { try store.rebuildOrFailure(language: common.language) }
        let stats = StudyStats(progress: try store.progressOrFailure(language: common.language), bank: bank, now: Date())
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
