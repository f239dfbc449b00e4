import Foundation
import QuizEngine

/// The settings kept between runs, as `settings.json` in the config directory
/// (`$XDG_CONFIG_HOME/awsquiz`, else `~/.config/awsquiz`). A missing file is the
/// defaults; a broken or unreadable one is the defaults and a problem to tell, never a
/// crash. Writes go to a temporary file renamed over the old one, so a crash mid-write
/// leaves the old settings or the new, never half of either.
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
        guard FileManager.default.fileExists(atPath: path) else { return (Settings(), nil) }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            data = try handle.read(upToCount: Self.maximumBytes + 1) ?? Data()
        } catch {
            return (Settings(), .unreadable(path: path, reason: Self.reason(error)))
        }
        guard data.count <= Self.maximumBytes, let settings = try? JSONDecoder().decode(Settings.self, from: data) else {
            return (Settings(), .invalid(path: path))
        }
        return (settings, nil)
    }

    /// Writes `settings` atomically, creating the directory when needed.
    public func save(_ settings: Settings) -> Settings.Problem? {
        do {
            let directory = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let temporary = path + ".tmp-\(getpid())"
            try encoder.encode(settings).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                return .unwritable(path: path, reason: reason)
            }
            return nil
        } catch {
            return .unwritable(path: path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(underlying.code))) }
        return (error as NSError).localizedDescription
    }
}
