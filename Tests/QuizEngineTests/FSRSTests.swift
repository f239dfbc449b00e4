import Foundation
import QuizEngine
import Testing

/// The Swift FSRS must schedule exactly as the reference implementation does.
@Suite struct FSRSTests {
    struct Vectors: Decodable {
        struct Review: Decodable {
            let at: String
            let rating: Int
            let state: String
            let step: Int?
            let stability: Double
            let difficulty: Double
            let due: String
        }

        struct Case: Decodable {
            let card: Int
            let reviews: [Review]
        }

        let implementation: String
        let parameters: [Double]
        let cases: [Case]
    }

    static let vectors: Vectors = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("FSRSReference/fsrs-vectors.json")
        guard let data = FileManager.default.contents(atPath: url.path),
              let vectors = try? JSONDecoder().decode(Vectors.self, from: data)
        else { fatalError("FSRS reference vectors missing or unreadable: \(url.path)") }
        return vectors
    }()

    static func date(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else { fatalError("bad date \(text)") }
        return date
    }

    @Test func parametersAreTheReferenceDefaults() {
        #expect(Self.vectors.parameters == FSRSScheduler.defaultParameters)
        #expect(Self.vectors.cases.count == 40)
    }

    @Test(arguments: vectors.cases.map(\.card))
    func replayMatchesTheReference(cardNumber: Int) throws {
        let scheduler = FSRSScheduler()
        let reviews = try #require(Self.vectors.cases.first { $0.card == cardNumber }).reviews
        var card = FSRSCard(due: Self.date(reviews[0].at))
        for (index, expected) in reviews.enumerated() {
            let rating = try #require(FSRSRating(rawValue: expected.rating))
            card = scheduler.review(card, rating: rating, at: Self.date(expected.at))
            let where_ = "card \(cardNumber) review \(index + 1)"
            #expect(card.state.rawValue == expected.state, "\(where_)")
            #expect(card.step == expected.step, "\(where_)")
            #expect(abs(try #require(card.stability) - expected.stability) <= 1e-9 * max(1, expected.stability), "\(where_)")
            #expect(abs(try #require(card.difficulty) - expected.difficulty) <= 1e-9, "\(where_)")
            #expect(card.due == Self.date(expected.due), "\(where_)")
        }
    }

    @Test func retrievabilityFallsWithTimeAndIsZeroBeforeAnyReview() {
        let scheduler = FSRSScheduler()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(scheduler.retrievability(of: FSRSCard(due: start), at: start) == 0)
        var card = scheduler.review(FSRSCard(due: start), rating: .good, at: start)
        card = scheduler.review(card, rating: .good, at: start.addingTimeInterval(600))
        let soon = scheduler.retrievability(of: card, at: start.addingTimeInterval(86400))
        let later = scheduler.retrievability(of: card, at: start.addingTimeInterval(86400 * 30))
        #expect(soon > later)
        #expect(soon <= 1)
    }
}
