import QuizEngine
import QuizUI
import Testing

@Suite struct TextLayoutTests {
    @Test func displayWidthCountsCJKAsTwoColumns() {
        #expect(DisplayWidth.of("AWS") == 3)
        #expect(DisplayWidth.of("暗号化キー") == 10)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
        #expect(DisplayWidth.of("（2 つ選択）") == 12)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("✓ ▸ █") == 5)
    }

    @Test(arguments: [10, 17, 24, 39, 78])
    func japaneseWrapsByWidthWithoutSplittingCharacters(width: Int) {
        let text = "ある企業は EC2 上の Windows Server 2016 で社内業務アプリケーションを運用している。サーバーの設定、役割、データをそのまま残して Windows Server 2022 に上げたい。"
        let lines = TextWrap.wrap(text, width: width)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width)
            #expect(!line.hasPrefix("。") && !line.hasPrefix("、"))
        }
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func englishWrapsAtSpaces() {
        let lines = TextWrap.wrap("Which solution meets these requirements with the LEAST operational overhead?", width: 30)
        #expect(lines == ["Which solution meets these", "requirements with the LEAST", "operational overhead?"])
    }

    @Test func authorLineBreaksJoinAsTheLanguageWants() {
        #expect(TextWrap.paragraphs("A company runs\nAmazon EC2.") == ["A company runs Amazon EC2."])
        #expect(TextWrap.paragraphs("暗号化\nキーを使う。\nWindows を") == ["暗号化キーを使う。Windows を"])
        #expect(TextWrap.paragraphs("one\n\ntwo") == ["one", "two"])
    }

    @Test func overlongWordsAreBrokenNotLost() {
        let url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"
        let lines = TextWrap.wrap(url, width: 20)
        #expect(lines.joined() == url)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func wideCharacterNeverStraddlesTheEdge() {
        var frame = Frame(width: 5, height: 1)
        frame.put("ABあい", row: 0, column: 0)
        #expect(frame.lines == ["ABあ"])
        #expect(frame[0, 3].isContinuation)
        #expect(frame[0, 4].grapheme == " ")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var frame = Frame(width: 6, height: 1)
        frame.put("あいう", row: 0, column: 0)
        frame.put("x", row: 0, column: 3)
        #expect(frame.lines == ["あ xう"])
    }

    @Test func controlCharactersAreShownEscaped() {
        #expect(VisibleText.sanitize("red\u{1B}[31mtext\u{7}") == "red^[[31mtext^G")
        #expect(VisibleText.sanitize("a\u{9B}b") == "a\\u{9B}b")
        var frame = Frame(width: 20, height: 1)
        frame.put("x\u{1B}[2Jy", row: 0, column: 0)
        #expect(frame.lines == ["x^[[2Jy"])
    }
}

extension TextLayoutTests {
    @Test func closingBracketAndFullStopNeverStartALine() {
        let lines = TextWrap.wrap("端末が小さすぎます。50×16 以上に広げてください（現在 30×10）。", width: 30)
        #expect(lines.allSatisfy { !$0.hasPrefix("）") && !$0.hasPrefix("。") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    }
}

extension TextLayoutTests {
    @Test func onlyChangedCellsAreRedrawn() {
        var before = Frame(width: 6, height: 2)
        before.put("abcdef", row: 0, column: 0)
        var after = before
        after.put("X", row: 0, column: 2)
        after.put("あ", row: 1, column: 0)
        #expect(after.changedCells(since: before).map { "\($0.row),\($0.column)" } == ["0,1", "0,2", "1,0"])
        #expect(after.changedCells(since: nil).count == 11)
        #expect(after.changedCells(since: Frame(width: 5, height: 2)).count == 11)
    }
}
