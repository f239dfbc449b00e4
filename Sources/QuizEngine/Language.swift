/// The two languages every question and every screen is written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ja
    case en

    /// The other language, for the `t` key that switches on the spot.
    public var other: Language { self == .ja ? .en : .ja }
}

/// A text given in both languages; the bank refuses a question missing either.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .ja ? ja : en
    }
}
