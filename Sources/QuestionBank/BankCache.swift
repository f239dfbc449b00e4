import Foundation
import QuizEngine

/// The parsed bank kept in the data directory so later starts skip YAML. It is used only
/// when every source file is exactly as it was (path, size, modification time, inode)
/// and the cache file itself checks out; otherwise the bank is parsed again and the
/// cache rewritten. A cache that cannot be written is simply not written.
public enum BankCache {
    static let magic = Array("awsquiz bank cache 2 (question format 2)\n".utf8)

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

    static func read(_ file: String, key: String) -> BankLoadResult? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes -> BankLoadResult? in
            guard bytes.starts(with: magic) else { return nil }
            var reader = BinaryReader(bytes, from: magic.count)
            do throws(BinaryReader.Damaged) {
                guard try reader.readString() == key else { return nil }
                let checksum = try reader.readUInt64()
                let payloadStart = magic.count + 8 + key.utf8.count + 8
                guard fnv(UnsafeRawBufferPointer(rebasing: bytes[payloadStart...])) == checksum else { return nil }
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
        header.write(fnv(payload.bytes))
        let directory = (file as NSString).deletingLastPathComponent
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else { return }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            for part in [magic, header.bytes, payload.bytes] {
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
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let words = raw.count / 8
        for index in 0..<words {
            hash ^= raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            hash &*= 0x0000_0100_0000_01B3
        }
        for index in (words * 8)..<raw.count {
            hash ^= UInt64(raw[index])
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func fnv(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { fnv($0) } }

    private static func hex(_ value: UInt64) -> String { String(value, radix: 16) }
}
