import Foundation

/// Turns a file's bytes into text, or says where the bytes stop being UTF-8 text.
enum SourceText {
    enum Failure: Error {
        case notText(line: Int, column: Int, reason: String)
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        return try locateProblem(bytes)
    }

    /// The slow path, only for bytes that are not clean text: finds where they go wrong.
    private static func locateProblem(_ bytes: [UInt8]) throws(Failure) -> String {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var scalars = String.UnicodeScalarView()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\0" {
                    throw .notText(line: line, column: column, reason: "a NUL byte: this is not a text file")
                }
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                throw .notText(line: line, column: column, reason: "invalid UTF-8 byte sequence")
            case .emptyInput:
                return String(scalars)
            }
        }
    }
}
