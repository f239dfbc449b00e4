import Foundation
import QuizEngine
import StudyHistory
import Testing

/// The settings file: kept between runs, written whole or not at all, and a broken or
/// unreadable one is the defaults and a problem to tell, never a crash.
@Suite struct SettingsFileTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-settings-\(UUID().uuidString)").path

    func write(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try text.write(toFile: SettingsFile(directory: directory).path, atomically: false, encoding: .utf8)
    }

    @Test func noFileIsTheDefaultsWithoutComplaint() {
        let loaded = SettingsFile(directory: directory).load()
        #expect(loaded.settings == Settings())
        #expect(loaded.problem == nil)
    }

    @Test func savedSettingsReadBackAndNoTemporaryFileIsLeft() throws {
        let settings = Settings(
            language: .ja, drill: DrillSetup(domainIDs: ["security", "storage"], noteID: "kms-cloudhsm", service: "AWS KMS", difficulty: 3, count: 20, which: .missed)
        )
        let file = SettingsFile(directory: directory)
        #expect(file.save(settings) == nil)
        #expect(file.load().settings == settings)
        #expect(file.load().problem == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [SettingsFile.fileName])
    }

    @Test func unknownKeysAreIgnoredAndNumbersBounded() throws {
        try write(#"{"language": "en", "theme": "dark", "drill": {"count": 5000, "difficulty": 9, "which": "flagged", "future": [1]}}"#)
        let loaded = SettingsFile(directory: directory).load()
        #expect(loaded.problem == nil)
        #expect(loaded.settings == Settings(language: .en, drill: DrillSetup(count: 100, which: .flagged)))
        try write(#"{"drill": {"count": -3}}"#)
        #expect(SettingsFile(directory: directory).load().settings.drill.count == 1)
    }

    @Test(arguments: [
        "{not json", "[]", #"{"language": "fr"}"#, #"{"drill": {"count": 1e400}}"#, #"{"drill": {"count": "ten"}}"#,
        "{}" + String(repeating: " ", count: 70_000),
    ])
    /// Including a file over 64 KB, which awsquiz never writes: it is not read whole.
    func aBrokenFileIsTheDefaultsAndSaysWhich(text: String) throws {
        try write(text)
        let loaded = SettingsFile(directory: directory).load()
        #expect(loaded.settings == Settings())
        #expect(loaded.problem == .invalid(path: SettingsFile(directory: directory).path))
    }

    @Test func anUnreadableFileIsTheDefaultsAndSaysWhy() throws {
        let file = SettingsFile(directory: directory)
        try FileManager.default.createDirectory(atPath: file.path, withIntermediateDirectories: true)
        let loaded = file.load()
        #expect(loaded.settings == Settings())
        switch loaded.problem {
        case .unreadable(let path, let reason)?:
            #expect(path == file.path)
            #expect(reason == "Is a directory", "the system's own words")
        default: Issue.record("a folder in place of the file must be unreadable, got \(String(describing: loaded.problem))")
        }
    }

    @Test func aFailedSaveSaysWhereAndKeepsTheOldFile() throws {
        try write(#"{"language": "en"}"#)
        let blocked = SettingsFile(directory: directory + "/" + SettingsFile.fileName + "/inside")
        switch blocked.save(Settings(language: .ja)) {
        case .unwritable(let path, let reason)?:
            #expect(path == blocked.path)
            #expect(reason == "Not a directory", "the system's own words")
        case let other: Issue.record("saving under a file must fail, got \(String(describing: other))")
        }
        #expect(SettingsFile(directory: directory).load().settings.language == .en)
    }
}
