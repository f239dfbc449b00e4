import CNcursesw
import QuizUI

/// Curses key codes and typed characters, as the game's keys.
enum KeyMapping {
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_ENTER: .enter
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BACKSPACE: .backspace
        default: nil
        }
    }

    static func character(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 10, 13: .enter
        case 27: .escape
        case 32: .space
        case 8, 127: .backspace
        case 0..<32: nil
        default: .character(Character(scalar))
        }
    }
}
