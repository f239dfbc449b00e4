/// The two languages every question and every screen is written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ja
    case en

    /// The other language, for the `t` key that switches on the spot.
    public var other: Language { self == .ja ? .en : .ja }
}

/// A text given in both languages; the bank refuses a question missing either. A text
/// from the bank cache stays as bytes in the mapped file until it is read, so a large
/// bank costs memory only for what is on screen.
public struct LocalizedText: Sendable, Hashable, Codable {
    private enum Storage: Sendable {
        /// Boxed, so that a text costs a pointer beside the stored kind.
        case inline(Strings)
        case stored(StoredText)
    }

    private final class Strings: Sendable {
        let ja: String
        let en: String

        init(ja: String, en: String) {
            self.ja = ja
            self.en = en
        }
    }

    private var storage: Storage

    public init(ja: String, en: String) {
        storage = .inline(Strings(ja: ja, en: en))
    }

    /// A text whose two languages are UTF-8 bytes in `stored`, read when asked for.
    public init(stored: StoredText) {
        storage = .stored(stored)
    }

    /// Where the text lies when it was read from stored bytes, so a writer can name that
    /// place instead of copying the text again.
    public var stored: StoredText? {
        if case .stored(let stored) = storage { stored } else { nil }
    }

    public var ja: String {
        get { self[.ja] }
        set { storage = .inline(Strings(ja: newValue, en: en)) }
    }

    public var en: String {
        get { self[.en] }
        set { storage = .inline(Strings(ja: ja, en: newValue)) }
    }

    public subscript(language: Language) -> String {
        switch storage {
        case .inline(let strings): language == .ja ? strings.ja : strings.en
        case .stored(let stored): stored.text(language)
        }
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.ja == rhs.ja && lhs.en == rhs.en
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ja)
        hasher.combine(en)
    }

    private enum CodingKeys: String, CodingKey {
        case ja
        case en
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(ja: try container.decode(String.self, forKey: .ja), en: try container.decode(String.self, forKey: .en))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ja, forKey: .ja)
        try container.encode(en, forKey: .en)
    }
}
