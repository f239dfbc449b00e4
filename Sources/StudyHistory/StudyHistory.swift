import Foundation
import GRDB
import QuizEngine

/// The file was written by a newer awsquiz; it is left untouched.
public struct NewerSchema: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path) was written by a newer awsquiz; it is left untouched" }
}

/// What a user did across sessions, in one SQLite file in the data directory: every
/// answer the moment it is given, and every exam after every change.
///
/// The file uses a write-ahead log: another program (sqlite3, a second window) can read
/// it while the game writes, and a commit is one append that a crash or power cut either
/// keeps whole or drops whole (`synchronous = FULL` makes each commit durable).
public final class StudyHistory {
    public static let fileName = "history.sqlite"

    let path: String
    private let prepare: (@Sendable (Database) throws -> Void)?
    var database: DatabaseQueue
    /// Set when a damaged file was moved aside; the user must be told.
    public private(set) var setAsidePath: String?
    /// Answers copied from the file set aside into the new one.
    public private(set) var rescuedAnswers = 0
    /// `PRAGMA data_version` as last read: it changes when another connection commits.
    private var seenDataVersion: Int?
    /// Whether opening ran SQLite's quick check over the whole file (see `HistorySeal`).
    private(set) var checkedAtOpen = true

    /// Opens (creating if needed) the history in `directory`. A file that is not a
    /// readable database, or fails SQLite's quick check (run unless the file is as this
    /// program last closed it), is renamed aside (never deleted) and a fresh one is
    /// started. `prepare` runs on the connection before use; tests use it to simulate a
    /// full disk.
    public init(directory: String, prepare: (@Sendable (Database) throws -> Void)? = nil) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        self.prepare = prepare
        // Windows starting at the same moment open one at a time, so two never run the
        // migrations (or the switch to WAL) of a new file together.
        let gate = Self.takeGate(path)
        defer { if gate >= 0 { close(gate) } }
        checkedAtOpen = !HistorySeal(path: path).take()
        do {
            database = try Self.openQueue(path, prepare: prepare, check: checkedAtOpen)
            setAsidePath = nil
        } catch where HistoryFailure.isDamage(error) || error is DamagedFile {
            let aside = try Self.moveAside(path)
            setAsidePath = aside
            database = try Self.openQueue(path, prepare: prepare)
            rescuedAnswers = HistorySalvage.copyAnswers(from: aside, into: self)
        }
    }

    /// Closes the file and, when this was its last connection, seals it (`HistorySeal`),
    /// holding the gate so that a window opening at the same moment sees the file before
    /// or after, never in between.
    deinit {
        let gate = Self.takeGate(path)
        defer { if gate >= 0 { close(gate) } }
        if (try? database.close()) != nil { HistorySeal(path: path).seal() }
    }

    /// Waits for and takes the gate, an flock on `history.sqlite.open-lock`, which closing
    /// the descriptor gives back; -1 when it cannot be opened (then nobody waits).
    private static func takeGate(_ path: String) -> Int32 {
        let gate = open(path + ".open-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if gate >= 0 { flock(gate, LOCK_EX) }
        return gate
    }

    /// The quick check found damage that opening did not.
    struct DamagedFile: Error {}

    private static func openQueue(
        _ path: String, prepare: (@Sendable (Database) throws -> Void)?, check: Bool = true
    ) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        configuration.prepareDatabase { db in
            // Until the file is ready (below), commits do not wait for the disk.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try useWriteAheadLog(db)
            try prepare?(db)
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        if check, try queue.read({ db in try String.fetchAll(db, sql: "PRAGMA quick_check") }) != ["ok"] { throw DamagedFile() }
        if try queue.read({ try HistorySchema.migrator.hasBeenSuperseded($0) }) { throw NewerSchema(path: path) }
        // The switch to WAL and the migrations commit without waiting for the disk: each is
        // one transaction, which the journal or log keeps whole or drops whole, and one a
        // power cut drops runs again at the next start. Waiting for the disk after each made
        // creating a file take ~60 ms here. Answers and exams commit durably from here on.
        try HistorySchema.migrator.migrate(queue)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        return queue
    }

    /// Switches the file to WAL once, when it is new. The switch does not wait for a busy
    /// file (SQLite's busy timeout does not cover it), so a window starting at the same
    /// moment as another retries for up to two seconds.
    private static func useWriteAheadLog(_ db: Database) throws {
        for attempt in 0... {
            do {
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" { return }
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// Renames the file (and its write-ahead log, which may hold committed answers) aside.
    private static func moveAside(_ path: String) throws -> String {
        let aside = path + ".damaged-" + String(Int(Date().timeIntervalSince1970))
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return aside
    }

    /// Damage found after opening (a read failed with SQLITE_CORRUPT): the file is closed,
    /// renamed aside like a file damaged on opening, and a fresh one started. The answers
    /// SQLite can still read from the damaged file are copied into the new one.
    public func setAside() throws {
        try database.close()
        let aside = try Self.moveAside(path)
        setAsidePath = aside
        database = try Self.openQueue(path, prepare: prepare)
        seenDataVersion = nil
        rescuedAnswers = HistorySalvage.copyAnswers(from: aside, into: self)
    }

    /// Whether another connection (another window, another program) committed since the
    /// last call; the first call says true. A check that cannot run says false: nothing
    /// is read on its word, so the next check tries again.
    public func changedElsewhere() -> Bool {
        do {
            let version = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
            defer { seenDataVersion = version }
            return version != seenDataVersion
        } catch {
            return false
        }
    }
}
