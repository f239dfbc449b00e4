import ArgumentParser
import Foundation
import QuizEngine
import QuizUI

/// `awsquiz review`: the questions answered wrong that FSRS says are due again.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Review questions answered wrong, as they come due again (FSRS)."
    )

    @Option(parsing: .unconditional, help: ArgumentHelp("At most this many due questions, 1-1000 (default 20).", valueName: "count"))
    var count: String?

    @Flag(help: "When nothing is due, review the questions that come due soonest (the answers count as reviews).")
    var ahead = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try countValue()
    }

    private func countValue() throws -> Int {
        try NumericOption.value(count, name: "count", in: NumericOption.questionCounts, language: common.language) ?? 20
    }

    func run() throws {
        let count = try countValue()
        let loaded = try common.loadBank()
        guard let bank = loaded.bank else { return }
        let progress = try HistoryStore(directory: common.resolvedDataDirectory).progressOrFailure(language: common.language)
        let queue = ReviewQueue(progress: progress, bank: bank)
        let now = Date()
        let scheduled = ahead && !queue.items.isEmpty
        guard !queue.due(at: now).isEmpty || scheduled else {
            print(ReviewText.noneDue(next: queue.nextDue(after: now), timeZone: .current)[common.language])
            return
        }
        try PlaySession(common: common, loaded: loaded, seed: nil).play(ahead ? .reviewAhead(count: count) : .review(count: count))
    }
}
