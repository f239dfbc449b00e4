import Foundation
import QuizEngine
import Yams

/// What loading a bank gave: the valid questions, and every problem met on the way.
public struct BankLoadResult: Sendable {
    /// Nil only when the catalogue itself cannot be read: then no question can be checked.
    public let bank: Bank?
    public let diagnostics: [Diagnostic]
    /// Questions dropped for errors, and files that could not be read at all.
    public let leftOutQuestions: Int
    public let unreadableFiles: Int
    public let questionFiles: [String]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Those of `folders` that hold a file with an error: what `awsquiz check` should be
    /// given to show them.
    public func foldersWithErrors(among folders: [String]) -> [String] {
        let files = errors.map(\.file)
        return folders.filter { folder in files.contains { $0 == folder || $0.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") } }
    }
}

/// Finds, reads and lints question files. Never throws: every problem becomes a diagnostic.
public enum BankLoader {
    public static let catalogFileName = "notes.yaml"
    /// Aliases can make a small file expand without bound ("billion laughs"); the whole
    /// shipped bank is a few thousand nodes.
    static let maximumNodes = 200_000

    /// Counts nodes, following aliases as they expand, and stops as soon as the budget is spent.
    static func fitsNodeBudget(_ root: Node) -> Bool {
        var remaining = maximumNodes
        var pending = [root]
        while let node = pending.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): pending += sequence
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            }
        }
        return true
    }

    /// Larger files are refused before parsing: no honest question file is this big.
    public static let maximumFileBytes = 4 * 1024 * 1024

    /// Loads folders (their `notes.yaml` and every other `.yaml`/`.yml` file in them) and
    /// single files (the catalogue is then the `notes.yaml` beside the first one). A later
    /// folder's `notes.yaml` (the user's own) adds notes to the first; when it is broken,
    /// the first catalogue and every file that does not need it still load.
    public static func load(paths: [String]) -> BankLoadResult {
        load(paths: paths) { $0 }
    }

    /// As `load(paths:)`, handing each question file's result to `eachFile` as soon as that
    /// file is parsed (on the thread that parsed it) and keeping what it gives back: the
    /// bank cache moves the file's texts out of memory there.
    static func load(paths: [String], eachFile: @Sendable (FileResult) -> FileResult) -> BankLoadResult {
        var diagnostics: [Diagnostic] = []
        let (catalogPaths, questionPaths) = resolve(paths, diagnostics: &diagnostics)
        guard let catalogPath = catalogPaths.first else {
            return BankLoadResult(
                bank: nil, diagnostics: diagnostics, leftOutQuestions: 0, unreadableFiles: 0, questionFiles: questionPaths
            )
        }
        let catalogReader = NodeReader(file: catalogPath)
        let base = parseFile(catalogPath, reader: catalogReader).flatMap { CatalogParser.parse($0, reader: catalogReader) }
        diagnostics += catalogReader.diagnostics
        guard var catalog = base else {
            return BankLoadResult(
                bank: nil, diagnostics: diagnostics, leftOutQuestions: 0, unreadableFiles: 1, questionFiles: questionPaths
            )
        }
        var unreadableCatalogues = 0
        for extensionPath in catalogPaths.dropFirst() {
            let reader = NodeReader(file: extensionPath)
            let added = parseFile(extensionPath, reader: reader).flatMap {
                CatalogParser.parse($0, reader: reader, extending: catalog, basePath: catalogPath)
            }
            diagnostics += reader.diagnostics
            if let added { catalog = added } else { unreadableCatalogues += 1 }
        }
        let files = parseConcurrently(questionPaths, catalog: catalog, eachFile: eachFile)
        let claims = uniqueClaims(questionPaths, files, diagnostics: &diagnostics)
        var questions: [Question] = []
        var leftOut = 0
        var firstSeen: [String: String] = [:]
        var testedClaims: Set<String> = []
        for (path, file) in zip(questionPaths, files) {
            diagnostics += file.diagnostics
            for parsed in file.questions {
                var isValid = parsed.isValid
                if let question = parsed.question {
                    if let first = firstSeen[question.id] {
                        diagnostics.append(Diagnostic(
                            file: path, line: parsed.line, column: parsed.column,
                            message: "duplicate id '\(question.id)', first defined at \(first)"
                        ))
                        isValid = false
                    } else {
                        firstSeen[question.id] = "\(path):\(parsed.line):\(parsed.column)"
                    }
                    for claimID in question.claimIDs where claims.index[claimID] == nil {
                        diagnostics.append(Diagnostic(
                            file: path, line: parsed.claimsLine, column: parsed.claimsColumn,
                            message: "question '\(question.id)' tests claim '\(claimID)', which no file defines"
                        ))
                        isValid = false
                    }
                }
                testedClaims.formUnion(parsed.claimIDs)
                if isValid, let question = parsed.question { questions.append(question) } else { leftOut += 1 }
            }
        }
        for (path, parsed) in claims.located where !testedClaims.contains(parsed.claim.id) {
            diagnostics.append(Diagnostic(
                file: path, line: parsed.line, column: parsed.column,
                message: "claim '\(parsed.claim.id)' is tested by no question; every claim needs at least one"
            ))
        }
        let unreadable = files.filter(\.unreadable).count + unreadableCatalogues
        let bank = Bank(catalog: catalog, questions: questions, claims: claims.located.map { $0.parsed.claim })
        return BankLoadResult(
            bank: bank, diagnostics: diagnostics, leftOutQuestions: leftOut, unreadableFiles: unreadable,
            questionFiles: questionPaths
        )
    }

    /// The catalogues (the first is the base; later ones add notes) and the question files.
    static func resolve(_ paths: [String], diagnostics: inout [Diagnostic]) -> (catalogues: [String], questions: [String]) {
        var catalogPaths: [String] = []
        var questionPaths: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
                for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    let full = (path as NSString).appendingPathComponent(name)
                    if name == catalogFileName { catalogPaths.append(full) } else { questionPaths.append(full) }
                }
            } else if (path as NSString).lastPathComponent == catalogFileName {
                if !catalogPaths.contains(path) { catalogPaths.append(path) }
            } else {
                questionPaths.append(path)
            }
        }
        if catalogPaths.isEmpty, let first = questionPaths.first ?? paths.first {
            let besideFirst = ((first as NSString).deletingLastPathComponent as NSString).appendingPathComponent(catalogFileName)
            if manager.fileExists(atPath: besideFirst) {
                catalogPaths = [besideFirst]
            } else {
                diagnostics.append(Diagnostic(
                    file: first, line: 1, column: 1,
                    message: "no \(catalogFileName) found beside it: the catalogue of notes and domains is needed to check questions"
                ))
            }
        }
        return (catalogPaths, questionPaths)
    }

    /// Every file's claims, with a duplicate id reported and left out.
    private static func uniqueClaims(
        _ paths: [String], _ files: [FileResult], diagnostics: inout [Diagnostic]
    ) -> (located: [(path: String, parsed: ClaimParser.Parsed)], index: [String: String]) {
        var located: [(path: String, parsed: ClaimParser.Parsed)] = []
        var index: [String: String] = [:]
        for (path, file) in zip(paths, files) {
            for parsed in file.claims {
                if let first = index[parsed.claim.id] {
                    diagnostics.append(Diagnostic(
                        file: path, line: parsed.line, column: parsed.column,
                        message: "duplicate claim id '\(parsed.claim.id)', first defined at \(first)"
                    ))
                    continue
                }
                index[parsed.claim.id] = "\(path):\(parsed.line):\(parsed.column)"
                located.append((path, parsed))
            }
        }
        return (located, index)
    }

    /// What one question file gave, read on its own.
    struct FileResult: Sendable {
        var claims: [ClaimParser.Parsed] = []
        var questions: [QuestionParser.Parsed] = []
        var diagnostics: [Diagnostic] = []
        var unreadable = false
    }

    /// Reads the files on every core; the results come back in file order, so the bank
    /// and its diagnostics are the same as a one-by-one read.
    static func parseConcurrently(
        _ paths: [String], catalog: Catalog, eachFile: @Sendable (FileResult) -> FileResult
    ) -> [FileResult] {
        let results = ResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let reader = NodeReader(file: paths[index])
            var result = FileResult()
            if let root = parseFile(paths[index], reader: reader) {
                (result.claims, result.questions) = QuestionParser.parse(root, catalog: catalog, reader: reader)
            } else {
                result.unreadable = true
            }
            result.diagnostics = reader.diagnostics
            results.store(eachFile(result), at: index)
        }
        return results.values
    }

    /// Slots that concurrent readers fill, one each, behind a lock.
    private final class ResultSlots: @unchecked Sendable {
        private var slots: [FileResult]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: FileResult(), count: count) }

        func store(_ result: FileResult, at index: Int) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        var values: [FileResult] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }

    /// The file's YAML tree, or nil with a located diagnostic.
    static func parseFile(_ path: String, reader: NodeReader) -> SourceNode? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            reader.error("cannot be read (permissions?)", at: nil)
            return nil
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumFileBytes + 1)) ?? Data()
        if data.count > maximumFileBytes {
            reader.error("larger than \(maximumFileBytes / 1024 / 1024) MB; a question file is far smaller, so it is left out", at: nil)
            return nil
        }
        return parseText([UInt8](data), reader: reader)
    }

    /// The file's tree: read by `QuestionYAMLReader` when it can (it reads only UTF-8),
    /// else by Yams, whose errors, like bytes that are not text, become located diagnostics.
    static func parseText(_ bytes: [UInt8], reader: NodeReader) -> SourceNode? {
        if let root = QuestionYAMLReader.read(bytes, maximumNodes: maximumNodes) { return root }
        let text: String
        do {
            text = try SourceText.decode(bytes)
        } catch {
            guard case .notText(let line, let column, let reason) = error else { return nil }
            reader.diagnosticAt(line: line, column: column, reason)
            return nil
        }
        do {
            // The basic resolver tags every scalar as text: the reader checks types itself,
            // and resolving tags runs regular expressions that dominated load time.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                reader.diagnosticAt(line: 1, column: 1, "the file is empty")
                return nil
            }
            guard fitsNodeBudget(root) else {
                reader.diagnosticAt(
                    line: 1, column: 1,
                    "the YAML expands to more than \(maximumNodes) nodes (aliases repeating aliases?); a question file is far smaller"
                )
                return nil
            }
            return SourceNode(root)
        } catch let error as YamlError {
            let (line, column, message) = describe(error)
            reader.diagnosticAt(line: line, column: column, "YAML syntax: \(message)")
            return nil
        } catch {
            reader.diagnosticAt(line: 1, column: 1, "YAML syntax: \(error)")
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return (mark.line, mark.column, "nested deeper than 1000 levels; a question file needs a handful")
            }
            let contextText = context.map { "\($0.text) " } ?? ""
            return (mark.line, mark.column, "\(contextText)\(problem)".trimmingCharacters(in: .whitespaces))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "a field is given twice in one mapping: \(keys)")
        case let .reader(problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(error)")
        }
    }
}
