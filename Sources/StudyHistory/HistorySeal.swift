import Foundation

/// What the history file was when this program last closed it as its last connection:
/// its size, modification time and inode, with no write-ahead log left. A file still
/// exactly so was last written by this program's own commits and checkpoint, so opening
/// it skips SQLite's quick check, which reads the whole file (150 ms for a million
/// answers). Any other file is checked: after a crash or `kill -9` (the log is left),
/// while another window has it open, once anything else wrote it. Damage that changes
/// none of these (a failing disk) is still found when a read meets it.
struct HistorySeal {
    /// The database file's path.
    let path: String

    private var sealPath: String { path + ".sealed" }

    /// The file's state now; nil when a write-ahead log is left or it cannot be read.
    private var currentState: String? {
        guard !FileManager.default.fileExists(atPath: path + "-wal") else { return nil }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
    }

    /// Whether the file is as the last close sealed it. The seal is used up either way, so
    /// a session that ends in a crash leaves none.
    func take() -> Bool {
        let sealed = try? String(contentsOfFile: sealPath, encoding: .utf8)
        unlink(sealPath)
        return sealed != nil && sealed == currentState
    }

    /// Seals the file as it is now, unless a log is left (another connection is open).
    func seal() {
        guard let state = currentState else { return }
        try? state.write(toFile: sealPath, atomically: true, encoding: .utf8)
    }
}
