import ArgumentParser
import Foundation
import QuestionBank
import QuizEngine
import QuizUI

/// `awsquiz new [--note ID]`: writes a complete, commented question template (and, without
/// `--note`, a new note of your own) into `<data dir>/questions/`, then opens it in
/// `$VISUAL` or `$EDITOR` when one is set, else prints where it is.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Write a question template for one of your notes into <data dir>/questions/ and open it."
    )

    @Option(help: ArgumentHelp("An existing note id (see 'awsquiz list notes'); without it, a new note of your own.", valueName: "id"))
    var note: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let folder = common.userQuestionsDirectory
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PlainFailure(message: FileMessages.cannotCreate(folder, error.localizedDescription)[common.language])
        }
        let noteID: String
        if let note {
            let notes = try common.loadBank().bank?.catalog.notes.map(\.id) ?? []
            guard notes.contains(note) else {
                throw PlainFailure.withUsage(CommandText.unknown(.note, note, valid: notes)[common.language], of: Self.self)
            }
            noteID = note
        } else {
            noteID = try addNote(in: folder)
        }
        let path = freePath(in: folder, stem: noteID)
        let prefix = (path as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")
        try write(QuestionTemplate.questionFile(noteID: noteID, prefix: prefix), to: path)
        open(path)
    }

    /// Adds a new note to the user's `notes.yaml` (creating it) and returns its id.
    private func addNote(in folder: String) throws -> String {
        let catalogue = (folder as NSString).appendingPathComponent("notes.yaml")
        let existing = (try? String(contentsOfFile: catalogue, encoding: .utf8)) ?? ""
        var number = 1
        while existing.contains("id: my-note-\(number)\n") { number += 1 }
        let noteID = "my-note-\(number)"
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let text = existing.isEmpty
            ? QuestionTemplate.notesCatalogue(noteID: noteID, date: today)
            : existing + (existing.hasSuffix("\n") ? "" : "\n") + QuestionTemplate.noteEntry(noteID: noteID, date: today)
        try write(text, to: catalogue)
        print(FileMessages.addedNote(noteID, to: catalogue)[common.language])
        return noteID
    }

    /// `stem.yaml`, or `stem-2.yaml` and so on: never overwrites a file.
    private func freePath(in folder: String, stem: String) -> String {
        var candidate = (folder as NSString).appendingPathComponent("\(stem).yaml")
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = (folder as NSString).appendingPathComponent("\(stem)-\(number).yaml")
            number += 1
        }
        return candidate
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw PlainFailure(message: FileMessages.cannotWrite(path, error.localizedDescription)[common.language])
        }
    }

    /// Opens the file in the user's editor when one is set, else says where it is.
    private func open(_ path: String) {
        let environment = ProcessInfo.processInfo.environment
        guard let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
            print(FileMessages.wroteTemplate(path, opened: false)[common.language])
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "awsquiz-editor", path]
        do {
            try process.run()
            process.waitUntilExit()
            print(FileMessages.wroteTemplate(path, opened: true)[common.language])
        } catch {
            print(FileMessages.editorFailed(path, editor: editor, error.localizedDescription)[common.language])
        }
    }
}
