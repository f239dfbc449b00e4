// The only C in awsquiz: what Swift cannot import from ncursesw directly
// (macros, globals), plus async-signal-safe terminal rescue for fatal signals.
#ifndef AWSQUIZ_CNCURSESW_SHIM_H
#define AWSQUIZ_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *aq_stdscr(void) { return stdscr; }
static inline int aq_lines(void) { return LINES; }
static inline int aq_cols(void) { return COLS; }
static inline int aq_key_resize(void) { return KEY_RESIZE; }
static inline int aq_key_mouse(void) { return KEY_MOUSE; }
static inline int aq_err(void) { return ERR; }

static inline attr_t aq_attr_bold(void) { return A_BOLD; }
static inline attr_t aq_attr_reverse(void) { return A_REVERSE; }
static inline attr_t aq_attr_dim(void) { return A_DIM; }
static inline attr_t aq_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t aq_color_pair(short pair) { return COLOR_PAIR(pair); }

/// Puts one grapheme (up to 8 code points) at the cursor with the given attributes.
static inline int aq_put_grapheme(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

static inline mmask_t aq_wheel_mask(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON4_PRESSED | BUTTON5_PRESSED;
#else
    return BUTTON4_PRESSED;
#endif
}
static inline int aq_mouse_wheel(int *direction) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    if (event.bstate & BUTTON4_PRESSED) { *direction = -1; return OK; }
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) { *direction = 1; return OK; }
#endif
    return ERR;
}

// ---- Signals: SIGINT/SIGTERM/SIGHUP become a flag the event loop reads, so the loop
// ---- can save and restore the terminal itself. Fatal signals (a Swift trap is SIGILL
// ---- on x86-64, SIGTRAP on arm64) give the terminal back from inside the handler, with
// ---- only async-signal-safe calls (write, tcsetattr, signal, raise): the escape
// ---- sequences endwin would send, prepared beforehand, then the termios saved before
// ---- curses touched the terminal; then the signal's default action, so the exit
// ---- status still says what happened.

// State lives in function-local statics: a header-only module cannot define globals.
static inline volatile sig_atomic_t *aq_pending_signal(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}
static inline struct termios *aq_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static inline int *aq_have_saved_termios(void) {
    static int have = 0;
    return &have;
}
/// What the rescue writes: endwin's work as bytes (attributes off, keypad transmit off,
/// mouse reporting off, cursor shown, main screen back).
static inline char *aq_rescue_bytes(void) {
    static char bytes[512];
    return bytes;
}
static inline size_t *aq_rescue_length(void) {
    static size_t length = 0;
    return &length;
}

/// Saves the terminal modes as the user had them. Must run before newterm(), which
/// already changes them.
static inline void aq_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, aq_saved_termios()) == 0) *aq_have_saved_termios() = 1;
}

static inline void aq_append_rescue(const char *text) {
    if (text == NULL || text == (char *)-1) return;
    size_t length = strlen(text);
    if (*aq_rescue_length() + length >= 512) return;
    memcpy(aq_rescue_bytes() + *aq_rescue_length(), text, length);
    *aq_rescue_length() += length;
}

/// Prepares the rescue bytes from the terminal's own capabilities, with the common
/// xterm sequences as a fallback; call once curses is running.
static inline void aq_prepare_rescue(void) {
    *aq_rescue_length() = 0;
    const char *sgr0 = tigetstr("sgr0");
    aq_append_rescue(sgr0 != NULL && sgr0 != (char *)-1 ? sgr0 : "\033[0m");
    const char *rmkx = tigetstr("rmkx");
    aq_append_rescue(rmkx != NULL && rmkx != (char *)-1 ? rmkx : "\033[?1l\033>");
    aq_append_rescue("\033[?1006l\033[?1002l\033[?1000l");
    const char *cnorm = tigetstr("cnorm");
    aq_append_rescue(cnorm != NULL && cnorm != (char *)-1 ? cnorm : "\033[?25h");
    const char *rmcup = tigetstr("rmcup");
    aq_append_rescue(rmcup != NULL && rmcup != (char *)-1 ? rmcup : "\033[?1049l");
    aq_append_rescue("\r\n");
}

static inline void aq_on_quit_signal(int sig) { *aq_pending_signal() = sig; }

// ---- Ctrl-Z: ncurses suspends and redraws by itself; SIGCONT only raises a flag, so the
// ---- loop can tell the game that time passed off screen (the exam clock must not count it).
static inline volatile sig_atomic_t *aq_resumed_flag(void) {
    static volatile sig_atomic_t resumed = 0;
    return &resumed;
}
static inline void aq_on_continue(int sig) { (void)sig; *aq_resumed_flag() = 1; }
static inline int aq_take_resumed(void) {
    int resumed = *aq_resumed_flag();
    *aq_resumed_flag() = 0;
    return resumed;
}

static inline void aq_on_fatal_signal(int sig) {
    size_t written = 0;
    while (written < *aq_rescue_length()) {
        ssize_t count = write(STDOUT_FILENO, aq_rescue_bytes() + written, *aq_rescue_length() - written);
        if (count <= 0) break;
        written += (size_t)count;
    }
    if (*aq_have_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, aq_saved_termios());
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void aq_install_signal_handlers(void) {
    aq_prepare_rescue();
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = aq_on_quit_signal;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);
    struct sigaction resume;
    memset(&resume, 0, sizeof resume);
    resume.sa_handler = aq_on_continue;
    resume.sa_flags = SA_RESTART;
    sigemptyset(&resume.sa_mask);
    sigaction(SIGCONT, &resume, NULL);
    // An alternate stack, so a stack overflow (SIGSEGV) can still run the rescue.
    static char alternate[65536];
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate;
    stack.ss_size = sizeof alternate;
    sigaltstack(&stack, NULL);
    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = aq_on_fatal_signal;
    fatal.sa_flags = SA_ONSTACK;
    sigemptyset(&fatal.sa_mask);
    int fatals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof fatals / sizeof fatals[0]; i++) sigaction(fatals[i], &fatal, NULL);
}

static inline int aq_take_pending_signal(void) {
    int sig = *aq_pending_signal();
    *aq_pending_signal() = 0;
    return sig;
}

/* 1 when the terminal on standard input is gone (hung up, closed): reading it then fails
   at once, so a read that timed out must be told apart from one that can never succeed. */
static inline int aq_input_hung_up(void) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&input, 1, 0) < 0) return 0;
    return (input.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

static inline void aq_use_default_locale(void) { setlocale(LC_ALL, ""); }

#include <langinfo.h>
static inline int aq_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
/// Falls back to C.UTF-8 for character handling when the user's locale is not UTF-8.
static inline int aq_use_utf8_ctype(void) {
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
    return aq_locale_is_utf8();
}

/// newterm instead of initscr, which would exit the process on an unknown TERM; refuses
/// terminals that cannot move the cursor (TERM=dumb).
static inline int aq_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) {
        endwin();
        delscreen(screen);
        return 0;
    }
    return 1;
}

#endif
