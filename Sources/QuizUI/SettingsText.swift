import QuizEngine

/// The settings file's sentences, for the menu and standard error.
public enum SettingsText {
    /// Why the settings file was not used or not saved, in one sentence.
    public static func problem(_ problem: Settings.Problem) -> LocalizedText {
        switch problem {
        case .unreadable(let path, let reason):
            LocalizedText(
                ja: "設定ファイル \(path) を読めません（\(reason)）。既定の設定で始めます。",
                en: "The settings file \(path) cannot be read (\(reason)); starting from the defaults."
            )
        case .invalid(let path):
            LocalizedText(
                ja: "設定ファイル \(path) の内容が正しくありません。既定の設定で始め、設定を変えたときに書き直します。",
                en: "The settings file \(path) is not valid; starting from the defaults, and it is rewritten when a setting changes."
            )
        case .unwritable(let path, let reason):
            LocalizedText(
                ja: "設定を \(path) に保存できません（\(reason)）。終了するまではこのまま使えます。",
                en: "Settings cannot be saved to \(path) (\(reason)); they hold until you quit."
            )
        }
    }
}
