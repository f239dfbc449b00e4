import ArgumentParser
import Foundation
import QuizEngine
import QuizUI
import StudyHistory

/// `awsquiz exams [ID]`: every exam, finished or in progress, newest first; with an id,
/// that finished exam in full.
struct ExamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exams",
        abstract: "List every exam, in progress or finished: preset, when, answered, time left or score; with an id, one finished exam in full."
    )

    @Argument(help: ArgumentHelp(
        "An exam id (the last column of the list): print that finished exam's questions, the options shown, your answers, the keys and the explanations.",
        valueName: "id"
    ))
    var examID: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard let bank = try common.loadBank().bank else { return }
        let store = HistoryStore(directory: common.resolvedDataDirectory)
        let exams = try store.allExamsOrFailure(language: common.language)
        if let examID { return try printExam(examID, from: exams, bank: bank) }
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

    private func printExam(_ id: String, from exams: [StoredExam], bank: Bank) throws {
        let language = common.language
        guard let stored = exams.first(where: { $0.id == id }) else { throw PlainFailure(message: ExamReport.unknown(id)[language]) }
        switch stored.status {
        case .inProgress: throw PlainFailure(message: ExamReport.inProgress(id)[language])
        case .abandoned: throw PlainFailure(message: ExamReport.discarded(id)[language])
        case .submitted: break
        }
        let restored = ExamSession.restore(stored.snapshot, bank: bank)
        let score = stored.score ?? restored.session.score
        print(ExamReport.plainText(
            PastExam(session: restored.session, takenAt: stored.updatedAt, score: score), dropped: restored.dropped, bank: bank,
            language: language, width: 80, timeZone: .current
        ))
    }
}
