import ArgumentParser
import QuizEngine
import QuizUI

/// `awsquiz list`: the ids the other commands take.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List domains, notes, services or questions."
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case domains, notes, services, questions
    }

    @Argument(help: ArgumentHelp("domains, notes, services or questions"))
    var subject: Subject

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        let language = common.language
        switch subject {
        case .domains:
            for domain in bank.catalog.domains {
                let count = bank.questions.filter { $0.domainID == domain.id }.count
                print("\(domain.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(count).leftPadded(4))  \(domain.name[language])")
            }
        case .notes:
            for note in bank.catalog.notes {
                let count = bank.questions.filter { $0.noteID == note.id }.count
                print("\(note.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(String(count).leftPadded(4))  \(note.date)  \(note.title[language])")
            }
        case .services:
            for service in bank.services { print(service) }
        case .questions:
            QuestionListing.lines(bank, language: language, width: 100).forEach { print($0) }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
