/// The program's version (what `--version` prints) and the question format it reads; the
/// bank cache is keyed on both, so a new linter rule is never hidden behind an old cache.
public enum ProgramVersion {
    public static let current = "0.1.0"
    public static let questionFormat = 2
}
