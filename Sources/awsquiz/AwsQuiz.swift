import ArgumentParser
import QuestionBank

/// `awsquiz`: with no subcommand, the main menu.
@main
struct AwsQuiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awsquiz",
        abstract: "Exam-style AWS Solutions Architect practice in the terminal, in Japanese or English.",
        version: ProgramVersion.current,
        subcommands: [ExamCommand.self, DrillCommand.self, ReviewCommand.self, StatsCommand.self, ExamsCommand.self, NotesCommand.self, MistakesCommand.self, CommentsCommand.self, NewCommand.self, ExportCommand.self, CheckCommand.self, ListCommand.self]
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loaded = try common.loadBank()
        try PlaySession(common: common, loaded: loaded, seed: nil).play(.menu)
    }
}
