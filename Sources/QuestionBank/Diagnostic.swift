import QuizEngine

/// One problem found in a question file, located so an editor can jump to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable {
        case error
        case warning
    }

    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    public let severity: Severity

    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    /// `file:line:col: message`, the form compilers use, so terminals and editors link it.
    public var description: String {
        let prefix = severity == .warning ? "warning: " : ""
        return VisibleText.sanitize("\(file):\(line):\(column): \(prefix)\(message)")
    }
}
