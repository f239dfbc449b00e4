/// The one rule for every percentage the game shows: the nearest whole percent, halves up
/// (2 of 3 is 67%, 1 of 6 is 17%). Pass and fail are decided on the scaled score, never on
/// a rounded percentage.
public enum Percent {
    public static func rounded(_ fraction: Double) -> Int {
        guard fraction.isFinite else { return 0 }
        return Int((min(max(fraction, 0), 1) * 100).rounded(.toNearestOrAwayFromZero))
    }

    public static func of(_ part: Int, _ whole: Int) -> Int {
        whole <= 0 ? 0 : rounded(Double(part) / Double(whole))
    }
}
