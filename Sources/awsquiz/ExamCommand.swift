import ArgumentParser
import QuizEngine

/// `awsquiz exam`: a timed practice exam like the real one; offers to resume a left one.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam", abstract: "Sit a timed practice exam (sap: 75 questions, 180 min; saa: 65, 130)."
    )

    @Option(help: ArgumentHelp("sap or saa.", valueName: "sap|saa"))
    var preset: Exam = .sap

    @Option(parsing: .unconditional, help: ArgumentHelp("How many questions, 1-1000 (default: the preset's).", valueName: "count"))
    var count: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Time limit in minutes, 1-10000 (default: the preset's).", valueName: "minutes"))
    var minutes: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Seed for a repeatable draw and option order (0-18446744073709551615).", valueName: "seed"))
    var seed: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try numbers()
    }

    private func numbers() throws -> (count: Int?, minutes: Int?, seed: UInt64?) {
        let language = common.language
        return (
            try NumericOption.value(count, name: "count", in: NumericOption.questionCounts, language: language),
            try NumericOption.value(minutes, name: "minutes", in: NumericOption.minutes, language: language),
            try NumericOption.value(seed, name: "seed", in: NumericOption.seeds, language: language)
        )
    }

    func run() throws {
        let (count, minutes, seed) = try numbers()
        let loaded = try common.loadBank()
        let chosen = ExamPreset.standard(preset).with(questionCount: count, minutes: minutes)
        try PlaySession(common: common, loaded: loaded, seed: seed).play(.exam(chosen))
    }
}

extension Exam: ExpressibleByArgument {}
