import Foundation

/// Bytes that hold texts (the bank cache, mapped from its file), shared by every text read
/// from them; the engine only slices them, it never opens a file.
public final class TextBytes: Sendable {
    let data: Data

    public init(_ data: Data) {
        self.data = data
    }

    public var count: Int { data.count }

    /// The UTF-8 text at `range`; bytes that are not UTF-8 are repaired, never trusted.
    func text(_ range: Range<Int>) -> String {
        data.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

/// Where one `LocalizedText`'s two languages lie in `TextBytes`: Japanese from `start`,
/// English right after it. Kept small, since a large bank holds hundreds of thousands.
public struct StoredText: Sendable {
    public let bytes: TextBytes
    public let start: UInt32
    public let jaLength: UInt32
    public let enLength: UInt32

    /// Nil when the text falls outside the bytes or its place does not fit in 32 bits.
    public init?(bytes: TextBytes, start: Int, jaLength: Int, enLength: Int) {
        guard start >= 0, jaLength >= 0, enLength >= 0, start <= bytes.count - jaLength - enLength,
              let start32 = UInt32(exactly: start), let ja32 = UInt32(exactly: jaLength), let en32 = UInt32(exactly: enLength)
        else { return nil }
        self.bytes = bytes
        self.start = start32
        self.jaLength = ja32
        self.enLength = en32
    }

    func text(_ language: Language) -> String {
        let jaStart = Int(start), enStart = jaStart + Int(jaLength)
        return bytes.text(language == .ja ? jaStart..<enStart : enStart..<(enStart + Int(enLength)))
    }
}
