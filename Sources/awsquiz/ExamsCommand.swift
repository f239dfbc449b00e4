import ArgumentParser
import Foundation
import QuizEngine
import QuizUI
import StudyHistory

/// `awsquiz exams`: every exam, finished or in progress, newest first.
struct ExamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exams", abstract: "List every exam, in progress or finished: preset, when, answered, time left or score."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        let store = HistoryStore(directory: common.resolvedDataDirectory)
        let exams = try store.allExamsOrFailure(language: common.language)
        if exams.isEmpty { print(ExamListing.none(common.language)) }
        for exam in exams {
            let state: ExamListing.State = switch exam.status {
            case .inProgress: .inProgress(openElsewhere: store.isOpenElsewhere(exam.id))
            case .submitted: .submitted(exam.score ?? Score())
            case .abandoned: .discarded
            }
            let session = ExamSession.restore(exam.snapshot, bank: bank).session
            print(ExamListing.line(
                id: exam.id, session: session, state: state, startedAt: exam.startedAt, language: common.language,
                timeZone: .current
            ))
        }
    }
}
