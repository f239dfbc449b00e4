import Foundation
import QuizEngine
import StudyHistory
import Testing

/// Issue 14, item 8: when the clock submits an exam, the questions never shown are not
/// filed as answers, so they are no misses for mastery or review; they still count wrong
/// in that exam's score. Played, saved, resumed from the file and filed, as the game does.
@Suite struct TimedOutExamTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("awsquiz-timeout-\(UUID().uuidString)").path

    static let bank: Bank = {
        let catalog = Catalog(
            domains: [ServiceDomain(id: "compute", name: LocalizedText(ja: "計算", en: "Compute"))],
            examDomains: [ExamDomain(id: "SAA-D1", exam: .saa, weight: 30, name: LocalizedText(ja: "セキュア", en: "Secure"))],
            notes: [StudyNote(id: "n", date: "2021-07-31", title: LocalizedText(ja: "N", en: "N"), summary: LocalizedText(ja: "N", en: "N"))]
        )
        let questions = (1...3).map { number in
            Question(
                id: "q-\(number)", noteID: "n", domainID: "compute", examDomainIDs: [.saa: "SAA-D1"], services: ["Amazon EC2"],
                difficulty: 2, stem: LocalizedText(ja: "問 \(number)", en: "Question \(number)"),
                choices: (0..<4).map { option in
                    Choice(
                        id: "o\(option)", text: LocalizedText(ja: "選択肢 \(option)", en: "option \(option)"),
                        why: LocalizedText(ja: "理由", en: "why"), isCorrect: option == 0
                    )
                },
                explanation: LocalizedText(ja: "解説", en: "Explanation"), docs: []
            )
        }
        return Bank(catalog: catalog, questions: questions)
    }()

    @Test func questionsNeverShownAreNotFiledWhenTheClockSubmits() throws {
        let preset = ExamPreset.standard(.saa).with(questionCount: 3, minutes: 1)
        let items = Self.bank.questions.map { PresentedQuestion(question: $0, choiceOrder: [0, 1, 2, 3]) }
        var exam = ExamSession(id: "timed-out", preset: preset, seed: 1, items: items)
        exam.choose(1)
        exam.index = 1
        exam.elapse(20)
        let history = try StudyHistory(directory: directory)
        try history.saveExam(exam.snapshot)

        let stored = try #require(try StudyHistory(directory: directory).inProgressExams().value.first)
        var resumed = ExamSession.restore(stored.snapshot, bank: Self.bank).session
        #expect(resumed.shown == [0, 1], "what was shown is kept in the saved exam")
        resumed.elapse(60)
        #expect(resumed.timedOut)
        #expect(try history.submitExam(resumed.snapshot, score: resumed.score, answers: resumed.answerRecords))

        let log = try StudyHistory(directory: directory).log().value
        #expect(log.answers.map(\.record.questionID) == ["q-1", "q-2"], "q-3 was never on screen")
        #expect(log.exams.map(\.total) == [3], "the exam's score still counts all three")
        #expect(log.exams.map(\.correct) == [0])
        let missed = MistakeList(log: log, bank: Self.bank).entries.map(\.question.id)
        #expect(Set(missed) == ["q-1", "q-2"], "the unseen question is no miss")
    }
}
