import QuizEngine
@testable import QuizUI
import Testing

/// `awsquiz notes` and the claims on the feedback screen: what a user reads about their notes.
@Suite struct NotesReportTests {
    static func answer(_ id: String, _ isCorrect: Bool) -> LoggedAnswer {
        LoggedAnswer(
            record: AnswerRecord(questionID: id, chosen: [0], isCorrect: isCorrect, secondsTaken: 5, mode: .drill, keyFingerprint: "r1"),
            answeredAt: ScreenFixtures.epoch
        )
    }

    @Test func aNoteShowsEveryClaimMarkedWithTheCorrectionAndTheUsersAccuracy() {
        let log = StudyLog(answers: [Self.answer("fixture-single", true), Self.answer("fixture-single", false), Self.answer("fixture-multi", true)])
        let progress = ClaimProgress.all(in: ScreenFixtures.bank, progress: StudyProgress(log: log))
        let text = NotesReport.plainText(bank: ScreenFixtures.bank, progress: progress, noteID: "kms-cloudhsm", language: .en, width: 80)
        #expect(text.contains("✓ Your note (still holds)\n    CloudHSM can offload TLS for NGINX and other web servers.\n    2 items (3 answers, 67% right): fixture-single, fixture-multi"))
        #expect(text.contains("✗ Your note (wrong)\n    KMS handles symmetric keys only.\n    Now: Since November 2019 KMS also has asymmetric RSA and ECC keys."))
        #expect(text.contains("\nhttps://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html\n    1 item (2 answers, 50% right): fixture-single"), "a link whole, on a line of its own")
    }

    @Test func theListSaysHowManyClaimsHoldPerNote() {
        let progress = ClaimProgress.all(in: ScreenFixtures.bank, progress: StudyProgress())
        let text = NotesReport.plainText(bank: ScreenFixtures.bank, progress: progress, noteID: nil, language: .ja, width: 80)
        #expect(text.contains("kms-cloudhsm  2021-07-31  AWS KMS と CloudHSM\n    主張: 正しい 1・古い 0・誤り 1　未回答"))
    }

    @Test func feedbackNamesTheClaimAndItsCorrection() {
        var model = ScreenFixtures.singleDrill(.en, columns: 80, rows: 60)
        ScreenFixtures.send(&model, .character("a"), .enter)
        let screen = model.render().text
        #expect(screen.contains("✗ Your note (wrong)"))
        #expect(screen.contains("Now: Since November 2019 KMS also has asymmetric RSA and ECC keys."))
    }
}
