import ArgumentParser
import QuizEngine
import QuizUI

/// `awsquiz notes [ID]`: the study notes as claims, each marked holds, outdated or wrong,
/// with what is true now and the user's accuracy on the items that test it.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes", abstract: "Your notes as claims: which still hold, which are outdated or wrong, and what is true now."
    )

    @Argument(help: ArgumentHelp("A note id (see 'awsquiz list notes'); without it, every note in one line.", valueName: "id"))
    var noteID: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        if let noteID, bank.catalog.note(noteID) == nil {
            throw PlainFailure.withUsage(
                CommandText.unknown(.note, noteID, valid: bank.catalog.notes.map(\.id))[common.language], of: Self.self
            )
        }
        let progress = try HistoryStore(directory: common.resolvedDataDirectory).progressOrFailure(language: common.language)
        let claims = ClaimProgress.all(in: bank, progress: progress)
        print(NotesReport.plainText(bank: bank, progress: claims, noteID: noteID, language: common.language, width: 80))
    }
}
