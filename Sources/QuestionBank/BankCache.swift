import Foundation
import QuizEngine

/// The parsed bank kept in the data directory so later starts skip YAML. It is used only
/// when every source file is exactly as it was (path, size, modification time, inode)
/// and the cache file itself checks out; otherwise the bank is parsed again and the
/// cache rewritten. A cache that cannot be written is simply not written.
public enum BankCache {
    static let magic = Array("awsquiz bank cache 3 (question format 2)\n".utf8)

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

    /// Names, sizes, modification times and inodes of every source file, in order.
    static func sourceKey(_ paths: [String]) -> String {
        var ignored: [Diagnostic] = []
        let (catalogues, questions) = BankLoader.resolve(paths, diagnostics: &ignored)
        return (catalogues + questions).map { path in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
            return "\(path)|\(size)|\(modified)|\(inode)"
        }.joined(separator: "\n")
    }

    /// The file is: magic, key, checksum, the structure's length, the structure, then the
    /// texts. The checksum is read through the file, not the mapping, and the texts are
    /// only mapped: a later start keeps in memory the structure and what is on screen.
    static func read(_ file: String, key: String) -> BankLoadResult? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else { return nil }
        let texts = TextBytes(data)
        return data.withUnsafeBytes { bytes -> BankLoadResult? in
            guard bytes.starts(with: magic) else { return nil }
            var header = BinaryReader(bytes, from: magic.count)
            do throws(BinaryReader.Damaged) {
                guard try header.readString() == key else { return nil }
                let checksum = try header.readUInt64()
                let structureLength = try header.readInt()
                let payloadStart = header.offset
                guard structureLength >= 0, structureLength <= bytes.count - payloadStart,
                      fnv(ofFile: file, from: payloadStart) == checksum
                else { return nil }
                let textsStart = payloadStart + structureLength
                var reader = BinaryReader(
                    UnsafeRawBufferPointer(rebasing: bytes[..<textsStart]), from: payloadStart, texts: (texts, textsStart)
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
        var header = BinaryWriter()
        header.write(key)
        var checksum = FNV()
        payload.bytes.withUnsafeBytes { checksum.add($0) }
        payload.texts.withUnsafeBytes { checksum.add($0) }
        header.write(checksum.value)
        header.write(payload.bytes.count)
        let directory = (file as NSString).deletingLastPathComponent
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else { return }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            for part in [magic, header.bytes, payload.bytes, payload.texts] {
                try handle.write(contentsOf: part)
            }
            try handle.close()
            if rename(temporary, file) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    /// FNV-1a over 8-byte words: a checksum that catches damaged bytes at memory speed.
    static func fnv(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = FNV()
        checksum.add(raw)
        return checksum.value
    }

    static func fnv(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { fnv($0) } }

    /// The checksum of a file's bytes from `offset` on, read a megabyte at a time (so the
    /// bytes pass through the page cache, not through this process's memory); nil when the
    /// file cannot be read.
    static func fnv(ofFile path: String, from offset: Int) -> UInt64? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var checksum = FNV()
        do {
            try handle.seek(toOffset: UInt64(offset))
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                chunk.withUnsafeBytes { checksum.add($0) }
            }
        } catch {
            return nil
        }
        return checksum.value
    }

    /// FNV-1a fed in pieces: whole 8-byte words, then the last bytes one by one, the same
    /// value however the bytes are split.
    struct FNV {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        private var partial: [UInt8] = []

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            var start = 0
            if !partial.isEmpty {
                let taken = min(8 - partial.count, raw.count)
                partial += raw[0..<taken]
                start = taken
                guard partial.count == 8 else { return }
                partial.withUnsafeBytes { mix($0.loadUnaligned(as: UInt64.self)) }
                partial = []
            }
            let words = (raw.count - start) / 8
            for index in 0..<words {
                mix(raw.loadUnaligned(fromByteOffset: start + index * 8, as: UInt64.self))
            }
            partial = Array(raw[(start + words * 8)...])
        }

        private mutating func mix(_ word: UInt64) {
            hash ^= word
            hash &*= 0x0000_0100_0000_01B3
        }

        var value: UInt64 {
            var result = hash
            for byte in partial {
                result ^= UInt64(byte)
                result &*= 0x0000_0100_0000_01B3
            }
            return result
        }
    }

    private static func hex(_ value: UInt64) -> String { String(value, radix: 16) }
}
