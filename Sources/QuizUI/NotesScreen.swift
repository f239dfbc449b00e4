import QuizEngine

/// Your notes as claims: the list of notes with how many claims still hold and how you do
/// on them; an open note shows each claim marked holds / outdated / wrong, with what is
/// true now and its link. From a note you drill the note; from a claim, its items.
public struct NotesScreen: Screen {
    public internal(set) var noteCursor = 0
    /// The open note's index in the catalogue; nil while the list is shown.
    public internal(set) var openNote: Int?
    public internal(set) var claimCursor = 0

    var page: AppModel.Page { .notes(self) }

    func keys(_ app: AppModel) -> KeyTable {
        openNote == nil ? KeyTable(ScreenKeys.notesList) : KeyTable(ScreenKeys.noteClaims)
    }

    mutating func handle(_ key: Key, app: inout AppModel) -> [Effect] {
        let notes = app.bank.catalog.notes
        guard let open = openNote, notes.indices.contains(open) else {
            switch ScreenKeys.notesList.action(for: key) {
            case .up: noteCursor = max(0, noteCursor - 1)
            case .down: noteCursor = min(max(0, notes.count - 1), noteCursor + 1)
            case .open:
                guard notes.indices.contains(noteCursor) else { break }
                openNote = noteCursor
                claimCursor = 0
                app.scroll = 0
            case .drill:
                guard notes.indices.contains(noteCursor) else { break }
                let note = notes[noteCursor]
                app.startDrill(filter: QuestionFilter(noteIDs: [note.id]), count: app.drillLength, title: note.title)
            case .back: app.show(.menu(cursor: 0))
            case nil: break
            }
            return []
        }
        let note = notes[open]
        let claims = Self.claims(of: note, in: app.claimProgress)
        switch ScreenKeys.noteClaims.action(for: key) {
        case .up: claimCursor = max(0, claimCursor - 1)
        case .down: claimCursor = min(max(0, claims.count - 1), claimCursor + 1)
        case .drillClaim:
            guard claims.indices.contains(claimCursor) else { break }
            app.startDrill(filter: QuestionFilter(claimIDs: [claims[claimCursor].claim.id]), count: app.drillLength, title: note.title)
        case .drillNote:
            app.startDrill(filter: QuestionFilter(noteIDs: [note.id]), count: app.drillLength, title: note.title)
        case .back:
            openNote = nil
            app.scroll = 0
        case nil: break
        }
        return []
    }

    func content(_ app: AppModel, width: Int) -> ScreenContent {
        let language = app.language
        let notes = app.bank.catalog.notes
        let progress = app.claimProgress
        var body: [StyledLine] = [[]]
        var focus: Range<Int>?
        guard let open = openNote, notes.indices.contains(open) else {
            body += LineBuilder.wrapped(UIText.notesIntro[language], width: width, style: CellStyle(dim: true))
            body.append([])
            for (index, note) in notes.enumerated() {
                let selected = index == noteCursor
                let lines = NotesReport.summaryLines(note, progress: progress, language: language, width: width - 2)
                if selected { focus = body.count..<(body.count + lines.count) }
                for (offset, line) in lines.enumerated() {
                    let marker = Span(offset == 0 && selected ? "▸ " : "  ", CellStyle(bold: true, color: .cyan))
                    body.append([marker] + line.map { span in
                        var style = span.style
                        style.reverse = selected && offset == 0
                        return Span(span.text, style)
                    })
                }
            }
            return ScreenContent(title: UIText.notesTitle[language], body: body, focus: focus)
        }
        let note = notes[open]
        body += LineBuilder.wrapped("\(note.title[language]) (\(note.date))", width: width, style: CellStyle(bold: true))
        body += LineBuilder.wrapped(note.summary[language], width: width, style: CellStyle(dim: true))
        if let text = note.text {
            body.append([])
            body += LineBuilder.wrapped(text, width: width - 2, prefix: [Span("│ ", CellStyle(dim: true))])
        }
        for (index, item) in Self.claims(of: note, in: progress).enumerated() {
            body.append([])
            let lines = NotesReport.claimLines(item, language: language, width: width - 1)
            let selected = index == claimCursor
            if selected { focus = body.count..<(body.count + lines.count) }
            for (offset, line) in lines.enumerated() {
                body.append([Span(offset == 0 && selected ? "▸" : " ", CellStyle(bold: true, color: .cyan))] + line)
            }
        }
        return ScreenContent(title: UIText.notesTitle[language], body: body, focus: focus)
    }

    /// The claims of `note`, in file order, with the user's figures.
    static func claims(of note: StudyNote, in progress: [ClaimProgress]) -> [ClaimProgress] {
        progress.filter { $0.claim.noteID == note.id }
    }
}

/// This screen's key tables: they drive the handler, the footer and the help.
extension ScreenKeys {
    enum Notes: Sendable { case up, down, open, drill, back }

    /// The list of notes: open one, or drill it at once.
    static let notesList: [KeyBinding<Notes>] = [
        KeyBinding(CommonKeys.up, "↑↓", moveText, .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter], "Enter", LocalizedText(ja: "開く", en: "open"), .essential, action: .open),
        KeyBinding([.character("d")], "d", LocalizedText(ja: "このノートをドリル", en: "drill this note"), .useful, action: .drill),
        KeyBinding(CommonKeys.back, "q", menuText, .essential, helpLabel: "q, Esc", action: .back),
    ]

    enum NoteClaims: Sendable { case up, down, drillClaim, drillNote, back }

    /// An open note: pick a claim and drill its items, or drill the whole note.
    static let noteClaims: [KeyBinding<NoteClaims>] = [
        KeyBinding(CommonKeys.up, "↑↓", LocalizedText(ja: "主張を選択", en: "pick a claim"), .optional, helpLabel: "↑ ↓, k j", action: .up),
        KeyBinding(pairedWith: CommonKeys.down, action: .down),
        KeyBinding([.enter, .character("d")], "Enter", LocalizedText(ja: "この主張をドリル", en: "drill this claim"), .essential, helpLabel: "Enter, d", action: .drillClaim),
        KeyBinding([.character("n")], "n", LocalizedText(ja: "ノート全体をドリル", en: "drill the whole note"), .useful, action: .drillNote),
        KeyBinding(CommonKeys.back, "q", LocalizedText(ja: "ノート一覧へ", en: "notes"), .essential, helpLabel: "q, Esc", action: .back),
    ]
}
