import Foundation
import QuizEngine

/// The parsed bank kept in the data directory so later starts skip YAML. It is used only
/// when every source file is exactly as it was (path, size, modification time, inode)
/// and the cache file itself checks out; otherwise the bank is parsed again and the
/// cache rewritten. A cache that cannot be written is simply not written.
public enum BankCache {
    static let magic = Array("awsquiz bank cache 5 (question format 2)\n".utf8)

    /// Loads `paths` through the cache in `directory`, telling whether the cache was used.
    /// A cache written by another version of the program is not used.
    public static func load(
        paths: [String], cacheDirectory: String, version: String = ProgramVersion.current
    ) -> (result: BankLoadResult, fromCache: Bool) {
        let key = "awsquiz \(version), question format \(ProgramVersion.questionFormat)\n" + sourceKey(paths)
        let file = (cacheDirectory as NSString).appendingPathComponent("bank-cache-\(hex(fnv(Array(paths.joined(separator: "\n").utf8)))).bin")
        if let cached = read(file, key: key) { return (cached, true) }
        let result = BankLoader.load(paths: paths)
        write(result, key: key, to: file)
        return (result, false)
    }

    /// Names, sizes, modification times and inodes of every source file, in order. Read
    /// with `stat`: Foundation's attributes also look up the owner's names, which read
    /// /etc/passwd and /etc/group once per file on every start.
    static func sourceKey(_ paths: [String]) -> String {
        var ignored: [Diagnostic] = []
        let (catalogues, questions) = BankLoader.resolve(paths, diagnostics: &ignored)
        return (catalogues + questions).map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return "\(path)|unreadable" }
            let modified = "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
            return "\(path)|\(status.st_size)|\(modified)|\(status.st_ino)"
        }.joined(separator: "\n")
    }

    /// The file is: magic, a header (key, the structure's checksum, the structure's and the
    /// texts' lengths), the structure, then the texts. Only the structure is checked and
    /// read: the texts stay mapped and unread until shown, so a later start never pages in
    /// the whole file. Every text's place is checked against the texts when the structure
    /// is read, and a text's bytes are repaired when shown if they are not UTF-8, so a
    /// damaged text shows as damaged, never traps.
    static func read(_ file: String, key: String) -> BankLoadResult? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else { return nil }
        let texts = TextBytes(data)
        return data.withUnsafeBytes { bytes -> BankLoadResult? in
            guard bytes.starts(with: magic) else { return nil }
            do throws(BinaryReader.Damaged) {
                var header = try BinaryReader(bytes, from: magic.count)
                guard try header.readString() == key else { return nil }
                let checksum = try header.readUInt64()
                let structureLength = try header.readInt()
                let textsLength = try header.readInt()
                let structureStart = header.offset
                guard structureLength >= 0, textsLength >= 0, structureLength <= bytes.count - structureStart,
                      textsLength == bytes.count - structureStart - structureLength
                else { return nil }
                let textsStart = structureStart + structureLength
                let structure = UnsafeRawBufferPointer(rebasing: bytes[structureStart..<textsStart])
                guard fnv(structure) == checksum else { return nil }
                var reader = try BinaryReader(
                    UnsafeRawBufferPointer(rebasing: bytes[..<textsStart]), from: structureStart, texts: (texts, textsStart)
                )
                let result = try decode(&reader)
                return reader.isAtEnd ? result : nil
            } catch {
                return nil
            }
        }
    }

    static func write(_ result: BankLoadResult, key: String, to file: String) {
        var payload = BinaryWriter()
        encode(result, into: &payload)
        let structure = payload.bytes
        var header = BinaryWriter()
        header.write(key)
        header.write(fnv(structure))
        header.write(structure.count)
        header.write(payload.texts.count)
        let directory = (file as NSString).deletingLastPathComponent
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else { return }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            for part in [magic, header.bytes, structure, payload.texts] {
                try handle.write(contentsOf: part)
            }
            try handle.close()
            if rename(temporary, file) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    /// A checksum that catches damaged bytes at memory speed (`FNV`).
    static func fnv(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = FNV()
        checksum.add(raw)
        return checksum.value
    }

    static func fnv(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { fnv($0) } }

    /// FNV-1a over 8-byte words in four interleaved lanes (word i goes to lane i mod 4, so
    /// the multiplications do not wait on each other), fed in pieces: the same value however
    /// the bytes are split. The last bytes that fill no word go in one by one.
    struct FNV {
        private var lanes: [UInt64] = Array(repeating: 0xCBF2_9CE4_8422_2325, count: 4)
        /// Words seen so far, for the lane of the next one.
        private var words = 0
        private var partial: [UInt8] = []

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            var start = 0
            if !partial.isEmpty {
                let taken = min(8 - partial.count, raw.count)
                partial += raw[0..<taken]
                start = taken
                guard partial.count == 8 else { return }
                let word = partial.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                mix(word)
                partial = []
            }
            var position = start
            while position + 8 <= raw.count, words % 4 != 0 {
                mix(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                position += 8
            }
            var (a, b, c, d) = (lanes[0], lanes[1], lanes[2], lanes[3])
            while position + 32 <= raw.count {
                a = (a ^ raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)) &* Self.prime
                b = (b ^ raw.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self)) &* Self.prime
                c = (c ^ raw.loadUnaligned(fromByteOffset: position + 16, as: UInt64.self)) &* Self.prime
                d = (d ^ raw.loadUnaligned(fromByteOffset: position + 24, as: UInt64.self)) &* Self.prime
                position += 32
                words += 4
            }
            lanes = [a, b, c, d]
            while position + 8 <= raw.count {
                mix(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                position += 8
            }
            partial = Array(raw[position...])
        }

        private static let prime: UInt64 = 0x0000_0100_0000_01B3

        private mutating func mix(_ word: UInt64) {
            lanes[words % 4] = (lanes[words % 4] ^ word) &* Self.prime
            words += 1
        }

        var value: UInt64 {
            var result = lanes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ $1) &* Self.prime }
            for byte in partial {
                result ^= UInt64(byte)
                result &*= Self.prime
            }
            return result
        }
    }

    private static func hex(_ value: UInt64) -> String { String(value, radix: 16) }
}
