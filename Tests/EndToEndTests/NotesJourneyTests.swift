import Foundation
import QuestionBank
import QuizEngine
import Testing

/// Journeys of the notes and comments in the real binary at 80x24: a note opened from the
/// menu and drilled; an outdated claim corrected on the feedback screen; `new` then `check`;
/// a comment left during an exam, then listed by `awsquiz comments`.
@Suite(.serialized) struct NotesJourneyTests {
    static func dataDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-e2e-notes-\(UUID().uuidString)").path
    }

    static let bank: Bank? = BankLoader.load(paths: [TmuxSession.questions]).bank

    /// Menu position of "Your notes", and the list position of `note`.
    static func positions(of note: String) throws -> (menu: Int, note: Int) {
        let bank = try #require(Self.bank)
        return (6, try #require(bank.catalog.notes.firstIndex { $0.id == note }))
    }

    @Test func menuToNotesToANoteToItsDrill() throws {
        let session = try TmuxSession(["--lang", "en", "--data-dir", Self.dataDirectory()])
        try session.waitFor("Your notes (claims checked against 2026)")
        let (menu, note) = try Self.positions(of: "kms-cloudhsm")
        for _ in 0..<menu { try session.send("Down") }
        try session.send("Enter")
        try session.waitFor("Your notes", "kms-cloudhsm  2021-07-31  AWS KMS and CloudHSM", "d drill this note")
        for _ in 0..<note { try session.send("Down") }
        try session.send("Enter")
        try session.waitFor("AWS KMS and CloudHSM (2021-07-31)", "✓ Your note (still holds)", "drill this claim")
        for _ in 0..<4 { try session.send("Down") }
        try session.waitFor("✗ Your note (wrong)", "Now:")
        try session.send("n")
        try session.waitFor("Drill · AWS KMS and CloudHSM", "Q 1/10")
        try session.send("C-c")
        try session.waitFor("EXIT=130")
    }

    @Test func feedbackCorrectsAnOutdatedClaim() throws {
        let bank = try #require(Self.bank)
        let claims = bank.claims.filter { $0.noteID == "redshift-wlm" }
        let outdated = try #require(claims.firstIndex { $0.verdict == .outdated })
        let session = try TmuxSession(["--lang", "en", "--data-dir", Self.dataDirectory()])
        try session.waitFor("Your notes (claims checked against 2026)")
        let (menu, note) = try Self.positions(of: "redshift-wlm")
        for _ in 0..<menu { try session.send("Down") }
        try session.send("Enter")
        for _ in 0..<note { try session.send("Down") }
        try session.send("Enter")
        try session.waitFor("Redshift workload management and scaling (2021-07-31)")
        for _ in 0..<outdated { try session.send("Down") }
        try session.send("Enter")
        try session.waitFor("Drill · Redshift workload management and scaling", "Enter submit")
        // Pick options one by one until the drill takes the answer (one, two or three picks).
        for pick in ["1", "2", "3"] {
            try session.send(pick, "Enter")
            Thread.sleep(forTimeInterval: 0.4)
            if try session.screen().contains("Enter next") { break }
        }
        try session.waitFor("Enter next")
        for _ in 0..<6 { try session.send("NPage") }
        try session.waitFor("! Your note (outdated)", "Now: ")
        try session.send("C-c")
        try session.waitFor("EXIT=130")
    }

    @Test func newWritesATemplateThatCheckPasses() throws {
        let directory = "/tmp/aq-new-\(UUID().uuidString.prefix(6))"
        let awsquiz = TmuxSession.binary
        let session = try TmuxSession(
            shellCommand: "env -u VISUAL -u EDITOR LANG=C.UTF-8 \(awsquiz) new --data-dir \(directory) && \(awsquiz) check --data-dir \(directory) | tail -3; echo EXIT=$?; sleep 30"
        )
        let screen = try session.waitFor("Added note my-note-1", "Wrote \(directory)/questions/my-note-1.yaml", "en: shortest", "EXIT=0")
        #expect(!screen.contains("error"))
        let drill = try TmuxSession(["drill", "--note", "my-note-1", "--lang", "en", "--data-dir", directory])
        try drill.waitFor("Drill · My note (write its title)", "Q 1/1", "A company (situation).")
        try drill.send("C-c")
        try drill.waitFor("EXIT=130")
    }

    @Test func aCommentLeftInAnExamIsListed() throws {
        let directory = Self.dataDirectory()
        let session = try TmuxSession([
            "exam", "--preset", "saa", "--count", "2", "--minutes", "5", "--seed", "3", "--lang", "en", "--data-dir", directory,
        ])
        try session.waitFor("Practice exam SAA-C03")
        try session.send("Enter")
        try session.waitFor("Q 1/2")
        try session.send("w")
        try session.waitFor("Comment on ")
        try session.send("-l", "the stem never says which Region")
        try session.send("Enter")
        try session.waitFor("Q 1/2", "0:0")
        try session.send("C-c")
        try session.waitFor("EXIT=130")
        let listing = Process()
        listing.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        listing.environment = TmuxSession.environment()
        listing.arguments = ["comments", "--lang", "en", "--data-dir", directory]
        let output = Pipe()
        listing.standardOutput = output
        try listing.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        listing.waitUntilExit()
        #expect(text.contains("the stem never says which Region"), "\(text)")
        #expect(listing.terminationStatus == 0)
    }
}
