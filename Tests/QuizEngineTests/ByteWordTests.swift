import QuizEngine
import Testing

/// The eight-bytes-at-once tests answer exactly what a byte-by-byte look would: any byte
/// value, at any place, beside fillers that do and do not qualify themselves.
@Suite struct ByteWordTests {
    static func word(_ byte: UInt8, at place: Int, filler: UInt8) -> [UInt8] {
        var bytes = Array(repeating: filler, count: 8)
        bytes[place] = byte
        return bytes
    }

    static func load(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
    }

    @Test(arguments: [0x00, 0x01, 0x20, 0x41, 0x7F, 0x80, 0xC2, 0xFF] as [UInt8])
    func answersAsAByteByByteLook(_ filler: UInt8) {
        for place in 0..<8 {
            for value in 0...255 {
                let bytes = Self.word(UInt8(value), at: place, filler: filler)
                let word = Self.load(bytes)
                for sought in [0x0A, 0x23, 0x3A, 0x7F, 0xC2] as [UInt8] {
                    #expect(ByteWord.contains(sought, in: word) == bytes.contains(sought), "\(bytes) for \(sought)")
                }
                for limit in [1, 0x20, 0x80] as [UInt8] {
                    #expect(ByteWord.containsByte(below: limit, in: word) == bytes.contains { $0 < limit }, "\(bytes) below \(limit)")
                }
                #expect(ByteWord.containsNonASCII(word) == bytes.contains { $0 >= 0x80 })
            }
        }
    }
}
