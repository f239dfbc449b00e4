import QuizEngine

/// Sentences about saved history, in both languages: what failed, what is kept, what to do.
/// Never SQL: the runtime picks the reason, these say it.
public enum HistoryText {
    /// Why something could not be saved or read, as it fits in the sentences below.
    public enum Reason: Sendable, Hashable {
        case diskFull, unwritable, busy, damaged, other

        var phrase: LocalizedText {
            switch self {
            case .diskFull: LocalizedText(ja: "ディスクがいっぱいです", en: "the disk is full")
            case .unwritable: LocalizedText(ja: "履歴ファイルに書き込めません", en: "the history file cannot be written")
            case .busy: LocalizedText(ja: "別のプログラムが履歴ファイルをロックしています", en: "another program holds the history file locked")
            case .damaged: LocalizedText(ja: "履歴ファイルが壊れています", en: "the history file is damaged")
            case .other: LocalizedText(ja: "履歴ファイルを扱えませんでした", en: "the history file could not be used")
            }
        }
    }

    public static func saveFailed(_ reason: Reason) -> LocalizedText {
        LocalizedText(
            ja: "保存できませんでした（\(reason.phrase.ja)）。それまでに保存した回答は残っています。保存できるようになれば次の回答から自動で保存を再開します。",
            en: "Not saved because \(reason.phrase.en): everything saved before is kept, and saving starts again by itself with the next answer once it works."
        )
    }

    public static func submitFailed(_ reason: Reason) -> LocalizedText {
        LocalizedText(
            ja: "試験結果を保存できませんでした（\(reason.phrase.ja)）。試験は最後に保存した回答のまま中断中として残っているので、保存できるようになったらメニューから再開して提出し直してください。",
            en: "The exam result was not saved because \(reason.phrase.en): the exam stays in progress with its answers as last saved, so resume it from the menu and submit again once saving works."
        )
    }

    public static func setAside(path: String, rescued: Int) -> LocalizedText {
        LocalizedText(
            ja: "履歴ファイルが壊れていたため \(path) として残し（削除はしていません）、新しい履歴を始めました。読み取れた回答 \(rescued) 件は新しい履歴に移しました。",
            en: "The history file was damaged, so it was kept as \(path) (nothing deleted) and a new one started, with the \(Plural.en(rescued, "answer")) that could still be read."
        )
    }

    public static func cannotOpen(path: String, _ reason: Reason) -> LocalizedText {
        LocalizedText(
            ja: "\(path) を開けません（\(reason.phrase.ja)）。このセッションは保存せずに遊びます。",
            en: "\(path) cannot be opened because \(reason.phrase.en), so this session plays without saving."
        )
    }

    public static func newerSchema(path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path) は新しい版の awsquiz で書かれたため手を付けていません。このセッションは保存せずに遊びます。",
            en: "\(path) was written by a newer awsquiz and is left untouched, so this session plays without saving."
        )
    }

    public static func skippedRows(_ count: Int) -> LocalizedText {
        LocalizedText(
            ja: "履歴ファイルの \(count) 行が壊れていて読めなかったため飛ばしました。ほかの履歴はいつもどおり使います。",
            en: "\(Plural.en(count, "damaged row")) of the history file could not be read and \(count == 1 ? "was" : "were") skipped; the rest is used as usual."
        )
    }

    public static func readFailed(_ reason: Reason) -> LocalizedText {
        LocalizedText(
            ja: "履歴を読み込めませんでした（\(reason.phrase.ja)）。統計と復習はそれまでに読み込めた分で表示し、メニューに戻るたびに読み込み直します。",
            en: "History could not be read because \(reason.phrase.en): stats and reviews show what was read before, and it is read again each time the menu is shown."
        )
    }
}
