import ArgumentParser
import Foundation
import QuizEngine
import QuizUI

/// `awsquiz export`: the bank (or only what you missed) as Anki notes or CSV rows.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export questions for Anki (plain-text import) or as CSV."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case anki, csv
    }

    @Option(help: "anki or csv.")
    var format: Format

    @Flag(help: "Only the questions you have missed.")
    var missed = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        var questions = bank.questions
        if missed {
            let progress = try HistoryStore(directory: common.resolvedDataDirectory).progressOrFailure(language: common.language)
            questions = bank.questions.filter { (progress.tally(for: $0)?.misses ?? 0) > 0 }
        }
        let cards = questions.map { ExportCard($0, language: common.language) }
        let text = switch format {
        case .anki: AnkiExport.text(cards, deck: "awsquiz")
        case .csv: CSVExport.text(cards)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            throw PlainFailure(message: FileMessages.cannotWrite(output, error.localizedDescription)[common.language])
        }
        FileHandle.standardError.write(Data((FileMessages.wroteCards(cards.count, to: output)[common.language] + "\n").utf8))
    }
}
