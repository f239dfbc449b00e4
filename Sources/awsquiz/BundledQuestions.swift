import ArgumentParser
import Foundation
import QuizEngine
import QuizUI

/// Finds the question bank shipped with awsquiz from any working directory: beside the
/// binary when installed, else in the source checkout it was built from.
enum BundledQuestions {
    static func directory(language: Language) throws -> String {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            executable.appendingPathComponent("Questions"),
            executable.appendingPathComponent("../share/awsquiz/Questions"),
            checkout.appendingPathComponent("Questions"),
        ]
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("notes.yaml").path) {
            return candidate.standardizedFileURL.path
        }
        throw ValidationError(CommandText.bundledBankMissing[language])
    }
}
