import Foundation
import QuestionBank
import QuizEngine
import QuizUI
import StudyHistory

/// The executable's side of history: opens the store (or says why it cannot), reads it
/// without ever turning a failure into an empty history, carries out the game's save
/// effects, and holds a lock on each exam this window has open.
final class HistoryStore {
    private(set) var history: StudyHistory?
    private let locks: ExamLocks
    /// What happened to the file: set aside, cannot be opened, written by a newer awsquiz.
    private var fileWarning: LocalizedText?
    /// The last read failed (it is tried again on the next one).
    private var readFailure: LocalizedText?
    /// Rows the last read of each kind (answers, exams) could not decode.
    private var skipped: [String: Int] = [:]
    /// Why history is off or what happened to it, most pressing first; nil when all is well.
    var warning: LocalizedText? {
        let rows = skipped.values.reduce(0, +)
        return readFailure ?? fileWarning ?? (rows > 0 ? HistoryText.skippedRows(rows) : nil)
    }
    /// The last save failed, so the next one that works must say so.
    private var lastSaveFailed = false

    init(directory: String) {
        locks = ExamLocks(dataDirectory: directory)
        let path = (directory as NSString).appendingPathComponent(StudyHistory.fileName)
        do {
            let history = try StudyHistory(directory: directory)
            self.history = history
            fileWarning = history.setAsidePath.map { HistoryText.setAside(path: $0, rescued: history.rescuedAnswers) }
        } catch let error as NewerSchema {
            fileWarning = HistoryText.newerSchema(path: error.path)
        } catch {
            fileWarning = HistoryText.cannotOpen(path: path, Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> HistoryText.Reason {
        switch HistoryFailure(error) {
        case .diskFull: .diskFull
        case .unwritable: .unwritable
        case .busy: .busy
        case .damaged: .damaged
        case .other: .other
        }
    }

    /// Runs a read; damage found now sets the file aside (keeping what can be read) and
    /// the read is tried once more on the new file. Any other failure is said, never
    /// turned into "nothing saved".
    private func read<Value>(_ kind: String, _ body: (StudyHistory) throws -> HistoryRead<Value>) -> Value? {
        guard let history else { return nil }
        do {
            return noteSkipped(kind, try body(history))
        } catch where HistoryFailure.isDamage(error) {
            do {
                try history.setAside()
                fileWarning = HistoryText.setAside(path: history.setAsidePath ?? "", rescued: history.rescuedAnswers)
                return noteSkipped(kind, try body(history))
            } catch {
                self.history = nil
                fileWarning = HistoryText.cannotOpen(path: StudyHistory.fileName, Self.reason(error))
                return nil
            }
        } catch {
            readFailure = HistoryText.readFailed(Self.reason(error))
            return nil
        }
    }

    private func noteSkipped<Value>(_ kind: String, _ read: HistoryRead<Value>) -> Value {
        readFailure = nil
        skipped[kind] = read.skipped
        return read.value
    }

    /// Everything answered before, folded per item; nil when history is off or could not
    /// be read (the warning then says why).
    func progress() -> StudyProgress? {
        let progress = read("answers") { try $0.progress() }
        _ = history?.changedElsewhere()
        return progress
    }

    /// For the text commands: the progress, with any warning on standard error; when history
    /// cannot be read at all, the warning as the command's failure (never an empty report).
    func progressOrFailure(language: Language) throws -> StudyProgress {
        try orFailure(progress(), language: language)
    }

    /// Replays the whole answer log into the per-item tallies (`stats --rebuild`); answer
    /// rows it cannot read are counted in the warning; a failure is the command's, in one
    /// sentence.
    func rebuildOrFailure(language: Language) throws {
        guard let history else { throw PlainFailure(message: warning?[language] ?? HistoryText.readFailed(.other)[language]) }
        do {
            skipped["log"] = try history.rebuildProgress().skipped
        } catch {
            throw PlainFailure(message: HistoryText.saveFailed(Self.reason(error))[language])
        }
    }

    private func orFailure<Value>(_ value: Value?, language: Language) throws -> Value {
        guard let value else { throw PlainFailure(message: warning?[language] ?? HistoryText.readFailed(.other)[language]) }
        if let warning { FileHandle.standardError.write(Data("awsquiz: \(warning[language])\n".utf8)) }
        return value
    }

    /// The exams in progress over today's bank, newest first, each marked when another
    /// running window has it open.
    func pendingExams(bank: Bank) -> [PendingExam] {
        (read("exams") { try $0.inProgressExams() } ?? []).compactMap { stored in
            let session = ExamSession.restore(stored.snapshot, bank: bank).session
            guard !session.items.isEmpty else { return nil }
            return PendingExam(session: session, openElsewhere: locks.isOpenElsewhere(stored.id))
        }
    }

    /// Every exam, finished or not, newest first (for `awsquiz exams`); like
    /// `progressOrFailure`, a history that cannot be read is the command's failure.
    func allExamsOrFailure(language: Language) throws -> [StoredExam] {
        try orFailure(read("exams") { try $0.allExams() }, language: language)
    }

    /// The flagged questions; nil when history is off or could not be read (the warning
    /// then says why).
    func flags() -> Set<String>? {
        read("flags") { try $0.flags() }
    }

    func isOpenElsewhere(_ id: String) -> Bool { locks.isOpenElsewhere(id) }

    /// Every submitted exam over today's bank, newest first, for the past exams screen;
    /// none when history is off or cannot be read (the warning says why).
    func pastExams(bank: Bank) -> [PastExam] {
        (read("exams") { try $0.allExams() } ?? []).compactMap { stored in
            guard stored.status == .submitted, let score = stored.score else { return nil }
            let session = ExamSession.restore(stored.snapshot, bank: bank).session
            return PastExam(session: session, takenAt: stored.updatedAt, score: score)
        }
    }

    /// Every comment left on an item, oldest first (for `awsquiz comments`); like
    /// `progressOrFailure`, a history that cannot be read is the command's failure.
    func commentsOrFailure(language: Language) throws -> [ItemComment] {
        try orFailure(read("comments") { try $0.comments() }, language: language)
    }

    func perform(_ effect: Effect, bank: Bank) -> Msg? {
        switch effect {
        case .quit, .copyToClipboard, .saveSettings: return nil
        case .refreshHistory: return refresh(bank: bank)
        case .loadPastExams: return .pastExamsLoaded(pastExams(bank: bank))
        case .releaseExam(let id):
            locks.release(id)
            return nil
        case .recordAnswers(let answers):
            return save { try $0.record(answers) }
        case .recordComment(let comment):
            return save { try $0.record(comment) }
        case .setFlag(let questionID, let flagged):
            return save { try $0.setFlag(questionID, flagged: flagged) }
        case .saveExam(let snapshot):
            guard locks.hold(snapshot.id) else { return .examOpenElsewhere(id: snapshot.id) }
            var stillOpen = true
            let reply = save { stillOpen = try $0.saveExam(snapshot) }
            guard stillOpen else {
                locks.release(snapshot.id)
                return .examFinishedElsewhere(id: snapshot.id)
            }
            return reply
        case .discardExam(let id):
            guard locks.hold(id) else { return .examOpenElsewhere(id: id) }
            defer { locks.release(id, finished: true) }
            return save { try $0.discardExam(id: id) }
        case .submitExam(let snapshot, let score, let answers):
            guard let history else { return nil }
            do {
                let filed = try history.submitExam(snapshot, score: score, answers: answers)
                locks.release(snapshot.id, finished: true)
                return filed ? saved() : .examFinishedElsewhere(id: snapshot.id)
            } catch {
                lastSaveFailed = true
                return .submitFailed(id: snapshot.id, HistoryText.submitFailed(Self.reason(error)))
            }
        }
    }

    private func save(_ body: (StudyHistory) throws -> Void) -> Msg? {
        guard let history else { return nil }
        do {
            try body(history)
            return saved()
        } catch {
            lastSaveFailed = true
            return .saveFailed(HistoryText.saveFailed(Self.reason(error)))
        }
    }

    private func saved() -> Msg? {
        defer { lastSaveFailed = false }
        return lastSaveFailed ? .saved : nil
    }

    /// What another window saved since this one last looked, if anything.
    private func refresh(bank: Bank) -> Msg? {
        guard let history, history.changedElsewhere() else { return nil }
        return .historyReloaded(progress(), pendingExams(bank: bank), warning: warning, flagged: flags())
    }
}
