/// The score report's verdict per domain, as on AWS's: "Meets competencies" or "Needs
/// improvement". AWS does not publish its line; ours is stated on screen and in README.
public enum Competency {
    /// The share right, in percent, from which a domain meets competencies.
    public static let meetsPercent = 70

    /// Whether `score` meets competencies: at least `meetsPercent` of it right, counted
    /// exactly (7 of 10 meets; 69.9% does not round up to it).
    public static func meets(_ score: Score) -> Bool {
        score.total > 0 && score.correct * 100 >= meetsPercent * score.total
    }
}
