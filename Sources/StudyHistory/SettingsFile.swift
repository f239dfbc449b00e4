import Foundation
import QuizEngine

/// The settings kept between runs, as `settings.json` in the config directory
/// (`$XDG_CONFIG_HOME/awsquiz`, else `~/.config/awsquiz`). A missing file is the
/// defaults; a broken or unreadable one is the defaults and a problem to tell, never a
/// crash. Writes go to a temporary file renamed over the old one, so a crash mid-write
/// leaves the old settings or the new, never half of either. The file is read and
/// written with POSIX calls, so a failure is told with the system's own words
/// ("Permission denied", "Not a directory").
public struct SettingsFile: Sendable {
    public static let fileName = "settings.json"

    public let path: String

    public init(directory: String) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
    }

    /// Files larger than this are not settings awsquiz wrote; they are not read whole.
    static let maximumBytes = 64 * 1024

    /// The settings, or the defaults and why the file was not used.
    public func load() -> (settings: Settings, problem: Settings.Problem?) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return errno == ENOENT ? (Settings(), nil) : (Settings(), .unreadable(path: path, reason: Self.describe(errno)))
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while data.count <= Self.maximumBytes {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 { return (Settings(), .unreadable(path: path, reason: Self.describe(errno))) }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        guard data.count <= Self.maximumBytes, let settings = try? JSONDecoder().decode(Settings.self, from: data) else {
            return (Settings(), .invalid(path: path))
        }
        return (settings, nil)
    }

    /// Writes `settings` atomically (a synced temporary file renamed over the old one),
    /// creating the directory when needed.
    public func save(_ settings: Settings) -> Settings.Problem? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(settings) else { return .unwritable(path: path, reason: "not encodable") }
        let failure = Self.makeDirectories((path as NSString).deletingLastPathComponent) ?? Self.replace(path, with: data)
        return failure.map { .unwritable(path: path, reason: Self.describe($0)) }
    }

    /// Creates `directory` and its parents; the errno of the first step that fails.
    private static func makeDirectories(_ directory: String) -> Int32? {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return errno }
        }
        return nil
    }

    /// Writes `data` to a temporary file beside `path`, syncs it and renames it over
    /// `path`; the errno of the step that failed, the temporary file then removed.
    private static func replace(_ path: String, with data: Data) -> Int32? {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        let written = data.withUnsafeBytes { bytes in write(descriptor, bytes.baseAddress, bytes.count) }
        let failure: Int32? = written != data.count ? (written < 0 ? errno : EIO) : (fsync(descriptor) != 0 ? errno : nil)
        close(descriptor)
        if failure == nil, rename(temporary, path) == 0 { return nil }
        let reason = failure ?? errno
        unlink(temporary)
        return reason
    }

    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
