@testable import QuizEngine
import Testing

/// Pools: what a sitting may show, how it is drawn, and how a saved exam keeps it.
@Suite struct OptionPoolTests {
    /// Two keys (k1, k2) and five distractors; d1 and d2 are two wordings of one idea.
    static let pooled: Question = {
        let base = Fixtures.question("pool", options: 7, correct: [0, 1])
        let ids = ["k1", "k2", "d1", "d2", "d3", "d4", "d5"]
        let choices = base.choices.enumerated().map { index, choice in
            Choice(
                id: ids[index], text: choice.text, why: choice.why, isCorrect: choice.isCorrect,
                excludes: ids[index] == "d1" ? ["d2"] : ids[index] == "d2" ? ["d1"] : []
            )
        }
        return Question(
            id: "pool", noteID: base.noteID, domainID: base.domainID, examDomainIDs: base.examDomainIDs,
            services: base.services, difficulty: 2, stem: base.stem, choices: choices, explanation: base.explanation,
            docs: base.docs, shownCount: 4, requiredSelections: 1
        )
    }()

    @Test func everyPossibleDrawShowsOneKeyAndNoExcludedPair() {
        let draws = Self.pooled.possibleDraws
        #expect(!draws.isEmpty)
        for draw in draws {
            #expect(draw.count == 4)
            #expect(draw.filter { Self.pooled.choices[$0].isCorrect }.count == 1)
            #expect(!(draw.contains(2) && draw.contains(3)), "d1 and d2 shown together in \(draw)")
        }
        // 2 keys × (C(5,3) sets of distractors minus the 3 that hold both d1 and d2).
        #expect(draws.count == 2 * (10 - 3))
    }

    @Test func sameSeedSameOptionsAnotherSeedAnotherSet() {
        func shown(_ seed: UInt64) -> [String] {
            var generator = SeededGenerator(seed: seed)
            return QuestionDraw.present(Self.pooled, using: &generator).displayedChoices.map(\.id)
        }
        #expect(shown(3) == shown(3))
        let sets = Set((0..<30).map { Set(shown(UInt64($0))) })
        #expect(sets.count > 5, "30 sittings drew only \(sets.count) different option sets")
        let everShown = sets.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(everShown == Set(Self.pooled.choices.map(\.id)))
    }

    @Test func drawnSittingsAreSoundForEverySeed() {
        for seed in 0..<200 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let presented = QuestionDraw.present(Self.pooled, using: &generator)
            #expect(Self.pooled.canShow(presented.choiceOrder))
            #expect(presented.correctPositions.count == 1)
        }
    }

    @Test func aResumedExamShowsExactlyTheOptionsThatWereOnScreen() throws {
        let bank = Bank(catalog: Fixtures.catalog, questions: [Self.pooled] + (0..<5).map { Fixtures.question("x\($0)") })
        let preset = ExamPreset.standard(.sap).with(questionCount: 6, minutes: 10)
        var session = ExamSession(id: "pool-exam", preset: preset, seed: 9, items: ExamDraw.draw(from: bank, preset: preset, seed: 9).items)
        let position = try #require(session.items.firstIndex { $0.question.id == "pool" })
        session.index = position
        session.choose(2)
        let restored = ExamSession.restore(session.snapshot, bank: bank)
        #expect(restored.dropped == 0)
        let before = session.items[position]
        let after = restored.session.items[position]
        #expect(after.displayedChoices.map(\.text.en) == before.displayedChoices.map(\.text.en))
        #expect(restored.session.answers[position] == [2])
    }

    @Test func aSavedSittingThatThePoolCanNoLongerShowIsDropped() {
        let snapshot = ExamSnapshot(
            id: "saved", preset: .standard(.sap), seed: 1, items: [ExamSnapshot.Item(questionID: "pool", choiceOrder: [0, 1, 2, 4])],
            answers: [[0]], flagged: [], index: 0, remainingSeconds: 60, status: .inProgress
        )
        let bank = Bank(catalog: Fixtures.catalog, questions: [Self.pooled])
        #expect(ExamSession.restore(snapshot, bank: bank).dropped == 1, "two keys shown at once is no sound draw")
        let excludedPair = ExamSnapshot(
            id: "saved", preset: .standard(.sap), seed: 1, items: [ExamSnapshot.Item(questionID: "pool", choiceOrder: [0, 2, 3, 4])],
            answers: [[0]], flagged: [], index: 0, remainingSeconds: 60, status: .inProgress
        )
        #expect(ExamSession.restore(excludedPair, bank: bank).dropped == 1)
    }

    @Test func oneExamNeverHoldsTwoMembersOfAFamily() {
        let questions = (0..<30).map { index in
            let base = Fixtures.question("f\(index)", sap: index % 2 == 0 ? "SAP-D1" : "SAP-D2")
            return Question(
                id: base.id, noteID: base.noteID, domainID: base.domainID, examDomainIDs: base.examDomainIDs,
                services: base.services, difficulty: 2, stem: base.stem, choices: base.choices,
                explanation: base.explanation, docs: base.docs, family: index < 12 ? "fam\(index % 3)" : nil
            )
        }
        let bank = Bank(catalog: Fixtures.catalog, questions: questions)
        let preset = ExamPreset.standard(.sap).with(questionCount: 21, minutes: 30)
        for seed in 0..<50 {
            let families = ExamDraw.draw(from: bank, preset: preset, seed: UInt64(seed)).items.compactMap(\.question.family)
            #expect(families.count == Set(families).count, "seed \(seed) drew \(families.sorted())")
            #expect(families.count == 3, "each of the three families should still be represented once")
        }
    }

    @Test func theSAPPresetTakesProfessionalDepthFirst() {
        let longStem = Array(repeating: "word", count: 130).joined(separator: " ")
        let longOption = Array(repeating: "term", count: 25).joined(separator: " ")
        let questions = (0..<20).map { index -> Question in
            let base = Fixtures.question("d\(index)")
            let deep = index < 8
            return Question(
                id: base.id, noteID: base.noteID, domainID: base.domainID, examDomainIDs: base.examDomainIDs,
                services: base.services, difficulty: 2, stem: deep ? LocalizedText(ja: "長い", en: longStem) : base.stem,
                choices: base.choices.map { choice in
                    Choice(
                        id: choice.id, text: deep ? LocalizedText(ja: choice.text.ja, en: "\(longOption) \(choice.id)") : choice.text,
                        why: choice.why, isCorrect: choice.isCorrect
                    )
                },
                explanation: base.explanation, docs: base.docs, constraints: deep ? ["cost", "rto", "compliance"] : []
            )
        }
        #expect(questions.filter(\.hasProfessionalDepth).count == 8)
        let bank = Bank(catalog: Fixtures.catalog, questions: questions)
        let sap = ExamDraw.draw(from: bank, preset: ExamPreset.standard(.sap).with(questionCount: 8, minutes: 10), seed: 4)
        #expect(sap.items.filter(\.question.hasProfessionalDepth).count == 8)
        let saa = (0..<10).map { seed in
            ExamDraw.draw(from: bank, preset: ExamPreset.standard(.saa).with(questionCount: 8, minutes: 10), seed: UInt64(seed))
                .items.filter(\.question.hasProfessionalDepth).count
        }
        #expect(saa.contains { $0 < 8 }, "the SAA preset mixes short and long items")
    }
}
