import ArgumentParser
import QuizEngine

/// `awsquiz exam`: a timed practice exam like the real one; offers to resume a left one.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam", abstract: "Sit a timed practice exam (sap: 75 questions, 180 min; saa: 65, 130)."
    )

    @Option(help: ArgumentHelp("sap or saa.", valueName: "sap|saa"))
    var preset: Exam = .sap

    @Option(help: "How many questions (default: the preset's).")
    var count: Int?

    @Option(help: "Time limit in minutes (default: the preset's).")
    var minutes: Int?

    @Option(help: "Seed for a repeatable draw and option order.")
    var seed: UInt64?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if let minutes, minutes < 1 { throw ValidationError("--minutes must be at least 1") }
    }

    func run() throws {
        let loaded = try common.loadBank()
        let chosen = ExamPreset.standard(preset).with(questionCount: count, minutes: minutes)
        try PlaySession(common: common, loaded: loaded, seed: seed).play { model in
            model.offerResume(next: chosen)
        }
    }
}

extension Exam: ExpressibleByArgument {}
