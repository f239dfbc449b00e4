import ArgumentParser
import QuizEngine
import QuizUI

/// `awsquiz drill`: straight into a drill of one or more domains, services or notes.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill", abstract: "Drill questions of chosen domains, services or notes, with feedback after each."
    )

    @Option(name: .customLong("domain"), help: ArgumentHelp("A service domain id (repeatable); see 'awsquiz list domains'.", valueName: "id"))
    var domains: [String] = []

    @Option(name: .customLong("service"), help: ArgumentHelp("An AWS service name (repeatable); see 'awsquiz list services'.", valueName: "name"))
    var services: [String] = []

    @Option(name: .customLong("note"), help: ArgumentHelp("A study note id (repeatable); see 'awsquiz list notes'.", valueName: "id"))
    var notes: [String] = []

    @Flag(help: "Draw more from the domains you miss most.")
    var weak = false

    @Option(parsing: .unconditional, help: ArgumentHelp("How many questions, 1-1000 (default 10).", valueName: "count"))
    var count: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Seed for a repeatable question and option order (0-18446744073709551615).", valueName: "seed"))
    var seed: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        _ = try numbers()
    }

    private func numbers() throws -> (count: Int, seed: UInt64?) {
        let language = common.language
        return (
            try NumericOption.value(count, name: "count", in: NumericOption.questionCounts, language: language) ?? 10,
            try NumericOption.value(seed, name: "seed", in: NumericOption.seeds, language: language)
        )
    }

    func run() throws {
        let (count, seed) = try numbers()
        let loaded = try common.loadBank()
        guard let bank = loaded.bank else { return }
        if weak {
            guard domains.isEmpty, services.isEmpty, notes.isEmpty else {
                throw PlainFailure.withUsage(CommandText.weakChoosesItself[common.language], of: Self.self)
            }
            try PlaySession(common: common, loaded: loaded, seed: seed).play(.weakSpots(count: count))
            return
        }
        let filter: QuestionFilter
        do {
            filter = try DrillFilterValidation.filter(domains: domains, services: services, notes: notes, bank: bank, language: common.language)
        } catch let error as ValidationError {
            throw PlainFailure.withUsage(error.message, of: Self.self)
        }
        let title = domains.count == 1 && notes.isEmpty
            ? bank.catalog.domain(domains[0])?.name
            : notes.count == 1 && domains.isEmpty ? bank.catalog.note(notes[0])?.title : nil
        try PlaySession(common: common, loaded: loaded, seed: seed).play(.drill(filter, count: count, title: title))
    }
}

/// Turns command-line names into a filter, refusing unknown ones with the valid list.
enum DrillFilterValidation {
    static func filter(
        domains: [String], services: [String], notes: [String], bank: Bank, language: Language
    ) throws -> QuestionFilter {
        let knownDomains = bank.catalog.domains.map(\.id)
        for domain in domains where !knownDomains.contains(domain) {
            throw ValidationError(CommandText.unknown(.domain, domain, valid: knownDomains)[language])
        }
        let knownNotes = bank.catalog.notes.map(\.id)
        for note in notes where !knownNotes.contains(note) {
            throw ValidationError(CommandText.unknown(.note, note, valid: knownNotes)[language])
        }
        let knownServices = bank.services
        for service in services where !knownServices.contains(where: { $0.caseInsensitiveCompare(service) == .orderedSame }) {
            throw ValidationError(CommandText.unknown(.service, service, valid: knownServices)[language])
        }
        let filter = QuestionFilter(domainIDs: domains, services: services, noteIDs: notes)
        guard !bank.questions(matching: filter).isEmpty else {
            throw ValidationError(CommandText.noMatch[language])
        }
        return filter
    }
}
