import Foundation
import GRDB
import QuizEngine

/// One `itemTally` row: an item's tally at one answer key ('' for answers saved before
/// keys were recorded). Dates are `Date`'s own seconds since 2001, so they come back
/// exactly as folded; the recent days are packed as little-endian 32-bit (day, right,
/// answers) triples.
enum ItemTallyRow {
    /// The columns `decode` reads, by position: looking columns up by name cost more than
    /// the rest of reading ten thousand rows.
    static let columns = """
        questionID, keyFingerprint, correct, total, lastMissedAt, lastWrongChoice, cardState, cardStep, stability, \
        difficulty, due, lastReview, recentDays
        """

    static func write(_ tally: ItemTally, of id: String, key: String?, in db: Database) throws {
        let card = tally.card
        try db.execute(
            sql: """
            INSERT OR REPLACE INTO itemTally (\(columns))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                id, key ?? "", tally.score.correct, tally.score.total, tally.lastMissedAt?.timeIntervalSinceReferenceDate,
                tally.lastWrongChoice?.map(String.init).joined(separator: ","), card?.state.rawValue, card?.step,
                card?.stability, card?.difficulty, card?.due.timeIntervalSinceReferenceDate, card?.lastReview?.timeIntervalSinceReferenceDate,
                packed(tally.recentDays),
            ]
        )
    }

    /// The item id, its key (nil for the unkeyed tally) and the tally, from a row selected
    /// with `columns`; nil for a row that does not hold a sound tally: counts out of range,
    /// a card whose step, stability or difficulty the scheduler could not work with, or a
    /// date more than a few centuries away.
    static func decode(_ row: Row) -> (String, String?, ItemTally)? {
        func value(_ index: Int) -> DatabaseValue { row[index] }
        guard let id = String.fromDatabaseValue(value(0)),
              let key = String.fromDatabaseValue(value(1)),
              let correct = Int.fromDatabaseValue(value(2)),
              let total = Int.fromDatabaseValue(value(3)),
              total >= 0, (0...total).contains(correct),
              let recentDays = unpacked(Data.fromDatabaseValue(value(12)) ?? Data())
        else { return nil }
        var tally = ItemTally()
        tally.score = Score(correct: correct, total: total)
        guard value(4).isNull || date(value(4)) != nil else { return nil }
        tally.lastMissedAt = date(value(4))
        tally.lastWrongChoice = String.fromDatabaseValue(value(5)).map { text in text.split(separator: ",").compactMap { Int($0) } }
        tally.recentDays = recentDays
        if let stateText = String.fromDatabaseValue(value(6)) {
            guard let state = FSRSCard.State(rawValue: stateText), let due = date(value(10)),
                  let stability = Double.fromDatabaseValue(value(8)), let difficulty = Double.fromDatabaseValue(value(9)),
                  stability.isFinite, stability > 0, (1...10).contains(difficulty),
                  value(7).isNull || Int.fromDatabaseValue(value(7)).map({ (0...maximumStep).contains($0) }) == true,
                  value(11).isNull || date(value(11)) != nil
            else { return nil }
            var card = FSRSCard(due: due)
            card.state = state
            card.step = Int.fromDatabaseValue(value(7))
            card.stability = stability
            card.difficulty = difficulty
            card.lastReview = date(value(11))
            tally.card = card
        }
        return (id, key.isEmpty ? nil : key, tally)
    }

    /// A (re)learning step past any the scheduler has.
    private static let maximumStep = 16

    /// Seconds from 2001 within about three centuries either way.
    private static func date(_ value: DatabaseValue) -> Date? {
        Double.fromDatabaseValue(value).flatMap { abs($0) < 1e10 ? Date(timeIntervalSinceReferenceDate: $0) : nil }
    }

    private static func packed(_ days: [DayTally]) -> Data {
        var words: [Int32] = []
        for day in days {
            words += [Int32(clamping: day.day), Int32(clamping: day.score.correct), Int32(clamping: day.score.total)]
        }
        return words.map(\.littleEndian).withUnsafeBufferPointer { Data(buffer: $0) }
    }

    /// Nil when the bytes are not whole triples of sound counts.
    private static func unpacked(_ data: Data) -> [DayTally]? {
        guard data.count % 12 == 0 else { return nil }
        var words = [Int32](repeating: 0, count: data.count / 4)
        _ = words.withUnsafeMutableBytes { data.copyBytes(to: $0) }
        var days: [DayTally] = []
        days.reserveCapacity(words.count / 3)
        for start in stride(from: 0, to: words.count, by: 3) {
            let (day, correct, total) = (Int(Int32(littleEndian: words[start])), Int(Int32(littleEndian: words[start + 1])),
                                         Int(Int32(littleEndian: words[start + 2])))
            guard total >= 0, (0...total).contains(correct) else { return nil }
            days.append(DayTally(day: day, score: Score(correct: correct, total: total)))
        }
        return days
    }
}
