import QuizEngine

/// A whole-number option, read as text so that any input (too large, negative, not a
/// number) gets one clear line naming the allowed range, never a trap or a usage dump.
enum NumericOption {
    static func value<Number: FixedWidthInteger>(
        _ text: String?, name: String, in range: ClosedRange<Number>, language: Language
    ) throws -> Number? {
        guard let text else { return nil }
        if let value = Number(text), value < range.lowerBound {
            throw PlainFailure(message: LocalizedText(
                ja: "--\(name) は \(range.lowerBound) 以上の整数にしてください（\(range.lowerBound) から \(range.upperBound) まで、'\(text)' は使えません）。",
                en: "--\(name) must be at least \(range.lowerBound) (a whole number from \(range.lowerBound) to \(range.upperBound)); '\(text)' is not."
            )[language])
        }
        guard let value = Number(text), range.contains(value) else {
            let message = LocalizedText(
                ja: "--\(name) には \(range.lowerBound) から \(range.upperBound) までの整数を指定してください（'\(text)' は使えません）。",
                en: "--\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound); '\(text)' is not one."
            )
            throw PlainFailure(message: message[language])
        }
        return value
    }

    static let seeds: ClosedRange<UInt64> = 0...UInt64.max
    static let questionCounts = 1...ExamPreset.maximumQuestionCount
    static let minutes = 1...ExamPreset.maximumMinutes
}
