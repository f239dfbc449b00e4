import Foundation
import QuestionBank
import QuizEngine
import QuizUI
import StudyHistory

/// The executable's side of history: opens the store (or says why it cannot) and carries
/// out the game's save effects.
struct HistoryStore {
    let history: StudyHistory?
    /// Why history is off or what happened to it, for the menu; nil when all is well.
    let warning: String?

    init(directory: String) {
        do {
            let history = try StudyHistory(directory: directory)
            self.history = history
            warning = history.setAsidePath.map {
                "the history file was damaged; it was kept as \($0) and a new one was started."
            }
        } catch {
            history = nil
            warning = "cannot open \(directory)/\(StudyHistory.fileName) (\(error)); playing without saving."
        }
    }

    /// Everything answered before, or an empty log when history is off or unreadable.
    var log: StudyLog {
        (try? history?.log()) ?? StudyLog()
    }

    /// The exam an earlier session left, over today's bank.
    func pendingExam(bank: Bank) -> ExamSession? {
        guard let snapshot = try? history?.inProgressExam() else { return nil }
        let restored = ExamSession.restore(snapshot, bank: bank)
        return restored.session.items.isEmpty ? nil : restored.session
    }

    func perform(_ effect: Effect) -> Msg? {
        guard let history else { return nil }
        do {
            switch effect {
            case .quit: break
            case .recordAnswers(let answers): try history.record(answers)
            case .saveExam(let snapshot, let score): try history.saveExam(snapshot, score: score)
            case .abandonSavedExam: try history.abandonExam()
            }
            return nil
        } catch {
            return .historyFailed("saving failed (\(error)); what was saved before is kept.")
        }
    }
}
