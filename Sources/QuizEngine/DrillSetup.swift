/// A drill as set up on screen: which domains, note, service and difficulty, how many
/// questions, and which of them (never answered, missed, flagged, or all). The last one
/// started is kept in the settings file, so every bound here also guards what the file says.
public struct DrillSetup: Sendable, Hashable, Codable {
    /// Which of the matching questions a drill takes.
    public enum Which: String, Sendable, Hashable, Codable, CaseIterable {
        case all, unseen, missed, flagged
    }

    /// Empty means every domain.
    public var domainIDs: [String]
    public var noteID: String?
    public var service: String?
    /// 1 to 3; nil means any.
    public var difficulty: Int?
    public var count: Int
    public var which: Which

    /// A drill takes 1 to 100 questions, whatever the settings file says.
    public static let counts = 1...100
    /// The counts the set-up screen steps through.
    public static let countSteps = [5, 10, 15, 20, 30, 40, 50, 75, 100]

    public init(
        domainIDs: [String] = [], noteID: String? = nil, service: String? = nil, difficulty: Int? = nil, count: Int = 10,
        which: Which = .all
    ) {
        self.domainIDs = domainIDs
        self.noteID = noteID
        self.service = service
        self.difficulty = difficulty.flatMap { (1...3).contains($0) ? $0 : nil }
        self.count = min(max(count, Self.counts.lowerBound), Self.counts.upperBound)
        self.which = which
    }

    private enum CodingKeys: String, CodingKey {
        case domainIDs = "domains", noteID = "note", service, difficulty, count, which
    }

    /// Read through the bounds: a count outside 1-100 is brought inside, a difficulty
    /// outside 1-3 means any.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            domainIDs: try container.decodeIfPresent([String].self, forKey: .domainIDs) ?? [],
            noteID: try container.decodeIfPresent(String.self, forKey: .noteID),
            service: try container.decodeIfPresent(String.self, forKey: .service),
            difficulty: try container.decodeIfPresent(Int.self, forKey: .difficulty),
            count: try container.decodeIfPresent(Int.self, forKey: .count) ?? 10,
            which: try container.decodeIfPresent(Which.self, forKey: .which) ?? .all
        )
    }

    /// The set-up with only what `bank` still holds (a note or domain since removed is
    /// dropped), so a remembered set-up never names what is not there.
    public func keepingOnly(_ bank: Bank) -> DrillSetup {
        var kept = self
        kept.domainIDs = domainIDs.filter { id in bank.catalog.domains.contains { $0.id == id } }
        kept.noteID = noteID.flatMap { bank.catalog.note($0) == nil ? nil : $0 }
        kept.service = service.flatMap { bank.services.contains($0) ? $0 : nil }
        return kept
    }

    public var filter: QuestionFilter {
        QuestionFilter(
            domainIDs: domainIDs, services: service.map { [$0] } ?? [], noteIDs: noteID.map { [$0] } ?? [],
            difficulties: difficulty.map { [$0] } ?? []
        )
    }

    /// The questions of `bank` the set-up admits, in bank order. `answered` and `missed`
    /// are the ids answered (to their current key) and missed at least once.
    public func questions(in bank: Bank, answered: Set<String>, missed: Set<String>, flagged: Set<String>) -> [Question] {
        bank.questions(matching: filter).filter { question in
            switch which {
            case .all: true
            case .unseen: !answered.contains(question.id)
            case .missed: missed.contains(question.id)
            case .flagged: flagged.contains(question.id)
            }
        }
    }
}
