import Foundation
@testable import QuizEngine
import Testing

/// Figures from files and command lines, however extreme, never trap the engine.
@Suite struct NoTrapArithmeticTests {
    @Test func extremeWeightsStillSplitTheExam() {
        let quotas = ExamDraw.quotas(total: 75, weights: [Int.max, -5, 3, Int.min])
        #expect(quotas.reduce(0, +) == 75)
        #expect(quotas.allSatisfy { $0 >= 0 })
        #expect(ExamDraw.quotas(total: Int.max, weights: [1, 1]).reduce(0, +) == 100_000)
    }

    @Test func aSavedExamWithAbsurdFiguresRestoresWithinBounds() {
        let preset = ExamPreset(exam: .sap, questionCount: Int.max, minutes: Int.max, passingScore: Int.min)
        let snapshot = ExamSnapshot(
            id: "odd", preset: preset, seed: 0, items: [], answers: [], flagged: [Int.max], index: Int.min,
            remainingSeconds: .infinity, status: .inProgress
        )
        let session = ExamSession.restore(snapshot, bank: Bank(catalog: Fixtures.catalog, questions: [])).session
        #expect(session.remainingSeconds == 0)
        #expect(session.usedSeconds.isFinite)
        let huge = ExamSnapshot(
            id: "long", preset: preset, seed: 0, items: [], answers: [], flagged: [], index: 0,
            remainingSeconds: 1e300, status: .inProgress
        )
        #expect(ExamSession.restore(huge, bank: Bank(catalog: Fixtures.catalog, questions: [])).session.remainingSeconds
            == Double(ExamPreset.maximumMinutes) * 60)
    }
}
