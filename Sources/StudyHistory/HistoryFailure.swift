import GRDB

/// What kind of trouble a history operation met, in terms a user can act on; the SQL
/// behind it is never shown.
public enum HistoryFailure: Sendable, Hashable {
    /// The disk (or the file's size limit) is full.
    case diskFull
    /// The file or its folder cannot be written (permissions, read-only disk, gone).
    case unwritable
    /// Another program holds the file locked for longer than we wait.
    case busy
    /// The file is damaged.
    case damaged
    /// Anything else.
    case other

    public init(_ error: any Error) {
        guard let error = error as? DatabaseError else {
            self = .other
            return
        }
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_AUTH: self = .unwritable
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged
        default: self = .other
        }
    }

    /// The error means the file is damaged, not merely out of reach.
    public static func isDamage(_ error: any Error) -> Bool {
        HistoryFailure(error) == .damaged
    }
}
