import QuizEngine
@testable import QuizUI
import Testing

/// The key tables: one meaning per key on a screen, whole words in the footer, and the
/// keys that answer and leave always shown.
@Suite struct KeyTableTests {
    /// Every screen's keys with the keys every screen shares (help and the links view
    /// take the shared ones themselves).
    static var screens: [(name: String, keys: [Key])] {
        let global = ScreenKeys.global.flatMap(\.keys)
        func keys<Action>(_ table: [KeyBinding<Action>]) -> [Key] { table.flatMap(\.keys) }
        var screens: [(String, [Key])] = [
            ("menu", keys(ScreenKeys.menu) + global),
            ("search", keys(ScreenKeys.search)),
            ("reader", keys(ScreenKeys.reader) + global),
            ("feedback", keys(ScreenKeys.feedback) + global),
            ("stats", keys(ScreenKeys.stats) + global),
            ("past exams", keys(ScreenKeys.pastExams) + global),
            ("mistakes", keys(ScreenKeys.mistakes) + global),
            ("drill results", keys(ScreenKeys.drillResults(leave: ScreenKeys.menuText)) + global),
            ("overview", keys(ScreenKeys.overview) + global),
            ("confirm", keys(ScreenKeys.confirm(ScreenKeys.submitText)) + global),
            ("intro", keys(ScreenKeys.examIntro) + global),
            ("exam results", keys(ScreenKeys.examResults(leave: ScreenKeys.menuText)) + global),
            ("results list", keys(ScreenKeys.resultsList) + global),
            ("results detail", keys(ScreenKeys.resultsDetail) + global),
            ("resume offer", keys(ScreenKeys.resumeOffer) + global),
            ("help", keys(ScreenKeys.help)),
            ("links", keys(ScreenKeys.links) + global),
            ("drill set-up", keys(DrillSetupScreen.table) + global),
        ]
        for count in 2...9 {
            screens.append(("question with \(count) options", keys(ScreenKeys.answering(optionCount: count)) + global))
            screens.append(("exam with \(count) options", keys(ScreenKeys.exam(optionCount: count)) + global))
        }
        return screens
    }

    @Test func noKeyMeansTwoThingsOnOneScreen() {
        for (name, keys) in Self.screens {
            let twice = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
            #expect(twice.isEmpty, "\(name): \(Array(twice)) bound twice")
        }
    }

    /// Defect 3: `f` and `g` flagged and opened the grid, so options F and G could not be
    /// chosen by letter in an exam.
    @Test func examLettersFAndGChooseOptionsFAndG() {
        let table = ScreenKeys.exam(optionCount: 7)
        for letter in ["a", "f", "g"] {
            let chooses = if case .choosing(.option) = table.action(for: .character(Character(letter))) { true } else { false }
            #expect(chooses, "\(letter) must choose an option in an exam")
        }
        let flags = if case .mark = table.action(for: .character("m")) { true } else { false }
        let opens = if case .overview = table.action(for: .character("v")) { true } else { false }
        #expect(flags && opens, "m flags, v opens the overview")
    }

    /// Defect 1: the footer dropped words mid-way ("q ba", "Space 切替  En"). Now every item
    /// is whole, dropped ones leave "…", and the essential keys stay at any width from 50.
    @Test(arguments: Language.allCases)
    func footerKeepsWholeItemsAndTheEssentialKeys(language: Language) {
        let tables: [[KeyHint]] = [
            ScreenKeys.answering(optionCount: 5).hints(), ScreenKeys.exam(optionCount: 5).hints(),
            ScreenKeys.feedback.hints(), ScreenKeys.overview.hints(), ScreenKeys.examResults(leave: ScreenKeys.menuText).hints(),
            ScreenKeys.drillResults(leave: ScreenKeys.menuText).hints(), ScreenKeys.mistakes.hints(), ScreenKeys.stats.hints(), ScreenKeys.pastExams.hints(),
            ScreenKeys.resultsDetail.hints(), ScreenKeys.resumeOffer.hints(), ScreenKeys.links.hints(),
            DrillSetupScreen.table.hints(),
        ]
        for hints in tables {
            let all = hints + ScreenKeys.global.hints()
            let items = Set(all.map { "\($0.label) \($0.does[language])" })
            for width in 36...120 {
                let line = Footer.line(all, language: language, width: width)
                #expect(DisplayWidth.of(line) <= width, "\(line) wider than \(width)")
                let parts = line.components(separatedBy: Footer.gap)
                for part in parts where part != "…" {
                    #expect(items.contains(part), "cut item '\(part)' in '\(line)'")
                }
                for hint in all where hint.importance == .essential && !hint.helpOnly {
                    #expect(parts.contains("\(hint.label) \(hint.does[language])"), "\(hint.label) dropped at \(width)")
                }
                let dropped = all.filter { !$0.helpOnly }.count > parts.filter { $0 != "…" }.count
                let essentialsOnly = parts.allSatisfy { part in all.contains { "\($0.label) \($0.does[language])" == part && $0.importance == .essential } }
                #expect(dropped == (parts.last == "…") || (dropped && essentialsOnly), "'…' must end a footer when items were dropped: \(line)")
            }
        }
    }

    /// The resize storm's screen: a Japanese drill question at 50x16, scrolled, keeps
    /// "q 戻る" beside the "more" marker; the English one keeps "Enter submit".
    @Test func smallQuestionFooterKeepsAnswerAndLeave() {
        var ja = ScreenFixtures.singleDrill(.ja, columns: 50, rows: 16)
        ScreenFixtures.send(&ja, .character("2"))
        let jaFooter = ja.render().lines[15]
        #expect(jaFooter.contains("Enter 回答") && jaFooter.contains("q 戻る") && jaFooter.contains("続きあり"), "\(jaFooter)")
        let en = ScreenFixtures.singleDrill(.en, columns: 50, rows: 16)
        let enFooter = en.render().lines[15]
        #expect(enFooter.contains("Enter submit") && enFooter.contains("q back"), "\(enFooter)")
    }

