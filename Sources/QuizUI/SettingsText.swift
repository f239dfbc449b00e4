import QuizEngine

/// The settings file's sentences, for the menu and standard error.
public enum SettingsText {
    /// Why the settings file was not used or not saved, in one sentence.
    public static func problem(_ problem: Settings.Problem) -> LocalizedText {
        switch problem {
        case .unreadable(let path, let reason):
            LocalizedText(
                ja: "設定ファイル \(path) を読めないため（\(reason)）、既定の設定を使います。",
                en: "Settings file \(path) cannot be read (\(reason)); using the defaults."
            )
        case .invalid(let path):
            LocalizedText(
                ja: "設定ファイル \(path) の内容が正しくないため、既定の設定を使います。",
                en: "Settings file \(path) is not valid; using the defaults."
            )
        case .unwritable(let path, let reason):
            LocalizedText(
                ja: "設定を \(path) に保存できません（\(reason)）。終了までは有効です。",
                en: "Settings cannot be saved to \(path) (\(reason)); they hold until you quit."
            )
        }
    }
}
