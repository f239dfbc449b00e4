import QuizEngine

/// A small length-prefixed binary format for the bank cache: far faster to read back than
/// JSON or YAML, and every read is bounds-checked so a damaged file is an error, not a trap.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// The texts of `LocalizedText`s, kept apart from the structure in `bytes` (which holds
    /// where each lies here), so a reader can map them and leave them unread.
    private(set) var texts: [UInt8] = []

    /// Where the text starts among `texts` and its two lengths, 32 bits each: the structure
    /// a later start reads stays small. (A cache past 4 GB would fail its bounds checks and
    /// be parsed again, never misread.)
    mutating func write(_ text: LocalizedText) {
        let ja = text.ja.utf8, en = text.en.utf8
        for value in [texts.count, ja.count, en.count] {
            withUnsafeBytes(of: UInt32(clamping: value).littleEndian) { bytes.append(contentsOf: $0) }
        }
        texts.append(contentsOf: ja)
        texts.append(contentsOf: en)
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write<Element>(_ items: [Element], _ each: (inout BinaryWriter, Element) -> Void) {
        write(items.count)
        for item in items { each(&self, item) }
    }
}

/// Reads over bytes it does not own, so a mapped cache file is decoded without a copy.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// Where `LocalizedText`s are read from: the mapped file and where its texts start.
    private let texts: (bytes: TextBytes, start: Int)?

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0, texts: (bytes: TextBytes, start: Int)? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.texts = texts
    }

    /// Strings longer than a small string, read once each: service names, links and
    /// constraints repeat across thousands of questions and then share one copy.
    private var interned: [String: String] = [:]

    /// A text left in the mapped bytes, read when shown.
    mutating func readLocalized() throws(Damaged) -> LocalizedText {
        guard let texts else { throw Damaged() }
        let start = Int(try readUInt32()), jaLength = Int(try readUInt32()), enLength = Int(try readUInt32())
        guard let stored = StoredText(bytes: texts.bytes, start: texts.start + start, jaLength: jaLength, enLength: enLength)
        else { throw Damaged() }
        return LocalizedText(stored: stored)
    }

    mutating func readUInt32() throws(Damaged) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw Damaged() }
        let value = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        offset += 4
        return value
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readUInt64() throws(Damaged) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    mutating func readInt() throws(Damaged) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: try readUInt64()))
    }

    mutating func readBool() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// Copies the bytes straight into a new string; invalid UTF-8 (which the cache's checksum
    /// already rules out) would be repaired, never trusted.
    mutating func readString() throws(Damaged) -> String {
        let length = try readInt()
        guard length >= 0, length <= bytes.count - offset else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        offset += length
        let text = String(unsafeUninitializedCapacity: length) { target in
            UnsafeMutableRawBufferPointer(target).copyMemory(from: source)
            return length
        }
        guard length > 15 else { return text }
        if let shared = interned[text] { return shared }
        interned[text] = text
        return text
    }

    mutating func readArray<Element>(_ each: (inout BinaryReader) throws(Damaged) -> Element) throws(Damaged) -> [Element] {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        var items: [Element] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try each(&self)) }
        return items
    }
}
