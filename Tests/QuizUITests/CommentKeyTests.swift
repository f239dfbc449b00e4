import QuizEngine
@testable import QuizUI
import Testing

/// The comment key: on a question, after an answer and in an exam, `w` opens a line to
/// write on; Enter files the comment as an effect, Esc drops it, and typed keys never act.
@Suite struct CommentKeyTests {
    @Test func aCommentWrittenOnAQuestionIsFiledWithItsId() {
        var model = ScreenFixtures.singleDrill(.en)
        let id = model.render().text.contains("payment processor") ? "fixture-single" : "fixture-multi"
        ScreenFixtures.send(&model, .character("w"))
        #expect(model.render().text.contains("Comment on \(id)"))
        for character in "t? qa" {
            ScreenFixtures.send(&model, character == " " ? .space : .character(character))
        }
        #expect(model.language == .en, "t is typed, not a language switch")
        #expect(model.render().text.contains("> t? qa▏"))
        ScreenFixtures.send(&model, .backspace)
        let effects = ScreenFixtures.send(&model, .enter)
        #expect(effects == [.recordComment(ItemComment(questionID: id, text: "t? q", createdAt: ScreenFixtures.epoch))])
        #expect(!model.isWritingComment)
        if case .drill(let drill) = model.page {
            #expect(drill.session.chosen.isEmpty, "writing a comment answered nothing")
        } else {
            Issue.record("the drill should still be on screen, not \(model.page)")
        }
    }

    @Test func theExamClockRunsWhileACommentIsWritten() {
        var exam = ScreenFixtures.model(.en)
        exam.openExam(ExamPreset.standard(.saa).with(questionCount: 2, minutes: 5))
        ScreenFixtures.send(&exam, .enter)
        _ = exam.update(ScreenFixtures.tick(0))
        ScreenFixtures.send(&exam, .character("w"))
        _ = exam.update(ScreenFixtures.tick(30))
        ScreenFixtures.send(&exam, .escape)
        if case .exam(let state) = exam.page {
            #expect(state.session.remainingSeconds == 270, "30 s of the 5 minutes went by under the comment")
        } else {
            Issue.record("the exam should be back on screen, not \(exam.page)")
        }
    }

    @Test func escDropsTheCommentAndAnEmptyOneIsNotFiled() {
        var model = ScreenFixtures.singleDrill(.ja)
        ScreenFixtures.send(&model, .character("w"), .character("x"), .escape)
        #expect(!model.isWritingComment)
        ScreenFixtures.send(&model, .character("w"))
        #expect(ScreenFixtures.send(&model, .space, .enter) == [])
    }

    @Test func theExamAndTheFeedbackTakeCommentsToo() {
        var model = ScreenFixtures.singleDrill(.en)
        ScreenFixtures.send(&model, .character("a"), .enter)
        ScreenFixtures.send(&model, .character("w"))
        #expect(model.isWritingComment, "feedback screen")
        ScreenFixtures.send(&model, .escape)

        var exam = ScreenFixtures.model(.en)
        exam.openExam(ExamPreset.standard(.saa).with(questionCount: 2, minutes: 5))
        ScreenFixtures.send(&exam, .enter, .character("w"))
        #expect(exam.render().text.contains("Comment on fixture-"))
    }
}

extension AppModel {
    var isWritingComment: Bool {
        if case .comment = page { true } else { false }
    }
}
