import Foundation
import QuizEngine

/// The parsed bank kept in the data directory so later starts skip YAML. It is used only
/// when every source file is exactly as it was (path, size, modification time, inode)
/// and the cache file itself checks out; otherwise the bank is parsed again and the
/// cache rewritten. A cache that cannot be written is simply not written.
public enum BankCache {
    static let magic = Array("awsquiz bank cache 6 (question format 2)\n".utf8)

    /// Loads `paths` through the cache in `directory`, telling whether the cache was used.
    /// A cache written by another version of the program is not used.
    public static func load(
        paths: [String], cacheDirectory: String, version: String = ProgramVersion.current
    ) -> (result: BankLoadResult, fromCache: Bool) {
        let key = "awsquiz \(version), question format \(ProgramVersion.questionFormat)\n" + sourceKey(paths)
        let file = (cacheDirectory as NSString).appendingPathComponent("bank-cache-\(hex(fnv(Array(paths.joined(separator: "\n").utf8)))).bin")
        if let cached = read(file, key: key) { return (cached, true) }
        return (parseIntoCache(paths, key: key, file: file), false)
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

    /// The file is: magic, a header (key, the structure's checksum, where the texts start,
    /// the texts' and the structure's lengths), the texts, then the structure. Only the
    /// structure is checked and read: the texts stay mapped and unread until shown, so a
    /// later start never pages in the whole file. Every text's place is checked against
    /// the texts when the structure is read, and a text's bytes are repaired when shown if
    /// they are not UTF-8, so a damaged text shows as damaged, never traps.
    static func read(_ file: String, key: String) -> BankLoadResult? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes -> BankLoadResult? in
            guard bytes.starts(with: magic) else { return nil }
            do throws(BinaryReader.Damaged) {
                var header = try BinaryReader(bytes, from: magic.count)
                guard try header.readString() == key else { return nil }
                let checksum = try header.readUInt64()
                let textsStart = try header.readInt(), textsLength = try header.readInt()
                let structureLength = try header.readInt()
                guard textsStart >= header.offset, textsStart <= bytes.count, textsLength >= 0,
                      textsLength <= bytes.count - textsStart, structureLength == bytes.count - textsStart - textsLength
                else { return nil }
                let structureStart = textsStart + textsLength
                let structure = UnsafeRawBufferPointer(rebasing: bytes[structureStart...])
                guard fnv(structure) == checksum else { return nil }
                var reader = try BinaryReader(structure, texts: TextBytes(data[textsStart..<structureStart]))
                let result = try decode(&reader)
                return reader.isAtEnd ? result : nil
            } catch {
                return nil
            }
        }
    }

    /// The header that leads the file; its length depends on the key alone.
    static func header(key: String, checksum: UInt64, textsStart: Int, textsLength: Int, structureLength: Int) -> [UInt8] {
        var header = BinaryWriter()
        header.write(key)
        header.write(checksum)
        header.write(textsStart)
        header.write(textsLength)
        header.write(structureLength)
        return magic + header.bytes
    }

    /// Parses the bank with each file's texts written to the cache file as soon as that
    /// file is read, then adds the structure, which names where the texts lie rather than
    /// copying them again. The bank parsed is what the game plays: its texts are already
    /// mapped from the cache file, so reading the file back would only decode the
    /// structure twice. When the file cannot be created, the bank is parsed into memory;
    /// when it cannot be finished, it is removed and the bank parsed is played as it is.
    static func parseIntoCache(_ paths: [String], key: String, file: String) -> BankLoadResult {
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let headerLength = header(key: key, checksum: 0, textsStart: 0, textsLength: 0, structureLength: 0).count
        guard let cacheFile = BankCacheFile(creating: temporary, headerLength: headerLength) else {
            return BankLoader.load(paths: paths)
        }
        let result = BankLoader.load(paths: paths) { cacheFile.storingTexts(of: $0) }
        var payload = BinaryWriter(textsOrigin: cacheFile.textsLength, placing: cacheFile.textsOffset(of:))
        encode(result, into: &payload)
        let structure = payload.pieces
        var checksum = FNV()
        for piece in structure { piece.withUnsafeBytes { checksum.add($0) } }
        let written = cacheFile.finish(
            texts: payload.texts, structure: structure,
            header: header(
                key: key, checksum: checksum.value, textsStart: cacheFile.textsStart,
                textsLength: cacheFile.textsLength + payload.texts.count, structureLength: structure.map(\.count).reduce(0, +)
            ),
            as: file
        )
        if !written { try? FileManager.default.removeItem(atPath: temporary) }
        return result
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
