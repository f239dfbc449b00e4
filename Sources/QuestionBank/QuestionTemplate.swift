/// The files `awsquiz new` writes: a complete, commented example of every field, which
/// lints clean as written, so a user starts from something that plays and edits it.
public enum QuestionTemplate {
    /// A user's notes catalogue holding one new note.
    public static func notesCatalogue(noteID: String, date: String) -> String {
        """
        # Your own notes. Each note needs an id (letters, digits, '-'), a date, a title and a
        # summary in both languages; `text` may hold the note as you wrote it.
        notes:
        \(noteEntry(noteID: noteID, date: date))
        """
    }

    /// One more note for an existing catalogue's `notes:` list.
    public static func noteEntry(noteID: String, date: String) -> String {
        """
          - id: \(noteID)
            date: \(date)
            title: {ja: 自分のノート（題名を書く）, en: My note (write its title)}
            summary: {ja: このノートの要点を一文で。, en: The gist of this note in one sentence.}
            text: |
              ここにノートの本文をそのまま書く（自分のノートなので原文のままでよい）。

        """
    }

    /// A question file for `noteID` with one claim and one pooled item; `prefix` keeps its ids unique.
    public static func questionFile(noteID: String, prefix: String) -> String {
        """
        # A question file for your note '\(noteID)'. Replace every text; keep the shape.
        # `awsquiz check` lints it (file:line:col for every problem); the game plays it beside
        # the bundled bank. The format is documented in Questions/README.md.
        note: \(noteID)
        claims:                               # what your note says, one fact per claim
          - id: \(prefix)-claim-1
            says: {ja: ノートが述べている事実を一文で。, en: One fact your note states in one sentence.}
            verdict: holds                    # holds | outdated | wrong
            # truth and docs are required when the verdict is outdated or wrong:
            # truth: {ja: 今正しいこと。, en: What is true now.}
            # docs: [https://docs.aws.amazon.com/...]
        questions:
          - id: \(prefix)-01                   # unique across every file
            claims: [\(prefix)-claim-1]          # the claims this item tests
            domain: networking                # compute, analytics, database, security, migration, machine-learning, storage, networking
            exam_domains: {sap: SAP-D2, saa: SAA-D1}
            services: [Amazon VPC]
            difficulty: 2                     # 1 recall .. 3 multi-constraint design
            constraints: [cost, operational-overhead]   # the constraints your stem states
            show: 4                           # options shown per sitting (5 or 6 for choose-two)
            choose: 1                         # correct options shown; 2 or 3 makes it multi-response
            stem:
              ja: |
                ある企業は（状況）。（制約）。最も運用負荷の少ない方法でこれらの要件を満たすソリューションはどれか。
              en: |
                A company (situation). (Constraints.) Which solution meets these requirements with the LEAST operational overhead?
            options:                          # the pool: each sitting draws `choose` correct and the rest wrong
              - id: k1
                correct: true
                text: {ja: 正解の選択肢。, en: The correct option.}
                why: {ja: なぜ正しいか。, en: Why it is right.}
              - id: k2                        # another correct wording or solution: sittings vary
                correct: true
                text: {ja: 同じ正解を別の言い方で。, en: The same answer worded another way.}
                why: {ja: なぜ正しいか。, en: Why it is right.}
              - id: d1
                text: {ja: 実在する機能だが制約に合わない選択肢 1。, en: A real feature that fails one constraint.}
                why: {ja: どの制約に反するか。, en: Which constraint it fails.}
                excludes: [d2]                # never shown together with d2
              - id: d2
                text: {ja: 選択肢 1 と同じ考えの言い換え。, en: The same idea as the first distractor reworded.}
                why: {ja: どの制約に反するか。, en: Which constraint it fails.}
              - id: d3
                text: {ja: 実在する機能だが制約に合わない選択肢 2。, en: Another real feature that fails a constraint.}
                why: {ja: どの制約に反するか。, en: Which constraint it fails.}
              - id: d4
                text: {ja: 実在する機能だが制約に合わない選択肢 3。, en: A third real feature that fails a constraint.}
                why: {ja: どの制約に反するか。, en: Which constraint it fails.}
            explanation:
              ja: 学ぶべき要点。ノートが古くなっていれば何が変わったかを書く。
              en: The lesson. Where your note is outdated, say what changed.
            docs: [https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html]

        """
    }
}
