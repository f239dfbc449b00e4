/// A trend in one line of block characters, one per value, low to high: `·` where there is
/// no value. Used for weekly accuracy and for exam estimates.
enum Sparkline {
    static let bars = Array("▁▂▃▄▅▆▇█")

    /// `values` are fractions of the full height, 0...1; outside values are clamped.
    static func of(_ values: [Double?]) -> String {
        String(values.map { value -> Character in
            guard let value, value.isFinite else { return "·" }
            let step = Int(value * Double(bars.count))
            return bars[min(bars.count - 1, max(0, step))]
        })
    }
}