    /// Defect 2: PgDn or Down closed the help at 50x16, so its last lines were unreachable.
    @Test(arguments: Language.allCases)
    func helpScrollsToItsLastLine(language: Language) {
        var model = ScreenFixtures.model(language, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .character("?"))
        let title = UIText.helpTitle[language]
        #expect(model.render().lines[0].contains(title))
        let last = UIText.helpExamKeys(flag: "m", overview: "v", copy: "c", links: "l")[language].suffix(4)
        #expect(!model.render().text.contains(last), "the last line must start out of view at 50x16")
        ScreenFixtures.send(&model, .pageDown, .down, .down, .down, .down, .down, .down)
        #expect(model.render().lines[0].contains(title), "scrolling keeps the help open")
        #expect(model.render().text.contains(last))
        ScreenFixtures.send(&model, .character("q"))
        #expect(model.page == .menu(cursor: 0))
    }

    /// Defect 4: `t` did nothing in the exam's overview.
    @Test func tSwitchesLanguageInTheExamOverview() {
        var model = ExamUpdateTests().startedExam(.en)
        ScreenFixtures.send(&model, .character("v"))
        #expect(model.render().text.contains("Overview:"))
        ScreenFixtures.send(&model, .character("t"))
        #expect(model.language == .ja)
        #expect(model.render().text.contains("全体表:"))
    }
}

/// Defect 1, the rest of it: menu items and the overview's lines were cut mid-word at 50
/// columns with no ellipsis.
@Suite struct NarrowScreenTests {
    @Test(arguments: Language.allCases)
    func aLongMenuItemEndsWithAnEllipsis(language: Language) throws {
        var model = ExamRecordTests().modelWithLeftExam(language)
        _ = model.update(.resize(TerminalSize(columns: 50, rows: 16)))
        let line = try #require(model.render().lines.first { $0.contains("SAP-C02") })
        #expect(line.hasSuffix("…"), "\(line)")
        #expect(DisplayWidth.of(line) <= 49)
    }

    @Test(arguments: Language.allCases)
    func theOverviewKeepsItsCountsAndLegendWhole(language: Language) {
        var model = ExamUpdateTests().startedExam(language)
        _ = model.update(.resize(TerminalSize(columns: 50, rows: 16)))
        ScreenFixtures.send(&model, .character("v"))
        let text = model.render().lines.joined(separator: " ")
        for item in UIText.overviewLegend {
            #expect(text.contains(item[language]), "\(item[language]) whole")
        }
        let flagged = language == .en ? "0 flagged" : "フラグ 0"
        #expect(text.contains(flagged))
    }
}

/// Home and End were mapped from the terminal and did nothing; now they go to the top and
/// the bottom of a long screen.
@Suite struct HomeEndTests {
    @Test func endShowsTheLastLineAndHomeTheFirst() {
        var model = ScreenFixtures.singleDrill(.en, columns: 50, rows: 16)
        ScreenFixtures.send(&model, .enter, .end)
        #expect(model.render().lines[15].contains("↑ more above"))
        #expect(!model.render().lines[15].contains("↕"))
        ScreenFixtures.send(&model, .home)
        #expect(model.scroll == 0)
    }
}

/// The footer and header as drawn, not only as composed: at every width from 50 to 80 the
/// footer's items are whole (the left margin and the "more" marker included) and the title
/// ends with "…" when cut.
@Suite struct DrawnFooterTests {
    static func screens(_ language: Language, columns: Int) -> [AppModel] {
        var menu = ScreenFixtures.model(language, columns: columns, rows: 16)
        var picker = menu
        ScreenFixtures.send(&picker, .down, .down, .enter)
        var question = ScreenFixtures.singleDrill(language, columns: columns, rows: 16)
        var feedback = question
        ScreenFixtures.send(&feedback, .enter)
        ScreenFixtures.send(&question, .down)
        ScreenFixtures.send(&menu, .down)
        return [menu, picker, question, feedback]
    }

    @Test(arguments: Language.allCases)
    func drawnFootersKeepWholeItems(language: Language) {
        for columns in 50...80 {
            for model in Self.screens(language, columns: columns) {
                let hints = model.screenKeys.hints + ScreenKeys.global.hints()
                let items = Set(hints.map { "\($0.label) \($0.does[language])" } + ["…"])
                let footer = model.render().lines[15]
                var keys = footer
                for marker in [UIText.scrollBoth, UIText.scrollBelow, UIText.scrollAbove] where keys.hasSuffix(marker[language]) {
                    keys = String(keys.dropLast(marker[language].count))
                }
                let parts = keys.trimmingCharacters(in: .whitespaces).components(separatedBy: Footer.gap)
                for part in parts {
                    #expect(items.contains(part), "'\(part)' cut at \(columns): \(footer)")
                }
            }
        }
    }

    @Test(arguments: Language.allCases)
    func aCutTitleEndsWithAnEllipsis(language: Language) {
        var model = ScreenFixtures.model(language, columns: 50, rows: 16)
        let long = LocalizedText(ja: "ネットワークとコンテンツ配信とセキュリティ", en: "Networking & Content Delivery and Security")
        _ = model.update(.start(.drill(QuestionFilter(), count: nil, title: long)))
        let header = model.render().lines[0]
        #expect(header.contains("…  "), "the title cut with … before the status: \(header)")
        #expect(header.hasSuffix("Q 1/2"), "the status whole: \(header)")
    }
}
