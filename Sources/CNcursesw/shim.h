// The only C in awsquiz: what Swift cannot import from ncursesw directly
// (macros, globals), plus async-signal-safe terminal rescue for fatal signals.
#ifndef AWSQUIZ_CNCURSESW_SHIM_H
#define AWSQUIZ_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
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
// ---- or SIGTRAP) restore the saved termios and leave the alternate screen before dying.

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

static inline void aq_on_quit_signal(int sig) { *aq_pending_signal() = sig; }

static inline void aq_on_fatal_signal(int sig) {
    if (*aq_have_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, aq_saved_termios());
    static const char reset[] = "\033[0m\033[?1000l\033[?1049l\033[?25h\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void aq_install_signal_handlers(void) {
    if (tcgetattr(STDIN_FILENO, aq_saved_termios()) == 0) *aq_have_saved_termios() = 1;
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = aq_on_quit_signal;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);
    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = aq_on_fatal_signal;
    sigemptyset(&fatal.sa_mask);
    int fatals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof fatals / sizeof fatals[0]; i++) sigaction(fatals[i], &fatal, NULL);
}

static inline int aq_take_pending_signal(void) {
    int sig = *aq_pending_signal();
    *aq_pending_signal() = 0;
    return sig;
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
