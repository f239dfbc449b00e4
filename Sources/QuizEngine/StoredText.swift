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

/// Where one `LocalizedText`'s two languages lie in `TextBytes`.
public struct StoredText: Sendable {
    let bytes: TextBytes
    let ja: Range<Int>
    let en: Range<Int>

    /// Nil when either range falls outside the bytes.
    public init?(bytes: TextBytes, ja: Range<Int>, en: Range<Int>) {
        guard ja.lowerBound >= 0, ja.upperBound <= bytes.count, en.lowerBound >= 0, en.upperBound <= bytes.count else { return nil }
        self.bytes = bytes
        self.ja = ja
        self.en = en
    }

    func text(_ language: Language) -> String {
        bytes.text(language == .ja ? ja : en)
    }
}
