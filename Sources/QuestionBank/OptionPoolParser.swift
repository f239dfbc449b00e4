import QuizEngine

/// Reads a question's option pool and proves it sound: every draw the game can make shows
/// `show` options with exactly `choose` correct and no excluded pair, and every option can
/// be drawn. Problems are reported at the field they concern.
enum OptionPoolParser {
    struct Pool {
        let choices: [Choice]
        let shownCount: Int
        let requiredSelections: Int
    }

    static let optionFields = ["id", "text", "correct", "why", "excludes"]

    static func parse(_ fields: Fields, what: String, at node: SourceNode, stem: LocalizedText?, reader: NodeReader) -> Pool? {
        guard let nodes = reader.sequence("options", in: fields, of: what, at: node) else { return nil }
        let optionsNode = fields["options"]
        guard nodes.count <= Question.maximumPoolSize else {
            reader.error("\(what) has \(nodes.count) options; a pool holds at most \(Question.maximumPoolSize)", at: optionsNode)
            return nil
        }
        guard let choices = options(nodes, what: what, reader: reader) else { return nil }
        let correct = choices.filter(\.isCorrect).count
        if choices.count < 4 {
            reader.error("\(what) has \(choices.count) options; a question needs at least 4", at: optionsNode)
            return nil
        }
        if correct == 0 {
            reader.error("\(what) has no correct option; mark one with 'correct: true'", at: optionsNode)
            return nil
        }
        if correct == choices.count {
            reader.error("\(what) marks every option correct", at: optionsNode)
            return nil
        }
        let shownLimit = min(choices.count, Question.maximumShownCount)
        guard let shown = QuestionParser.bounded(
                  "show", in: fields, what: what, range: 4...max(4, shownLimit), default: shownLimit, reader: reader),
              let choose = QuestionParser.bounded(
                  "choose", in: fields, what: what, range: 1...max(1, shown - 1),
                  default: shown < choices.count ? 1 : correct, reader: reader)
        else { return nil }
        if choose > 1 && shown < 5 {
            reader.error("\(what) asks for \(choose) options; a multi-response question shows at least 5", at: fields["show"] ?? optionsNode)
            return nil
        }
        if correct < choose {
            reader.error("\(what) shows \(choose) correct option(s) but its pool has \(correct)", at: fields["choose"] ?? optionsNode)
            return nil
        }
        if choices.count - correct < shown - choose {
            reader.error(
                "\(what) shows \(shown - choose) wrong option(s) but its pool has \(choices.count - correct)",
                at: fields["show"] ?? optionsNode
            )
            return nil
        }
        let probe = Question(
            id: "", noteID: "", domainID: "", examDomainIDs: [:], services: [], difficulty: 1,
            stem: LocalizedText(ja: "", en: ""), choices: choices, explanation: LocalizedText(ja: "", en: ""), docs: [],
            shownCount: shown, requiredSelections: choose
        )
        let draws = probe.possibleDraws
        if draws.isEmpty {
            reader.error("\(what): the exclusions leave no set of \(shown) options with \(choose) correct to show", at: optionsNode)
            return nil
        }
        var drawable = Array(repeating: false, count: choices.count)
        for draw in draws {
            for index in draw { drawable[index] = true }
        }
        for (index, optionNode) in nodes.enumerated() where !drawable[index] {
            reader.error("option '\(choices[index].id)' of \(what) can never be shown: its exclusions rule it out of every draw", at: optionNode)
        }
        if let stem { checkStemAsks(choose, stem: stem, what: what, at: fields["stem"] ?? node, reader: reader) }
        guard !drawable.contains(false) else { return nil }
        return Pool(choices: choices, shownCount: shown, requiredSelections: choose)
    }

    /// The options in the author's order, with ids (default: their position), exclusions made
    /// symmetric, and repeated texts or ids reported.
    private static func options(_ nodes: [SourceNode], what: String, reader: NodeReader) -> [Choice]? {
        var read: [(id: String, text: LocalizedText, why: LocalizedText, isCorrect: Bool, excludes: [String], node: SourceNode)] = []
        var seenIDs: Set<String> = []
        var failed = false
        for (index, optionNode) in nodes.enumerated() {
            func label() -> String { "option \(index + 1) of \(what)" }
            guard let option = reader.fields(of: optionNode, named: label(), allowed: optionFields) else {
                failed = true
                continue
            }
            let id = option["id"].map { reader.text($0, what: "'id' of \(label())") } ?? "\(index + 1)"
            let text = reader.localized("text", in: option, of: label(), at: optionNode, maximumLength: QuestionParser.maximumOptionLength)
            let why = reader.localized("why", in: option, of: label(), at: optionNode)
            let isCorrect = option["correct"].map { reader.boolean($0, what: "'correct' of \(label())") } ?? false
            let excludes = QuestionParser.identifiers("excludes", in: option, what: label(), reader: reader)
            guard let id, let text, let why, let isCorrect else {
                failed = true
                continue
            }
            if !QuestionParser.isIdentifier(id) {
                reader.error("'id' of \(label()) may hold only letters, digits and '-'", at: option["id"])
                failed = true
            }
            if !seenIDs.insert(id).inserted {
                reader.error("\(label()) repeats the id '\(id)' of another option", at: option["id"])
                failed = true
            }
            // Compared with each earlier option (a pool holds at most 12), not hashed: hashing
            // a Japanese text normalizes all of it, where a comparison stops at the first difference.
            for language in Language.allCases where read.contains(where: { $0.text[language] == text[language] }) {
                reader.error("\(label()) repeats the text of another option (\(language.rawValue))", at: option["text"])
                failed = true
            }
            read.append((id, text, why, isCorrect, excludes, optionNode))
        }
        for option in read {
            for excluded in option.excludes where !seenIDs.contains(excluded) || excluded == option.id {
                let problem = excluded == option.id ? "excludes itself" : "excludes '\(excluded)', which is no option of it"
                reader.error("option '\(option.id)' of \(what) \(problem)", at: option.node)
                failed = true
            }
        }
        if failed { return nil }
        return read.map { option in
            let declaredByOthers = read.filter { $0.excludes.contains(option.id) }.map(\.id)
            return Choice(
                id: option.id, text: option.text, why: option.why, isCorrect: option.isCorrect,
                excludes: Set(option.excludes + declaredByOthers)
            )
        }
    }

    /// A multi-response stem says how many to choose, in both languages, and a single-answer
    /// stem does not: the count is part of the question a candidate reads.
    private static func checkStemAsks(_ choose: Int, stem: LocalizedText, what: String, at node: SourceNode, reader: NodeReader) {
        let numberWords = [2: "two", 3: "three", 4: "four", 5: "five"]
        let english = stem.en.lowercased()
        let asksEnglish = english.includes("(choose ")
        let asksJapanese = stem.ja.includes("つ選択")
        if choose == 1 {
            if asksEnglish || asksJapanese {
                reader.error("\(what) shows one correct option, but its stem asks to choose several", at: node)
            }
            return
        }
        let word = numberWords[choose] ?? "\(choose)"
        if !english.includes("(choose \(word).)") {
            reader.error("\(what) asks for \(choose) options; its English stem must say \"(Choose \(word).)\"", at: node)
        }
        if !stem.ja.includes("（\(choose) つ選択）") && !stem.ja.includes("（\(choose)つ選択）") {
            reader.error("\(what) asks for \(choose) options; its Japanese stem must say「（\(choose) つ選択）」", at: node)
        }
    }
}
