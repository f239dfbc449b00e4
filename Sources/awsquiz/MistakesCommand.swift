import ArgumentParser
import Foundation
import QuizEngine
import QuizUI

/// `awsquiz mistakes`: every question you have missed, newest first, with how often and when.
struct MistakesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mistakes", abstract: "List every question you have missed, newest first, with how often and when."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        let progress = try HistoryStore(directory: common.resolvedDataDirectory).progressOrFailure(language: common.language)
        MistakeListing.lines(MistakeList(progress: progress, bank: bank), language: common.language, timeZone: .current, width: 100)
            .forEach { print($0) }
    }
}
