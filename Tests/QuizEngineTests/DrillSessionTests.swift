@testable import QuizEngine
import Testing

/// Drills and reviews choose and record as exams do: single-answer replaces, multi-answer
/// toggles, and an answer is filed the same way everywhere.
@Suite struct DrillSessionTests {
    static func presented(_ question: Question) -> PresentedQuestion {
        PresentedQuestion(question: question, choiceOrder: Array(question.choices.indices.reversed()))
    }

    @Test func singleAnswerReplacesAndMultiAnswerToggles() {
        let single = Self.presented(Fixtures.question("one"))
        #expect(single.choosing(2, in: [1]) == [2])
        let multi = Self.presented(Fixtures.question("two", options: 5, correct: [0, 4]))
        #expect(multi.choosing(2, in: [1]) == [1, 2])
        #expect(multi.choosing(1, in: [1, 2]) == [2])
        #expect(multi.choosing(9, in: [1]) == [1], "a position not shown changes nothing")
    }

    @Test func aDrillAndAnExamRecordTheSameAnswerTheSameWay() {
        let item = Self.presented(Fixtures.question("two", options: 5, correct: [0, 4]))
        var drill = DrillSession(items: [item], mode: .drill)
        var exam = ExamSession(id: "e", preset: .standard(.sap).with(questionCount: 1, minutes: 1), seed: 1, items: [item])
        for position in [0, 1, 4, 1] {
            drill.choose(position)
            exam.choose(position)
        }
        #expect(drill.selection == exam.answers[0])
        let submitted = drill.submit(cursor: 0)
        #expect(submitted == .recorded(item.record(exam.answers[0], seconds: 0, mode: .drill)))
        let record = item.record([0, 4], seconds: 3, mode: .exam)
        #expect(record.chosen == [0, 4], "author indices of displayed positions 0 and 4 (reversed order)")
        #expect(record.isCorrect)
    }

    @Test func submittingNeedsTheStatedNumberAndThenMovesOn() {
        let multi = Self.presented(Fixtures.question("two", options: 5, correct: [0, 4]))
        let single = Self.presented(Fixtures.question("one", correct: [3]))
        var drill = DrillSession(items: [multi, single], mode: .review)
        drill.choose(0)
        let early = drill.submit(cursor: 0)
        #expect(early == .needs(2))
        #expect(drill.phase == .answering)
        drill.choose(4)
        drill.elapse(2.5)
        let filed = drill.submit(cursor: 0)
        #expect(filed == .recorded(multi.record([0, 4], seconds: 2.5, mode: .review)))
        let moved = drill.next()
        #expect(moved)
        let byCursor = drill.submit(cursor: 0)
        #expect(byCursor == .recorded(single.record([0], seconds: 0, mode: .review)), "Enter takes the cursor")
        let beyond = drill.next()
        #expect(!beyond, "the end")
        #expect(drill.graded.map(\.isCorrect) == [true, true])
    }
}
