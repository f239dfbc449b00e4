import QuizEngine

/// Exam time as the header shows it.
enum Clock {
    /// `H:MM:SS`, counting a started second as whole so 0:00:00 means time is up.
    static func format(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(max(0, seconds.rounded(.up)), 1e12)) : 0
        let hours = total / 3600, minutes = total / 60 % 60, rest = total % 60
        return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// `M:SS` for the time on one question, rounded to the nearest second.
    static func perQuestion(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(max(0, seconds.rounded()), 1e12)) : 0
        return "\(total / 60):\(total % 60 < 10 ? "0" : "")\(total % 60)"
    }
}

extension Exam {
    /// The exam's code as AWS prints it.
    var code: String { self == .sap ? "SAP-C02" : "SAA-C03" }
}
