import Foundation
import GRDB
import QuizEngine

/// One `itemTally` row: an item's tally at one answer key ('' for answers saved before
/// keys were recorded). Dates are `Date`'s own seconds since 2001, so they come back
/// exactly as folded; the recent days are packed as little-endian 32-bit (day, right,
/// answers) triples.
enum ItemTallyRow {
    static func write(_ tally: ItemTally, of id: String, key: String?, in db: Database) throws {
        let card = tally.card
        try db.execute(
            sql: """
            INSERT OR REPLACE INTO itemTally (questionID, keyFingerprint, correct, total, lastMissedAt, lastWrongChoice,
                cardState, cardStep, stability, difficulty, due, lastReview, recentDays)
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

    /// The item id, its key (nil for the unkeyed tally) and the tally; nil for a row that
    /// does not hold a sound tally.
    static func decode(_ row: Row) -> (String, String?, ItemTally)? {
        guard let id = String.fromDatabaseValue(row["questionID"] as DatabaseValue),
              let key = String.fromDatabaseValue(row["keyFingerprint"] as DatabaseValue),
              let correct = Int.fromDatabaseValue(row["correct"] as DatabaseValue),
              let total = Int.fromDatabaseValue(row["total"] as DatabaseValue),
              (0...total).contains(correct),
              let recentDays = unpacked(Data.fromDatabaseValue(row["recentDays"] as DatabaseValue) ?? Data())
        else { return nil }
        var tally = ItemTally()
        tally.score = Score(correct: correct, total: total)
        tally.lastMissedAt = date(row["lastMissedAt"])
        tally.lastWrongChoice = (String.fromDatabaseValue(row["lastWrongChoice"] as DatabaseValue)).map { text in
            text.split(separator: ",").compactMap { Int($0) }
        }
        tally.recentDays = recentDays
        if let stateText = String.fromDatabaseValue(row["cardState"] as DatabaseValue) {
            guard let state = FSRSCard.State(rawValue: stateText), let due = date(row["due"]) else { return nil }
            var card = FSRSCard(due: due)
            card.state = state
            card.step = Int.fromDatabaseValue(row["cardStep"] as DatabaseValue)
            card.stability = Double.fromDatabaseValue(row["stability"] as DatabaseValue)
            card.difficulty = Double.fromDatabaseValue(row["difficulty"] as DatabaseValue)
            card.lastReview = date(row["lastReview"])
            tally.card = card
        }
        return (id, key.isEmpty ? nil : key, tally)
    }

    private static func date(_ value: DatabaseValue) -> Date? {
        Double.fromDatabaseValue(value).flatMap { $0.isFinite ? Date(timeIntervalSinceReferenceDate: $0) : nil }
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
