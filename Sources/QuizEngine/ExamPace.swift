/// The real exam's pace: its minutes over its questions (SAA-C03 130 min / 65 = 2 min a
/// question, SAP-C02 180 min / 75 = 2.4 min). A preset of another size or length keeps its
/// exam's pace, so "on pace" always means what it means in the test centre.
public struct ExamPace: Sendable, Hashable {
    public let secondsPerQuestion: Double

    public init(_ exam: Exam) {
        let real = ExamPreset.standard(exam)
        secondsPerQuestion = real.seconds / Double(real.questionCount)
    }

    /// How many questions should be answered after `usedSeconds` at this pace.
    public func expectedAnswered(usedSeconds: Double) -> Int {
        guard usedSeconds.isFinite, usedSeconds > 0 else { return 0 }
        return Int(min(usedSeconds / secondsPerQuestion, Double(ExamPreset.maximumQuestionCount)))
    }

    /// Questions short of the pace: zero when on pace or ahead.
    public func behind(answered: Int, usedSeconds: Double) -> Int {
        max(0, expectedAnswered(usedSeconds: usedSeconds) - answered)
    }
}
