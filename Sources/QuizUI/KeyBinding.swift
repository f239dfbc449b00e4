import QuizEngine

/// How much a key matters on a narrow footer: optional ones go first, essential ones
/// (answer, go on, leave) are never dropped.
public enum KeyImportance: Int, Sendable, Comparable {
    case optional, useful, essential

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A key as the footer and the help screen show it: what to press, what it does.
public struct KeyHint: Sendable, Hashable {
    public let label: String
    /// The keys in full for the help screen ("1-5, a-e" where the footer says "1-5").
    public let helpLabel: String
    public let does: LocalizedText
    public let importance: KeyImportance
    /// Shown on the help screen only (alternatives such as `k`/`j`), never in the footer.
    public let helpOnly: Bool
}

/// One row of a screen's key table: the keys, their hint, and the action they stand for.
/// The same table drives the handler, the footer and the help screen.
struct KeyBinding<Action: Sendable>: Sendable {
    let keys: [Key]
    /// Nil for the second half of a pair whose hint the first gives ("↑↓ move").
    let hint: KeyHint?
    let action: Action

    init(
        _ keys: [Key], _ label: String, _ does: LocalizedText, _ importance: KeyImportance = .useful,
        helpLabel: String? = nil, helpOnly: Bool = false, action: Action
    ) {
        self.keys = keys
        hint = KeyHint(label: label, helpLabel: helpLabel ?? label, does: does, importance: importance, helpOnly: helpOnly)
        self.action = action
    }

    /// Keys whose hint the binding before them gives.
    init(pairedWith keys: [Key], action: Action) {
        self.keys = keys
        hint = nil
        self.action = action
    }
}

extension Array {
    /// The action bound to `key`, if any.
    func action<Action>(for key: Key) -> Action? where Element == KeyBinding<Action> {
        first { $0.keys.contains(key) }?.action
    }

    /// How the table shows the key for `action`, for sentences that name it.
    func label<Action: Equatable>(of action: Action) -> String where Element == KeyBinding<Action> {
        first { $0.action == action }?.hint?.label ?? ""
    }

    /// The hints of the bindings, for the footer and the help screen.
    func hints<Action>() -> [KeyHint] where Element == KeyBinding<Action> {
        compactMap(\.hint)
    }
}

/// Keys every screen shares.
enum CommonKeys {
    static let up: [Key] = [.up, .character("k")]
    static let down: [Key] = [.down, .character("j")]
    static let back: [Key] = [.character("q"), .escape]

    /// `1`-`n` and `a`-… for a question with `count` options.
    static func options(_ count: Int) -> [Key] {
        let shown = (0..<min(count, 9))
        return shown.map { Key.character(Character(String($0 + 1))) }
            + shown.map { Key.character(Character(OptionLabel.letter($0).lowercased())) }
    }

    static func optionsLabel(_ count: Int) -> String { "1-\(min(count, 9))" }

    static func optionsHelpLabel(_ count: Int) -> String {
        "1-\(min(count, 9)), a-\(OptionLabel.letter(max(0, min(count, 9) - 1)).lowercased())"
    }
}
