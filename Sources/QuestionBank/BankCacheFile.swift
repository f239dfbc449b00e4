import Foundation
import QuizEngine

/// The bank cache file while it is written, under a temporary name. Each question file's
/// texts go into it as soon as that file is parsed, at a page-aligned place of their own,
/// and are mapped straight back read-only: the parsed questions then hold places in this
/// file instead of Strings, so a first start never holds a large bank's texts in memory.
/// Laid out as `BankCache.read` expects: magic and header, the texts, the structure.
final class BankCacheFile: @unchecked Sendable {
    let path: String
    /// Where the texts start: past the magic and the header, on a page boundary.
    let textsStart: Int
    private let descriptor: Int32
    private let pageSize = max(Int(sysconf(Int32(_SC_PAGESIZE))), 1)
    /// Guards `end` and `places`, which parsing threads share.
    private let lock = NSLock()
    /// Where the next bytes go.
    private var end: Int
    /// Where each stored file's texts lie among the texts, by the bytes that map them;
    /// holding the bytes keeps their identities from being reused.
    private var places: [ObjectIdentifier: (bytes: TextBytes, offset: Int)] = [:]

    /// Creates the file at `path` (and its directory), keeping `headerLength` bytes for the
    /// header; nil when it cannot be created.
    init?(creating path: String, headerLength: Int) {
        let directory = (path as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil
        else { return nil }
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.path = path
        textsStart = (headerLength + pageSize - 1) / pageSize * pageSize
        end = textsStart
    }

    deinit { close(descriptor) }

    /// The same file result with its texts in this file; unchanged when they cannot be
    /// written (they then stay in memory, and `finish` copies them like any other).
    func storingTexts(of file: BankLoader.FileResult) -> BankLoader.FileResult {
        let texts = file.texts.map { (ja: $0.ja.utf8, en: $0.en.utf8) }
        guard !texts.isEmpty else { return file }
        // Sized first, so a file's texts are held once while written, never twice while growing.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.ja.count + $1.en.count })
        let places = texts.map { text in
            let place = (start: bytes.count, jaLength: text.ja.count, enLength: text.en.count)
            bytes += text.ja
            bytes += text.en
            return place
        }
        guard let mapped = store(bytes) else { return file }
        var next = 0
        return file.replacingTexts { text in
            defer { next += 1 }
            let place = places[next]
            let stored = StoredText(bytes: mapped, start: place.start, jaLength: place.jaLength, enLength: place.enLength)
            return stored.map(LocalizedText.init(stored:)) ?? text
        }
    }

    /// Writes `bytes` at the next page boundary and maps them back read-only.
    private func store(_ bytes: [UInt8]) -> TextBytes? {
        lock.lock()
        let offset = end
        end = (offset + bytes.count + pageSize - 1) / pageSize * pageSize
        lock.unlock()
        guard write(bytes, at: offset) else { return nil }
        guard !bytes.isEmpty else { return TextBytes(Data()) }
        guard let start = mmap(nil, bytes.count, PROT_READ, MAP_SHARED, descriptor, off_t(offset)), start != MAP_FAILED
        else { return nil }
        let mapped = TextBytes(Data(bytesNoCopy: start, count: bytes.count, deallocator: .custom { munmap($0, $1) }))
        lock.lock()
        places[ObjectIdentifier(mapped)] = (mapped, offset - textsStart)
        lock.unlock()
        return mapped
    }

    /// Where `stored` lies among the texts, when it was stored here.
    func textsOffset(of stored: StoredText) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return places[ObjectIdentifier(stored.bytes)].map { $0.offset + Int(stored.start) }
    }

    /// How many bytes the texts take so far.
    var textsLength: Int {
        lock.lock()
        defer { lock.unlock() }
        return end - textsStart
    }

    /// Adds the last texts and the structure after the stored texts, writes the header
    /// into the space kept for it and gives the file its name; false when any step fails.
    func finish(texts: [UInt8], structure: [[UInt8]], header: [UInt8], as file: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        for piece in [texts] + structure {
            guard write(piece, at: end) else { return false }
            end += piece.count
        }
        return header.count <= textsStart && write(header, at: 0) && rename(path, file) == 0
    }

    /// Writes all of `bytes` at `offset`, however many calls that takes.
    private func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var done = 0
            while done < raw.count {
                let written = pwrite(descriptor, base + done, raw.count - done, off_t(offset + done))
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                done += written
            }
            return true
        }
    }
}
