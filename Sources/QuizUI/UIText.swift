import Foundation
import QuizEngine

/// Every fixed text on the screens, in both languages.
enum UIText {
    static let appTitle = LocalizedText(ja: "awsquiz — AWS ソリューションアーキテクト試験対策", en: "awsquiz — AWS Solutions Architect exam trainer")
    static let menuDrillSetup = LocalizedText(ja: "ドリルを設定（分野・ノート・フラグなど）", en: "Set up a drill (domains, note, flagged...)")
    static let menuDrillAll = LocalizedText(ja: "全分野からドリル", en: "Drill all domains")
    static let menuQuit = LocalizedText(ja: "終了", en: "Quit")
    static func bankSummary(questions: Int, notes: Int, domains: Int) -> LocalizedText {
        LocalizedText(
            ja: "問題 \(questions) 問 · ノート \(notes) 件 · \(domains) 分野",
            en: "\(Plural.en(questions, "question")) · \(Plural.en(notes, "note")) · \(Plural.en(domains, "domain"))"
        )
    }
    /// Questions or files the loader left out, and the folders to check for why.
    static func leftOut(_ count: Int, folders: [String]) -> LocalizedText {
        let check = (["awsquiz check"] + folders.map(Shell.quoted)).joined(separator: " ")
        return LocalizedText(
            ja: "エラーのため \(count) 件の問題またはファイルを読み込みませんでした。詳しくは \(check) で確認できます。",
            en: "\(count) \(count == 1 ? "question or file was" : "questions or files were") left out for errors; run \(check) for every detail."
        )
    }
    static func menuExam(_ code: String, questions: Int, minutes: Int) -> LocalizedText {
        LocalizedText(ja: "模擬試験 \(code)（\(questions) 問・\(minutes) 分）", en: "Practice exam \(code) (\(Plural.en(questions, "question")), \(minutes) min)")
    }
    static func menuResume(_ code: String, answered: Int, of total: Int, incomplete: Int, left: String) -> LocalizedText {
        incomplete > 0
            ? LocalizedText(
                ja: "中断した試験を再開 \(code)（\(answered)/\(total) 回答済み・未完了 \(incomplete)・残り \(left)）",
                en: "Resume exam \(code) (\(answered)/\(total) answered, \(incomplete) incomplete, \(left) left)"
            )
            : LocalizedText(
                ja: "中断した試験を再開 \(code)（\(answered)/\(total) 回答済み・残り \(left)）",
                en: "Resume exam \(code) (\(answered)/\(total) answered, \(left) left)"
            )
    }
    static let openElsewhereMark = LocalizedText(ja: " — 別のウィンドウで開いています", en: " — open in another window")
    static let examOpenElsewhere = LocalizedText(
        ja: "この試験は別の awsquiz ウィンドウで開いています。そちらで続けるか中断してから開いてください。",
        en: "This exam is open in another awsquiz window; carry on there, or leave it there first."
    )
    static let examFinishedElsewhere = LocalizedText(
        ja: "この試験は別のウィンドウで提出または破棄されたため、ここでは保存されません。記録は awsquiz exams で確認できます。",
        en: "This exam was submitted or discarded in another window, so nothing more of it is saved here; awsquiz exams shows its record."
    )
    static let confirmDiscard = LocalizedText(
        ja: "この試験を破棄しますか？（履歴には破棄として残ります）",
        en: "Discard this exam? (History keeps it, marked discarded.)"
    )
    static let tenMinutesLeft = LocalizedText(ja: "⚠ 残り 10 分です。", en: "⚠ 10 minutes left.")
    static let oneMinuteLeft = LocalizedText(ja: "⚠ 残り 1 分です。時間切れで自動的に提出されます。", en: "⚠ 1 minute left. The exam is submitted by itself at zero.")
    static let unanswered = LocalizedText(ja: "未回答", en: "Unanswered")
    static let myMisses = LocalizedText(ja: "間違えた問題", en: "My misses")
    static let examMode = LocalizedText(ja: "模擬試験", en: "Practice exam")
    static func examIntroFigures(questions: Int, minutes: Int, passMark: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(questions) 問 · \(minutes) 分 · 合格ライン \(passMark)（スケールスコア 100〜1000）",
            en: "\(Plural.en(questions, "question")) · \(Plural.en(minutes, "minute")) · pass mark \(passMark) (scaled score 100-1000)"
        )
    }
    /// The exam's rules; `strike`, `flag` and `overview` are the keys as the exam's table has them.
    static func examIntroRules(strike: String, flag: String, overview: String) -> LocalizedText {
        LocalizedText(
            ja: "試験中は解説を表示しません。回答はいつでも変更でき、\(strike) でカーソル位置の選択肢に取り消し線、\(flag) でフラグ、\(overview) で全体表を開けます。時間切れになると自動で提出されます。回答と残り時間はその都度保存され、中断しても再開できます。",
            en: "No explanations during the exam. Change answers at any time, strike the option under the cursor out with \(strike), flag with \(flag), open the overview with \(overview). At zero the exam is submitted by itself. Answers and time left are saved as you go, so a left exam can be resumed."
        )
    }
    static func examShortfall(_ count: Int) -> LocalizedText {
        LocalizedText(
            ja: "問題集にはこの試験に使える問題が \(count) 問しかないため、\(count) 問で行います。",
            en: "The bank holds only \(Plural.en(count, "question")) for this exam, so it has \(count)."
        )
    }
    static let examIntroStart = LocalizedText(ja: "Enter で開始します。", en: "Press Enter to start.")
    /// The overview's counts, an item each, so a narrow screen wraps between them.
    static func overviewSummary(answered: Int, incomplete: Int, unanswered: Int, flagged: Int) -> [LocalizedText] {
        [
            LocalizedText(ja: "全体表: 回答済み \(answered)", en: "Overview: \(answered) answered"),
            LocalizedText(ja: "未完了 \(incomplete)", en: "\(incomplete) incomplete"),
            LocalizedText(ja: "未回答 \(unanswered)", en: "\(unanswered) unanswered"),
            LocalizedText(ja: "フラグ \(flagged)", en: "\(flagged) flagged"),
        ]
    }
    /// The overview's legend, an item per mark, each kept whole on a line.
    static let overviewLegend = [
        LocalizedText(ja: "● 回答済み", en: "● answered"),
        LocalizedText(ja: "◐ 未完了（選択数が足りない）", en: "◐ incomplete (too few picks)"),
        LocalizedText(ja: "○ 未回答", en: "○ unanswered"),
        LocalizedText(ja: "⚑ フラグ", en: "⚑ flagged"),
    ]
    /// Which questions the overview shows, and how many.
    static func overviewFilter(_ filter: ExamOverview.Filter, count: Int) -> LocalizedText {
        switch filter {
        case .all: LocalizedText(ja: "表示: すべて（\(count) 問）", en: "Showing: all (\(count))")
        case .incomplete: LocalizedText(ja: "表示: 未完了・未回答（\(count) 問）", en: "Showing: incomplete or unanswered (\(count))")
        case .flagged: LocalizedText(ja: "表示: フラグ付き（\(count) 問）", en: "Showing: flagged (\(count))")
        }
    }
    static func goToQuestion(_ typed: String) -> LocalizedText {
        LocalizedText(ja: "移動先の問題番号: \(typed)（Enter で移動）", en: "Go to question \(typed) (Enter)")
    }
    static func noSuchQuestion(_ number: Int, count: Int) -> LocalizedText {
        LocalizedText(
            ja: "問題 \(number) はありません。この試験は 1〜\(count) 問です。",
            en: "There is no question \(number); this exam has questions 1-\(count)."
        )
    }
    static let noneFlagged = LocalizedText(ja: "フラグを付けた問題はありません。", en: "No question is flagged.")
    /// The exam header's mark against the real exam's pace.
    static func pace(behind: Int) -> LocalizedText {
        behind == 0
            ? LocalizedText(ja: "ペース内", en: "on pace")
            : LocalizedText(ja: "\(behind) 問遅れ", en: "\(behind) behind")
    }
    static func confirmSubmit(unanswered: Int, incomplete: Int, flagged: Int) -> LocalizedText {
        LocalizedText(
            ja: "試験を提出しますか？ 未回答 \(unanswered) 問、未完了 \(incomplete) 問、フラグ \(flagged) 問。",
            en: "Submit the exam? \(unanswered) unanswered, \(incomplete) incomplete, \(flagged) flagged."
        )
    }
    static let confirmLeave = LocalizedText(
        ja: "試験を中断しますか？ 回答と残り時間は保存され、次回再開できます。",
        en: "Leave the exam? Answers and time left are saved; you can resume it later."
    )
    static let examResultsTitle = LocalizedText(ja: "模擬試験の結果", en: "Exam results")
    static func scaledScore(_ score: Int, passMark: Int) -> LocalizedText {
        LocalizedText(ja: "推定スケールスコア \(score)（推定値）· 合格ライン \(passMark)", en: "Estimated scaled score \(score) (an estimate) · pass mark \(passMark)")
    }
    static let passed = LocalizedText(ja: "合格", en: "PASS")
    static let failed = LocalizedText(ja: "不合格", en: "FAIL")
    static func timeUsed(_ used: String, of limit: String) -> LocalizedText {
        LocalizedText(ja: "使用時間 \(used) / \(limit)", en: "Time used \(used) of \(limit)")
    }
    static func timesUp(unseen: Int) -> LocalizedText {
        unseen == 0
            ? LocalizedText(ja: "⏰ 時間切れ: 時計が試験を提出しました。", en: "⏰ Time's up: the clock submitted the exam.")
            : LocalizedText(
                ja: "⏰ 時間切れ: 時計が試験を提出しました。表示されなかった問題 \(unseen) 問はこの試験では不正解ですが、習熟度や復習では誤答に数えません。",
                en: "⏰ Time's up: the clock submitted the exam. Questions never shown: \(unseen). They count wrong in this score, but not as misses for mastery or review."
            )
    }
    static let meetsCompetencies = LocalizedText(ja: "基準を満たす", en: "Meets competencies")
    static let needsImprovement = LocalizedText(ja: "要改善", en: "Needs improvement")
    static let competencyRule = LocalizedText(
        ja: "分野ごとに正答率 \(Competency.meetsPercent)% 以上で「基準を満たす」、未満で「要改善」。",
        en: "In each domain, \(Competency.meetsPercent)% or more right meets competencies; less needs improvement."
    )
    static let pacingTitle = LocalizedText(ja: "ペース配分", en: "Pacing")
    static func averagePace(_ average: String, real: String) -> LocalizedText {
        LocalizedText(ja: "1 問あたり平均 \(average)（本番のペース \(real)）", en: "Average \(average) a question (real pace \(real))")
    }
    static let slowestTitle = LocalizedText(ja: "時間がかかった問題:", en: "Slowest:")
    static func browseChoices(incorrect: Int, unanswered: Int, flagged: Int) -> LocalizedText {
        LocalizedText(
            ja: "振り返り: a すべて  i 不正解 (\(incorrect))  u 未回答 (\(unanswered))  f フラグ (\(flagged))  d 間違えた問題に今すぐ再挑戦",
            en: "Browse: a all  i incorrect (\(incorrect))  u unanswered (\(unanswered))  f flagged (\(flagged))  d retry my misses now"
        )
    }
    static let reviewFilterTitles: [AnswerBrowser.Filter: LocalizedText] = [
        .all: LocalizedText(ja: "すべての問題", en: "All questions"),
        .incorrect: LocalizedText(ja: "不正解の問題", en: "Incorrect questions"),
        .unanswered: LocalizedText(ja: "未回答の問題", en: "Unanswered questions"),
        .flagged: LocalizedText(ja: "フラグを付けた問題", en: "Flagged questions"),
    ]
    static let noneInList = LocalizedText(ja: "該当する問題はありません。", en: "No questions here.")
    static let resumeTitle = LocalizedText(ja: "中断した試験があります（新しい順）", en: "Exams in progress (newest first)")
    static func resumeBody(
        _ code: String, answered: Int, of total: Int, incomplete: Int, flagged: Int, left: String
    ) -> LocalizedText {
        LocalizedText(
            ja: "\(code): \(answered)/\(total) 問回答済み、未完了 \(incomplete)、フラグ \(flagged)、残り \(left)",
            en: "\(code): \(answered) of \(total) answered, \(incomplete) incomplete, \(flagged) flagged, \(left) left"
        )
    }
    static func menuReview(due: Int) -> LocalizedText {
        LocalizedText(ja: "復習（期限 \(due) 問）", en: "Review (\(due) due)")
    }
    /// The menu's review item when nothing is due yet: `next` is when the first comes due.
    static func menuReviewAhead(next: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "先取り復習（次の期限は \(next.ja)）", en: "Review ahead (next due \(next.en))")
    }
    static let reviewAheadTitle = LocalizedText(ja: "先取り復習", en: "Review ahead")
    /// After an answer to a question in the review schedule: when it comes back.
    static func comesBack(_ when: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "↻ \(when.ja)に復習でもう一度出題されます。", en: "↻ Back for review \(when.en).")
    }
    static let noReviewsDue = LocalizedText(
        ja: "いま期限の来た復習はありません。間違えた問題は FSRS の予定どおりに戻ってきます。",
        en: "No reviews are due now; missed questions come back on their FSRS schedule."
    )
    static let menuStats = LocalizedText(ja: "学習状況", en: "Stats")
    static let mastery = LocalizedText(ja: "分野別の正答率（これまでの回答）", en: "Mastery by domain (all answers so far)")
    static let reviewTitle = LocalizedText(ja: "復習", en: "Review")
    static let weakSpots = LocalizedText(ja: "苦手分野", en: "Weak spots")
    static let statsTitle = LocalizedText(ja: "学習状況", en: "Stats")
    static func statsOverall(_ correct: Int, of total: Int) -> LocalizedText {
        LocalizedText(ja: "全体: 正解 \(correct) / \(total) 問", en: "Overall: \(correct) of \(total) correct")
    }
    static let statsColumns: [LocalizedText] = [
        LocalizedText(ja: "分野（苦手順）", en: "Domain (weakest first)"), LocalizedText(ja: "通算", en: "all"),
        LocalizedText(ja: "7日", en: "7d"), LocalizedText(ja: "30日", en: "30d"), LocalizedText(ja: "8週", en: "8 weeks"),
    ]
    static let claimNow = LocalizedText(ja: "現在", en: "Now")
    static let notesTitle = LocalizedText(ja: "あなたのノート", en: "Your notes")
    static let menuNotes = LocalizedText(ja: "あなたのノート（主張と 2026 年の事実）", en: "Your notes (claims checked against 2026)")
    static let notesIntro = LocalizedText(
        ja: "ノートを主張ごとに 2026 年の事実と照らし合わせた結果と、それを問う問題での正答率です。",
        en: "Each note as claims checked against AWS in 2026, and how you do on the items that test them."
    )
    static let commentTitle = LocalizedText(ja: "問題へのコメント", en: "Comment on an item")
    static let commentHint = LocalizedText(
        ja: "誤り・曖昧な点・古い情報など、この問題について気づいたことを書いてください。awsquiz comments で一覧できます。",
        en: "Write what you noticed about this item (an error, an ambiguity, something outdated). awsquiz comments lists them."
    )

    static func commentOn(_ id: String) -> LocalizedText {
        LocalizedText(ja: "\(id) へのコメント", en: "Comment on \(id)")
    }

    /// "3 items, 5 answers, 80% right:" beside a claim's item ids.
    static func claimItems(_ items: Int, score: Score) -> LocalizedText {
        let answered = score.total == 0
            ? LocalizedText(ja: "未回答", en: "not answered yet")
            : LocalizedText(
                ja: "回答 \(score.total) 回、正答率 \(score.percent)%",
                en: "\(score.total) \(score.total == 1 ? "answer" : "answers"), \(score.percent)% right"
            )
        return LocalizedText(
            ja: "問題 \(items) 問（\(answered.ja)）:", en: "\(items) \(items == 1 ? "item" : "items") (\(answered.en)):"
        )
    }

    /// One note's line in the notes list: its claims by verdict and the user's accuracy.
    static func noteSummary(holds: Int, outdated: Int, wrong: Int, score: Score) -> LocalizedText {
        let accuracy = score.total == 0
            ? LocalizedText(ja: "未回答", en: "not answered yet")
            : LocalizedText(ja: "正答率 \(score.percent)%（\(score.total) 回）", en: "\(score.percent)% right over \(score.total) \(score.total == 1 ? "answer" : "answers")")
        return LocalizedText(
            ja: "主張: 正しい \(holds)・古い \(outdated)・誤り \(wrong)　\(accuracy.ja)",
            en: "claims: \(holds) hold, \(outdated) outdated, \(wrong) wrong · \(accuracy.en)"
        )
    }

    /// How a claim's verdict reads beside what the note says.
    static func verdict(_ verdict: Claim.Verdict) -> LocalizedText {
        switch verdict {
        case .holds: LocalizedText(ja: "ノートの記述（今も正しい）", en: "Your note (still holds)")
        case .outdated: LocalizedText(ja: "ノートの記述（古い）", en: "Your note (outdated)")
        case .wrong: LocalizedText(ja: "ノートの記述（誤り）", en: "Your note (wrong)")
        }
    }

    static let statsExams = LocalizedText(ja: "模擬試験", en: "Practice exams")
    static let statsByDifficulty = LocalizedText(ja: "難易度別の正答率", en: "Accuracy by difficulty")
    /// A question's difficulty in the header, out of the bank's three levels.
    static func difficulty(_ level: Int) -> LocalizedText {
        LocalizedText(ja: "難易度 \(level)/3", en: "Level \(level)/3")
    }

    static func statsDifficultyLevel(_ level: Int) -> LocalizedText {
        LocalizedText(ja: "難易度 \(level):", en: "Level \(level):")
    }
    static let statsNoExams = LocalizedText(ja: "まだありません。", en: "None yet.")
    static func statsReviews(due: Int) -> LocalizedText {
        LocalizedText(ja: "復習: 期限 \(due) 問", en: "Reviews: \(due) due")
    }
    static func statsNextReview(_ date: String) -> LocalizedText {
        LocalizedText(ja: "次の復習: \(date)", en: "Next review: \(date)")
    }
    static let statsLeeches = LocalizedText(ja: "リーチ（8 回以上間違えた問題）", en: "Leeches (missed 8 times or more)")
    static func statsMoreLeeches(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "ほか \(count) 問（すべては stats --json に）", en: "and \(Plural.en(count, "more", "more")) (all in stats --json)")
    }
    static let statsSuggestion = LocalizedText(ja: "次のおすすめ", en: "Suggested next")
    static let setupTitle = LocalizedText(ja: "ドリルの設定", en: "Set up a drill")
    static let setupDomainsHint = LocalizedText(
        ja: "分野（Space で選択・複数可、選ばなければすべて）", en: "Domains (Space ticks one or several; none ticked means all)"
    )
    static let setupNote = LocalizedText(ja: "ノート", en: "Note")
    static let setupService = LocalizedText(ja: "サービス", en: "Service")
    static let setupDifficulty = LocalizedText(ja: "難易度", en: "Level")
    static let setupCount = LocalizedText(ja: "問題数", en: "How many")
    static let setupWhichLabel = LocalizedText(ja: "対象", en: "Which")
    static let setupAny = LocalizedText(ja: "指定なし", en: "Any")
    static func setupWhich(_ which: DrillSetup.Which) -> LocalizedText {
        switch which {
        case .all: LocalizedText(ja: "すべて", en: "All")
        case .unseen: LocalizedText(ja: "未回答の問題", en: "Never answered")
        case .missed: LocalizedText(ja: "間違えたことのある問題", en: "Missed before")
        case .flagged: LocalizedText(ja: "フラグを付けた問題", en: "Flagged")
        }
    }
    static func setupMatches(_ matches: Int, taking: Int) -> LocalizedText {
        matches == 0
            ? LocalizedText(ja: "この設定に合う問題はありません。", en: "No question matches this set-up.")
            : LocalizedText(
                ja: "この設定に合う問題: \(matches) 問。そのうち \(taking) 問でドリルします。",
                en: "\(Plural.en(matches, "question")) \(matches == 1 ? "matches" : "match"); the drill takes \(taking)."
            )
    }
    /// The header's short form of `setupMatches`.
    static func setupMatching(_ matches: Int) -> LocalizedText {
        LocalizedText(ja: "該当 \(matches) 問", en: "\(matches) matching")
    }
    static let setupMatchesNone = LocalizedText(
        ja: "問題がないため開始できません。分野・ノート・サービス・難易度・対象を変えてください。",
        en: "Nothing to drill: change the domains, note, service, level or which."
    )
    static let allDomains = LocalizedText(ja: "すべての分野", en: "All domains")
    static let chosenQuestions = LocalizedText(ja: "選択した問題", en: "Chosen questions")
    static func questionsCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count) 問", en: Plural.en(count, "question"))
    }
    static let drillMode = LocalizedText(ja: "ドリル", en: "Drill")
    static func chooseMany(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count) つ選択", en: "Choose \(countWord(count)).")
    }
    static func needSelections(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count) つ選んでから Enter を押してください。", en: "Choose \(countWord(count)) options, then press Enter.")
    }
    static let correct = LocalizedText(ja: "正解", en: "Correct")
    static let incorrect = LocalizedText(ja: "不正解", en: "Incorrect")
    static func correctAnswerIs(_ letters: String) -> LocalizedText {
        LocalizedText(ja: "正解は \(letters)", en: "The answer is \(letters)")
    }
    static let yourAnswer = LocalizedText(ja: "← あなたの回答", en: "← your answer")
    static let explanation = LocalizedText(ja: "解説", en: "Explanation")
    static let sourceNote = LocalizedText(ja: "出典ノート", en: "From the note")
    static let docs = LocalizedText(ja: "AWS ドキュメント", en: "AWS documentation")
    static let resultsTitle = LocalizedText(ja: "ドリル結果", en: "Drill results")
    static func resultsScore(_ score: Score) -> LocalizedText {
        LocalizedText(
            ja: "正解 \(score.correct) / \(score.total) 問 (\(score.percent)%)", en: "\(score.correct) of \(score.total) correct (\(score.percent)%)"
        )
    }
    static let byDomain = LocalizedText(ja: "サービス分野別", en: "By service domain")
    static let byExamDomain = LocalizedText(ja: "試験分野別", en: "By exam domain")
    static let missedTitle = LocalizedText(ja: "間違えた問題", en: "Missed questions")
    static let noneMissed = LocalizedText(ja: "全問正解です。", en: "No misses.")
    static func tooSmall(_ size: TerminalSize) -> LocalizedText {
        let least = TerminalSize.minimum
        return LocalizedText(
            ja: "端末が小さすぎます。\(least.columns)×\(least.rows) 以上に広げてください（現在 \(size.columns)×\(size.rows)）。",
            en: "The terminal is too small. Make it at least \(least.columns)×\(least.rows) (now \(size.columns)×\(size.rows))."
        )
    }
    static let helpTitle = LocalizedText(ja: "キー操作", en: "Keys")
    static let helpThisScreen = LocalizedText(ja: "この画面のキー", en: "Keys on this screen")
    static let helpEverywhere = LocalizedText(ja: "どの画面でも", en: "On every screen")
    static let interruptHint = KeyHint(
        label: "Ctrl-C", helpLabel: "Ctrl-C", does: LocalizedText(ja: "すぐに終了（端末は元に戻ります）", en: "quit at once (the terminal is restored)"),
        importance: .optional, helpOnly: true
    )
    /// The help's note on keys of other screens, with the keys as their tables have them.
    static func helpExamKeys(flag: String, overview: String, copy: String, links: String) -> LocalizedText {
        LocalizedText(
            ja: "模擬試験では a-i が選択肢なので、フラグは \(flag)、全体表は \(overview) です。解説画面では \(copy) で問題の AWS ドキュメントのリンクをコピー（OSC 52、SSH 越しでも可）、\(links) でリンクを全文表示します。",
            en: "In an exam a-i choose options, so \(flag) flags a question and \(overview) opens the overview. On an explanation, \(copy) copies the question's AWS documentation links (OSC 52, over SSH too) and \(links) shows them in full."
        )
    }
    static func linksHowTo(copy: String) -> LocalizedText {
        LocalizedText(
            ja: "←→ で横にスクロール、\(copy) ですべてコピー（OSC 52）、q で戻ります。",
            en: "← → scroll sideways, \(copy) copies them all (OSC 52), q goes back."
        )
    }
    static let chooseKey = LocalizedText(ja: "決定", en: "choose")
    static let startKey = LocalizedText(ja: "開始", en: "start")
    static let quitKey = LocalizedText(ja: "終了", en: "quit")
    static let scrollBelow = LocalizedText(ja: "↓ 続きあり", en: "↓ more")
    static let scrollAbove = LocalizedText(ja: "↑ 上に続きあり", en: "↑ more above")
    static let scrollBoth = LocalizedText(ja: "↕ 続きあり", en: "↕ more")


    /// English counts spelled out as the exam writes them ("Choose two.").
    static func countWord(_ count: Int) -> String {
        ["zero", "one", "two", "three", "four", "five"].indices.contains(count)
            ? ["zero", "one", "two", "three", "four", "five"][count] : String(count)
    }


    static let pastExamsTitle = LocalizedText(ja: "過去の試験（新しい順）", en: "Past exams (newest first)")
    static let pastExamsColumns = [
        LocalizedText(ja: "提出日時", en: "Submitted"), LocalizedText(ja: "試験", en: "Exam"), LocalizedText(ja: "正解", en: "Score"),
        LocalizedText(ja: "推定", en: "Est."), LocalizedText(ja: "合否", en: "Result"),
    ]
    static let reading = LocalizedText(ja: "履歴を読み込んでいます…", en: "Reading history…")
    static func drillBrowseChoices(incorrect: Int) -> LocalizedText {
        LocalizedText(
            ja: "振り返り: a すべて  i 不正解 (\(incorrect))  d 間違えた問題に今すぐ再挑戦",
            en: "Browse: a all  i incorrect (\(incorrect))  d retry my misses now"
        )
    }
    static func menuMistakes(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "間違えた問題（\(count) 問）", en: "Mistakes (\(count))")
    }
    static let mistakesTitle = LocalizedText(ja: "間違えた問題（最近の誤答順）", en: "Mistakes (newest miss first)")
    static let mistakesIntro = LocalizedText(
        ja: "d 詰め込み: 今すぐ解き直します。正答率とこの一覧には数えますが、復習の予定は変えません。r 今すぐ復習: 間違えた問題はすでに復習に入っているので、期限前に復習として解きます（FSRS の予定が動きます）。Space で選んだ問題だけ、選ばなければすべてが対象です。",
        en: "d cram: answer them now; counted in accuracy and here, never in your review schedule. r review now: missed questions are already in review, so this answers them early as reviews (FSRS reschedules them). Space marks some; with none marked, all are taken."
    )
    static let noMistakes = LocalizedText(ja: "まだ間違えた問題はありません。", en: "Nothing missed yet.")
    static let cramTitle = LocalizedText(ja: "詰め込み", en: "Cram")
    static func markedOf(_ marked: Int, _ total: Int) -> LocalizedText {
        LocalizedText(ja: "\(total) 問中 \(marked) 問選択", en: "\(marked) of \(total) marked")
    }
    static func mistakeTally(_ entry: MistakeList.Entry, timeZone: TimeZone) -> LocalizedText {
        let when = StatsScreen.format(entry.lastMissedAt, timeZone: timeZone)
        return LocalizedText(
            ja: "\(entry.answers) 回中 \(entry.misses) 回誤答・最後の誤答 \(when)（選んだ選択肢に印。プールの全選択肢を表示）",
            en: "Missed \(entry.misses) of \(entry.answers), last \(when) (your pick then is marked; every option of the pool shown)"
        )
    }
}
