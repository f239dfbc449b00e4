/// Tests on eight bytes at once, for scans over whole files and texts on a first start: a
/// word that holds none of the bytes looked for is passed whole. Each test is exact: true
/// if and only if some byte of the word qualifies.
public enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `index`, which must leave eight bytes in `bytes`.
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// Whether some byte of `word` is `byte`.
    public static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        containsByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether some byte of `word` is below `limit`, which is at most 0x80.
    public static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether some byte of `word` is not ASCII.
    public static func containsNonASCII(_ word: UInt64) -> Bool {
        word & highBits != 0
    }
}
