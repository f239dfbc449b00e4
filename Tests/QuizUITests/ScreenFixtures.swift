import Foundation
import QuestionBank
import QuizEngine
import QuizUI

/// Models over the fixture bank, driven by messages as a user would drive them.
enum ScreenFixtures {
    static let bank: Bank = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
        guard let bank = BankLoader.load(paths: [directory]).bank else { fatalError("fixture bank must load") }
        return bank
    }()

    /// 2026-11-25 00:00 UTC: the wall clock of every screen test.
    static let epoch = Date(timeIntervalSince1970: 1_795_564_800)

    static func model(_ language: Language, columns: Int = 80, rows: Int = 24, log: StudyLog = StudyLog()) -> AppModel {
        AppModel(
            bank: bank, language: language, size: TerminalSize(columns: columns, rows: rows), seed: 1,
            progress: StudyProgress(log: log),
            now: epoch, timeZone: TimeZone(identifier: "UTC")!
        )
    }

    /// A bank of `count` copies of the fixture's first question, named `prefix-00`, `prefix-01`...
    static func copies(_ count: Int, named prefix: String) -> Bank {
        let template = bank.questions[0]
        return Bank(catalog: bank.catalog, questions: (0..<count).map { number in
            Question(
                id: String(format: "\(prefix)-%02d", number), noteID: template.noteID, domainID: template.domainID,
                examDomainIDs: template.examDomainIDs, services: template.services, difficulty: template.difficulty,
                stem: template.stem, choices: template.choices, explanation: template.explanation, docs: template.docs
            )
        })
    }

    /// A miss of `question` at `date`.
    static func miss(_ question: Question, at date: Date) -> LoggedAnswer {
        LoggedAnswer(
            record: AnswerRecord(questionID: question.id, chosen: [0], isCorrect: false, secondsTaken: 1, mode: .drill,
                                 keyFingerprint: question.keyFingerprint),
            answeredAt: date
        )
    }

    /// How many answers the model's progress holds, over every item and key.
    static func answersKept(_ model: AppModel) -> Int {
        model.progress.items.values.reduce(0) { sum, item in
            sum + (item.unkeyed?.score.total ?? 0) + item.byKey.values.reduce(0) { $0 + $1.score.total }
        }
    }

    /// A tick `seconds` after the epoch on both clocks.
    static func tick(_ seconds: Double) -> Msg {
        .tick(monotonic: seconds, now: epoch.addingTimeInterval(seconds))
    }

    /// A drill of the single-answer fixture, options in the author's order.
    static func singleDrill(_ language: Language, columns: Int = 80, rows: Int = 24) -> AppModel {
        var model = model(language, columns: columns, rows: rows)
        _ = model.update(.start(.drill(QuestionFilter(), count: nil, title: LocalizedText(ja: "セキュリティ", en: "Security"))))
        return model
    }

    @discardableResult
    static func send(_ model: inout AppModel, _ keys: Key...) -> [Effect] {
        keys.flatMap { model.update(.key($0)) }
    }
}
