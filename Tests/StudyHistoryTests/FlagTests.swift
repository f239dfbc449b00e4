import Foundation
import QuizEngine
@testable import StudyHistory
import GRDB
import Testing

/// Flags set in drills and reviews: kept across reopening, unflagged the same way.
@Suite struct FlagTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-flags-\(UUID().uuidString)").path

    @Test func flagsAreKeptAcrossReopeningAndUnflagged() throws {
        try StudyHistory(directory: directory).setFlag("kms-03", flagged: true)
        try StudyHistory(directory: directory).setFlag("dms-01", flagged: true)
        try StudyHistory(directory: directory).setFlag("dms-01", flagged: true)
        #expect(try StudyHistory(directory: directory).flags().value == ["kms-03", "dms-01"])
        try StudyHistory(directory: directory).setFlag("kms-03", flagged: false)
        #expect(try StudyHistory(directory: directory).flags().value == ["dms-01"])
    }

    @Test func theFlagTableComesWithItsNamedMigration() throws {
        let history = try StudyHistory(directory: directory)
        let applied = try history.database.read { db in try HistorySchema.migrator.appliedIdentifiers(db) }
        #expect(applied.contains("v5-flags"))
    }
}
