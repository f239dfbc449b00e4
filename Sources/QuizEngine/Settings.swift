/// What the game keeps between runs: the language chosen with `t` (nil until one is
/// chosen, so the locale decides) and the last drill set-up. Keys it does not know are
/// ignored, so a file written by a newer awsquiz still reads.
public struct Settings: Sendable, Hashable, Codable {
    public var language: Language?
    public var drill: DrillSetup

    public init(language: Language? = nil, drill: DrillSetup = DrillSetup()) {
        self.language = language
        self.drill = drill
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        language = try container.decodeIfPresent(Language.self, forKey: .language)
        drill = try container.decodeIfPresent(DrillSetup.self, forKey: .drill) ?? DrillSetup()
    }

    /// Why the settings file was not used; the game then starts from the defaults.
    public enum Problem: Sendable, Hashable {
        /// It exists but could not be read (permissions, a folder in its place).
        case unreadable(path: String, reason: String)
        /// It was read but is not settings (not JSON, a value of the wrong kind).
        case invalid(path: String)
        /// Saving failed; the game goes on with the settings in memory.
        case unwritable(path: String, reason: String)
    }
}
