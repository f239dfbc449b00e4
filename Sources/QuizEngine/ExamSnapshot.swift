/// An exam as it is saved: question ids instead of questions, so it survives restarts
/// and can be checked against the bank it is resumed with.
public struct ExamSnapshot: Sendable, Hashable, Codable {
    public struct Item: Sendable, Hashable, Codable {
        public let questionID: String
        public let choiceOrder: [Int]

        public init(questionID: String, choiceOrder: [Int]) {
            self.questionID = questionID
            self.choiceOrder = choiceOrder
        }
    }

    /// The exam's id; snapshots saved before ids existed decode with an empty one, and
    /// history fills it from the row.
    public let id: String
    public let preset: ExamPreset
    public let seed: UInt64
    public let items: [Item]
    public let answers: [[Int]]
    public let flagged: [Int]
    public let index: Int
    public let remainingSeconds: Double
    public let status: ExamSession.Status
    /// Struck-through displayed positions per question; nil in rows saved before striking existed.
    public let struck: [[Int]]?
    /// Questions that have been on screen; nil in older rows, where every one counts as seen.
    public let shown: [Int]?
    /// Seconds spent on each question; nil in older rows.
    public let secondsOn: [Double]?

    public init(
        id: String, preset: ExamPreset, seed: UInt64, items: [Item], answers: [[Int]], flagged: [Int], index: Int,
        remainingSeconds: Double, status: ExamSession.Status, struck: [[Int]]? = nil, shown: [Int]? = nil,
        secondsOn: [Double]? = nil
    ) {
        self.id = id
        self.preset = preset
        self.seed = seed
        self.items = items
        self.answers = answers
        self.flagged = flagged
        self.index = index
        self.remainingSeconds = remainingSeconds
        self.status = status
        self.struck = struck
        self.shown = shown
        self.secondsOn = secondsOn
    }

    private enum CodingKeys: String, CodingKey {
        case id, preset, seed, items, answers, flagged, index, remainingSeconds, status, struck, shown, secondsOn
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        preset = try container.decode(ExamPreset.self, forKey: .preset)
        seed = try container.decode(UInt64.self, forKey: .seed)
        items = try container.decode([Item].self, forKey: .items)
        answers = try container.decode([[Int]].self, forKey: .answers)
        flagged = try container.decode([Int].self, forKey: .flagged)
        index = try container.decode(Int.self, forKey: .index)
        remainingSeconds = try container.decode(Double.self, forKey: .remainingSeconds)
        status = try container.decode(ExamSession.Status.self, forKey: .status)
        struck = try container.decodeIfPresent([[Int]].self, forKey: .struck)
        shown = try container.decodeIfPresent([Int].self, forKey: .shown)
        secondsOn = try container.decodeIfPresent([Double].self, forKey: .secondsOn)
    }

    /// The same exam under another id (history's row id is the one that counts).
    public func with(id: String) -> ExamSnapshot {
        ExamSnapshot(
            id: id, preset: preset, seed: seed, items: items, answers: answers, flagged: flagged, index: index,
            remainingSeconds: remainingSeconds, status: status, struck: struck, shown: shown, secondsOn: secondsOn
        )
    }
}

extension ExamSession {
    public var snapshot: ExamSnapshot {
        ExamSnapshot(
            id: id, preset: preset, seed: seed,
            items: items.map { ExamSnapshot.Item(questionID: $0.question.id, choiceOrder: $0.choiceOrder) },
            answers: answers.map { $0.sorted() }, flagged: flagged.sorted(), index: index,
            remainingSeconds: remainingSeconds, status: status, struck: struck.map { $0.sorted() }, shown: shown.sorted(),
            secondsOn: secondsOn
        )
    }

    /// The saved exam over today's bank, showing exactly the options that were on screen.
    /// Questions that are gone, or whose pool no longer holds that set as a sound draw
    /// (an option removed, a key changed), are dropped with their answers; `dropped` says how many.
    public static func restore(_ snapshot: ExamSnapshot, bank: Bank) -> (session: ExamSession, dropped: Int) {
        var items: [PresentedQuestion] = []
        var answers: [Set<Int>] = []
        var flagged: Set<Int> = []
        var struck: [Set<Int>] = []
        var shown: Set<Int> = []
        var secondsOn: [Double] = []
        var index = 0
        for (offset, item) in snapshot.items.enumerated() {
            guard let question = bank.question(item.questionID), question.canShow(item.choiceOrder) else { continue }
            if offset == snapshot.index { index = items.count }
            if snapshot.flagged.contains(offset) { flagged.insert(items.count) }
            if snapshot.shown?.contains(offset) ?? true { shown.insert(items.count) }
            items.append(PresentedQuestion(question: question, choiceOrder: item.choiceOrder))
            let shows = { (saved: [Int]) in Set(saved.filter { item.choiceOrder.indices.contains($0) }) }
            answers.append(shows(snapshot.answers.element(at: offset) ?? []))
            struck.append(shows(snapshot.struck?.element(at: offset) ?? []))
            secondsOn.append(snapshot.secondsOn?.element(at: offset) ?? 0)
        }
        let session = ExamSession(
            id: snapshot.id, preset: snapshot.preset, seed: snapshot.seed, items: items, answers: answers, flagged: flagged,
            index: index, remainingSeconds: snapshot.remainingSeconds, status: snapshot.status, struck: struck, shown: shown,
            secondsOn: secondsOn
        )
        return (session, snapshot.items.count - items.count)
    }
}

extension Array {
    /// The element at `offset`, or nil past either end (a saved row may be short).
    fileprivate func element(at offset: Int) -> Element? {
        indices.contains(offset) ? self[offset] : nil
    }
}
