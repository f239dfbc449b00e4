import QuizEngine

/// What the commands that write files (`new`, `export`) say, in both languages.
public enum FileMessages {
    public static func cannotCreate(_ folder: String, _ reason: String) -> LocalizedText {
        LocalizedText(ja: "\(folder) を作成できません: \(reason)", en: "cannot create \(folder): \(reason)")
    }

    public static func cannotWrite(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(ja: "\(path) に書き込めません: \(reason)", en: "cannot write \(path): \(reason)")
    }

    public static func addedNote(_ noteID: String, to catalogue: String) -> LocalizedText {
        LocalizedText(ja: "ノート \(noteID) を \(catalogue) に追加しました", en: "Added note \(noteID) to \(catalogue)")
    }

    /// After `new`: where the template is, and what to do with it.
    public static func wroteTemplate(_ path: String, opened: Bool) -> LocalizedText {
        opened
            ? LocalizedText(ja: "\(path) を書きました。awsquiz check で確認できます。", en: "Wrote \(path); run 'awsquiz check' to lint it.")
            : LocalizedText(
                ja: "\(path) を書きました\n編集したら awsquiz check で確認してください。同梱の問題と一緒に出題されます。",
                en: "Wrote \(path)\nEdit it, then run 'awsquiz check' to lint it; it plays beside the bundled bank."
            )
    }

    public static func editorFailed(_ path: String, editor: String, _ reason: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path) を書きました（\(editor) を起動できません: \(reason)）", en: "Wrote \(path) (could not start \(editor): \(reason))"
        )
    }

    public static func wroteCards(_ count: Int, to path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(count) 枚のカードを \(path) に書きました", en: "Wrote \(count) \(count == 1 ? "card" : "cards") to \(path)"
        )
    }
}
