import QuizEngine

/// What the command line says when its arguments cannot be used, in both languages.
public enum CommandText {
    public enum Kind: Sendable { case domain, note, service }

    /// "unknown domain 'quantum'; valid domains: compute, …".
    public static func unknown(_ kind: Kind, _ name: String, valid: [String]) -> LocalizedText {
        let list = valid.joined(separator: ", ")
        let (ja, en): (String, String) = switch kind {
        case .domain: ("分野", "domain")
        case .note: ("ノート", "note")
        case .service: ("サービス", "service")
        }
        return LocalizedText(
            ja: "\(ja) '\(name)' はありません。使える\(ja): \(list)", en: "unknown \(en) '\(name)'; valid \(en)s: \(list)"
        )
    }

    public static let noMatch = LocalizedText(
        ja: "--domain、--service、--note の組み合わせに合う問題がありません。",
        en: "no question matches that combination of --domain, --service and --note"
    )

    public static let weakChoosesItself = LocalizedText(
        ja: "--weak は分野を自分で選びます。--domain、--service、--note は指定しないでください。",
        en: "--weak chooses the domains itself; leave out --domain, --service and --note"
    )

    public static func noPlayableQuestions(in folders: String) -> LocalizedText {
        LocalizedText(
            ja: "\(folders) に遊べる問題がありません。awsquiz check \(folders) ですべての問題点を確認できます。",
            en: "no playable questions in \(folders); run 'awsquiz check \(folders)' for every problem."
        )
    }

    public static let bundledBankMissing = LocalizedText(
        ja: "同梱の Questions/ フォルダーが見つかりません。--questions DIR で指定してください。",
        en: "cannot find the bundled Questions/ folder; pass --questions DIR"
    )
}
