import Foundation

/// Which exams this process has open, held as an exclusive `flock` on one small file per
/// exam in the data directory. The kernel drops a process's locks when it exits, however
/// it exits (quit, crash, kill -9), so an exam is never left locked by a window that is
/// gone, and never open in two windows at once.
public final class ExamLocks {
    private let directory: String
    /// Open lock files by exam id.
    private var held: [String: Int32] = [:]

    public init(dataDirectory: String) {
        directory = (dataDirectory as NSString).appendingPathComponent("exam-locks")
    }

    deinit {
        for descriptor in held.values { close(descriptor) }
    }

    /// Takes the exam for this process; false when another running window has it.
    public func hold(_ id: String) -> Bool {
        if held[id] != nil { return true }
        switch lock(id) {
        case .held(let descriptor):
            held[id] = descriptor
            return true
        case .busy: return false
        case .unavailable: return true
        }
    }

    /// Lets another window open the exam; `finished` also removes its lock file, for an
    /// exam that is submitted or discarded and will not be opened again.
    public func release(_ id: String, finished: Bool = false) {
        guard let descriptor = held.removeValue(forKey: id) else { return }
        if finished { unlink(path(id)) }
        close(descriptor)
    }

    /// Whether another running process has the exam open (this one's own are not counted).
    public func isOpenElsewhere(_ id: String) -> Bool {
        if held[id] != nil { return false }
        switch lock(id) {
        case .held(let descriptor):
            close(descriptor)
            return false
        case .busy: return true
        case .unavailable: return false
        }
    }

    private enum Attempt {
        case held(Int32)
        /// Another process holds it.
        case busy
        /// No lock file can be made (a read-only data directory): exams go unlocked there,
        /// and saving fails there anyway and says so.
        case unavailable
    }

    private func lock(_ id: String) -> Attempt {
        mkdir(directory, 0o755)
        let descriptor = open(path(id), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .unavailable }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .held(descriptor) }
        close(descriptor)
        return .busy
    }

    private func path(_ id: String) -> String {
        let safe = String(id.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" })
        return (directory as NSString).appendingPathComponent(safe + ".lock")
    }
}
