import CNcursesw
import Foundation
import QuizUI

/// The ncursesw screen: the only code that talks to the terminal. It turns key presses
/// and resizes into `Msg`, draws frames by writing only the cells that changed, and puts
/// the terminal back as it was on every way out.
public final class CursesTerminal: TerminalBackend {
    private var previous: Frame?
    private let useColor: Bool
    private var colorPairs: [TextColor: Int16] = [:]

    /// Why the terminal cannot run the game; each says what to do in one sentence.
    public enum StartError: Error, Equatable, CustomStringConvertible {
        case notATerminal
        case noUTF8Locale
        case unusableTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "awsquiz needs an interactive terminal on standard input and output; run it directly, or use 'awsquiz check', 'list' or '--help' in scripts."
            case .noUTF8Locale:
                "awsquiz needs a UTF-8 locale to draw Japanese text; set one, for example: export LANG=C.UTF-8"
            case .unusableTerminal(let name):
                "awsquiz cannot draw on terminal type '\(name)'; set TERM to one that supports cursor movement, for example: export TERM=xterm-256color"
            }
        }
    }

    /// Starts curses, or says why it cannot. Call `restore()` on every path out;
    /// fatal signals restore the terminal on their own.
    public init(useColor: Bool) throws(StartError) {
        guard Self.isTerminal() else { throw .notATerminal }
        aq_use_default_locale()
        guard aq_locale_is_utf8() == 1 || aq_use_utf8_ctype() == 1 else { throw .noUTF8Locale }
        let terminalName = ProcessInfo.processInfo.environment["TERM"] ?? "unknown"
        aq_save_termios()
        guard aq_start_screen() == 1 else { throw .unusableTerminal(terminalName) }
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        cbreak()
        noecho()
        nonl()
        keypad(aq_stdscr(), true)
        curs_set(0)
        mousemask(aq_wheel_mask(), nil)
        mouseinterval(0)
        aq_install_signal_handlers()
        var colorEnabled = false
        if useColor && has_colors() {
            start_color()
            use_default_colors()
            let palette: [(TextColor, Int16)] = [
                (.green, Int16(COLOR_GREEN)), (.red, Int16(COLOR_RED)), (.yellow, Int16(COLOR_YELLOW)), (.cyan, Int16(COLOR_CYAN)),
            ]
            for (index, entry) in palette.enumerated() {
                let pair = Int16(index + 1)
                init_pair(pair, entry.1, -1)
                colorPairs[entry.0] = pair
            }
            colorEnabled = true
        }
        self.useColor = colorEnabled
        timeout(200)
    }

    public var size: TerminalSize {
        TerminalSize(columns: Int(aq_cols()), rows: Int(aq_lines()))
    }

    /// Waits up to 200 ms for input. Returns a message, a stop, or nothing (a quiet tick).
    public func nextEvent() -> TerminalEvent? {
        let pending = aq_take_pending_signal()
        if pending != 0 { return .stop(.signal(pending)) }
        var character: wint_t = 0
        let status = get_wch(&character)
        // Suspended (Ctrl-Z) inside get_wch and continued: say so before any tick counts
        // the time away; what get_wch gave on the way back is ncurses' own redraw.
        if aq_take_resumed() == 1 {
            previous = nil
            return .message(.resumed)
        }
        if status == aq_err() {
            let signal = aq_take_pending_signal()
            if signal != 0 { return .stop(.signal(signal)) }
            // The terminal went away without a hangup signal reaching us (a new session, a
            // wrapper that kept it): end as a hangup would, never spin on a dead terminal.
            return aq_input_hung_up() == 1 ? .stop(.signal(SIGHUP)) : nil
        }
        if status == KEY_CODE_YES {
            let code = Int32(character)
            if code == aq_key_resize() {
                previous = nil
                return .message(.resize(size))
            }
            if code == aq_key_mouse() {
                var direction: Int32 = 0
                guard aq_mouse_wheel(&direction) == OK else { return nil }
                return .message(.key(direction < 0 ? Key.wheelUp : Key.wheelDown))
            }
            return KeyMapping.functionKey(code).map { .message(.key($0)) }
        }
        guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
        return KeyMapping.character(scalar).map { .message(.key($0)) }
    }

    /// Draws `frame`, touching only the cells that differ from the last frame drawn; after
    /// the screen is erased (the first frame, a resize, a resume), those that are not blank.
    public func draw(_ frame: Frame) {
        var drawn = previous
        if previous?.width != frame.width || previous?.height != frame.height {
            erase()
            drawn = Frame(width: frame.width, height: frame.height)
        }
        for (row, column) in frame.changedCells(since: drawn) {
            put(frame[row, column], row: row, column: column)
        }
        previous = frame
        refresh()
    }

    private func put(_ cell: Cell, row: Int, column: Int) {
        var attributes: attr_t = 0
        if cell.style.bold { attributes |= aq_attr_bold() }
        if cell.style.reverse { attributes |= aq_attr_reverse() }
        // curses has no strikethrough attribute: a struck cell is drawn dim.
        if cell.style.dim || cell.style.strike { attributes |= aq_attr_dim() }
        if cell.style.underline { attributes |= aq_attr_underline() }
        let pair = useColor ? (cell.style.color.flatMap { colorPairs[$0] } ?? 0) : 0
        var wide = cell.grapheme.unicodeScalars.prefix(7).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        wide.withUnsafeBufferPointer { buffer in
            _ = aq_put_grapheme(Int32(row), Int32(column), buffer.baseAddress, attributes, pair)
        }
    }

    /// OSC 52: the terminal (and tmux, and an SSH client's terminal) puts the text on the
    /// clipboard. Written around curses, which keeps its screen as it was.
    public func copy(_ text: String) {
        let sequence = "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        var bytes = Array(sequence.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Leaves curses; after this the terminal is as it was before `init`.
    public func restore() {
        endwin()
    }

    /// Both standard input and output are a terminal, as curses needs.
    public static func isTerminal() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }
}
