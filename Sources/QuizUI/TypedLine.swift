/// A line the user types into (a comment, a search): printable characters and spaces go
/// in up to a limit, Backspace takes the last one out; control characters never enter.
struct TypedLine: Sendable, Hashable {
    private(set) var text = ""
    let limit: Int

    /// Adds the character `key` types, if it types one; false for every other key.
    @discardableResult
    mutating func type(_ key: Key) -> Bool {
        let character: Character
        switch key {
        case .character(let typed): character = typed
        case .space: character = " "
        default: return false
        }
        guard text.count < limit, !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return true
        }
        text.append(character)
        return true
    }

    mutating func erase() {
        if !text.isEmpty { text.removeLast() }
    }
}
