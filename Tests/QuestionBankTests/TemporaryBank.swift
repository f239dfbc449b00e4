import Foundation
@testable import QuestionBank

/// A throwaway question folder with a minimal catalogue, for linter tests that state
/// their YAML inline so the expected line numbers can be read off the test.
struct TemporaryBank {
    let directory: URL

    static let catalog = """
    domains:
      - id: compute
        name: {ja: コンピューティング, en: Compute}
      - id: security
        name: {ja: セキュリティ, en: Security}
    exam_domains:
      - id: SAP-D1
        exam: sap
        weight: 26
        name: {ja: 組織, en: Organizational}
      - id: SAA-D1
        exam: saa
        weight: 30
        name: {ja: セキュア, en: Secure}
    notes:
      - id: note-a
        date: 2021-07-31
        title: {ja: ノート A, en: Note A}
        summary: {ja: 要約, en: Summary}

    """

    init(files: [String: String], catalog: String = TemporaryBank.catalog) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(catalog.utf8).write(to: directory.appendingPathComponent("notes.yaml"))
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func load() -> BankLoadResult { BankLoader.load(paths: [directory.path]) }

    /// Diagnostics as `name:line:col: message`, without the temporary folder.
    func messages(_ result: BankLoadResult) -> [String] {
        result.diagnostics.map { $0.description.replacingOccurrences(of: directory.path + "/", with: "") }
    }

    /// One valid question in the file format, with `id` and optional replacement lines.
    static func question(id: String, correct: String = "    correct: true") -> String {
        """
          - id: \(id)
            domain: compute
            exam_domains: {sap: SAP-D1, saa: SAA-D1}
            services: [Amazon EC2]
            stem: {ja: 問題文, en: A stem}
            options:
              - text: {ja: 一, en: one}
            \(correct)
                why: {ja: 正しい, en: right}
              - text: {ja: 二, en: two}
                why: {ja: 誤り, en: wrong}
              - text: {ja: 三, en: three}
                why: {ja: 誤り, en: wrong}
              - text: {ja: 四, en: four}
                why: {ja: 誤り, en: wrong}
            explanation: {ja: 解説, en: Explanation}
            docs: [https://docs.aws.amazon.com/ec2/]

        """
    }
}
