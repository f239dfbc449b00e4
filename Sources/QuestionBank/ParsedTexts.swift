import QuizEngine

/// Every text of what one question file gave, replaced in one fixed order: how the bank
/// cache moves a file's texts out of memory as soon as the file is parsed.
extension BankLoader.FileResult {
    func replacingTexts(_ transform: (LocalizedText) -> LocalizedText) -> Self {
        var result = self
        result.claims = claims.map { parsed in
            ClaimParser.Parsed(claim: parsed.claim.replacingTexts(transform), line: parsed.line, column: parsed.column)
        }
        result.questions = questions.map { parsed in
            QuestionParser.Parsed(
                question: parsed.question?.replacingTexts(transform), isValid: parsed.isValid, line: parsed.line,
                column: parsed.column, claimIDs: parsed.claimIDs, claimsLine: parsed.claimsLine, claimsColumn: parsed.claimsColumn
            )
        }
        return result
    }

    /// Every text, in the order `replacingTexts` replaces them, without rebuilding anything.
    var texts: [LocalizedText] {
        var texts: [LocalizedText] = []
        for claim in claims.map(\.claim) {
            texts.append(claim.says)
            if let truth = claim.truth { texts.append(truth) }
        }
        for question in questions.compactMap(\.question) {
            texts.append(question.stem)
            for choice in question.choices {
                texts.append(choice.text)
                texts.append(choice.why)
            }
            texts.append(question.explanation)
        }
        return texts
    }
}

extension Claim {
    func replacingTexts(_ transform: (LocalizedText) -> LocalizedText) -> Claim {
        Claim(id: id, noteID: noteID, says: transform(says), verdict: verdict, truth: truth.map(transform), docs: docs)
    }
}

extension Question {
    func replacingTexts(_ transform: (LocalizedText) -> LocalizedText) -> Question {
        Question(
            id: id, noteID: noteID, domainID: domainID, examDomainIDs: examDomainIDs, services: services,
            difficulty: difficulty, stem: transform(stem),
            choices: choices.map { choice in
                Choice(
                    id: choice.id, text: transform(choice.text), why: transform(choice.why), isCorrect: choice.isCorrect,
                    excludes: choice.excludes
                )
            },
            explanation: transform(explanation), docs: docs, shownCount: shownCount, requiredSelections: requiredSelections,
            family: family, claimIDs: claimIDs, constraints: constraints, revision: revision
        )
    }
}
