import QuizEngine

/// A small length-prefixed binary format for the bank cache: far faster to read back than
/// JSON or YAML, and every read is bounds-checked so a damaged file is an error, not a trap.
/// Each distinct string is written once, in a table ahead of the fields that refer to it by
/// number: ids, services and links repeat across thousands of questions, and a reader
/// decodes each once and shares it, with no hashing.
struct BinaryWriter {
    private var body: [UInt8] = []
    private var strings: [String] = []
    private var stringNumbers: [String: Int] = [:]
    /// The texts of `LocalizedText`s, kept apart from the structure in `bytes` (which holds
    /// where each lies), so a reader can map them and leave them unread.
    private(set) var texts: [UInt8] = []
    /// Where `texts` will lie among all the cache's texts: after those already written.
    private let textsOrigin: Int
    /// Where a text already among the cache's texts lies, if it does: named, not copied.
    private let placed: (StoredText) -> Int?

    init(textsOrigin: Int = 0, placing placed: @escaping (StoredText) -> Int? = { _ in nil }) {
        self.textsOrigin = textsOrigin
        self.placed = placed
    }

    /// Where the text starts among the cache's texts and its two lengths, 32 bits each:
    /// the structure a later start reads stays small. (A cache past 4 GB would fail its
    /// bounds checks and be parsed again, never misread.)
    mutating func write(_ text: LocalizedText) {
        if let stored = text.stored, let start = placed(stored) {
            for value in [start, Int(stored.jaLength), Int(stored.enLength)] {
                write(UInt32(clamping: value))
            }
            return
        }
        let ja = text.ja.utf8, en = text.en.utf8
        for value in [textsOrigin + texts.count, ja.count, en.count] {
            write(UInt32(clamping: value))
        }
        texts.append(contentsOf: ja)
        texts.append(contentsOf: en)
    }

    /// The string table, then the fields: what a `BinaryReader` reads back.
    var bytes: [UInt8] { Array(pieces.joined()) }

    /// `bytes` in the two pieces it is made of, for a writer that need not join them.
    var pieces: [[UInt8]] {
        var table = BinaryWriter()
        table.write(strings.count)
        for string in strings {
            table.write(string.utf8.count)
            table.body.append(contentsOf: string.utf8)
        }
        return [table.body, body]
    }

    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { body.append(value ? 1 : 0) }

    /// The string's number in the table (a bank past 4 billion strings is not a concern).
    mutating func write(_ text: String) {
        let number = stringNumbers[text] ?? strings.count
        if number == strings.count {
            strings.append(text)
            stringNumbers[text] = number
        }
        write(UInt32(clamping: number))
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
    /// Where `LocalizedText`s are read from: the mapped texts of the cache file.
    private let texts: TextBytes?
    /// The string table, read first; fields name its strings by number.
    private var strings: [String] = []

    /// Starts reading `bytes` at `offset`, which must be where a `BinaryWriter`'s string
    /// table begins.
    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0, texts: TextBytes? = nil) throws(Damaged) {
        self.bytes = bytes
        self.offset = offset
        self.texts = texts
        strings = try readArray { reader throws(Damaged) in try reader.readTableString() }
    }

    /// A text left in the mapped bytes, read when shown.
    mutating func readLocalized() throws(Damaged) -> LocalizedText {
        guard let texts else { throw Damaged() }
        let start = Int(try readUInt32()), jaLength = Int(try readUInt32()), enLength = Int(try readUInt32())
        guard let stored = StoredText(bytes: texts, start: start, jaLength: jaLength, enLength: enLength)
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

    /// A string of the table, by its number.
    mutating func readString() throws(Damaged) -> String {
        let number = Int(try readUInt32())
        guard number < strings.count else { throw Damaged() }
        return strings[number]
    }

    /// One string of the table; invalid UTF-8 (which the cache's checksum already rules
    /// out) is repaired, never trusted.
    private mutating func readTableString() throws(Damaged) -> String {
        let length = try readInt()
        guard length >= 0, length <= bytes.count - offset else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        offset += length
        return String(decoding: source, as: UTF8.self)
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
