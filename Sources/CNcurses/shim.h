#ifndef MIGOF_CNCURSES_SHIM_H
#define MIGOF_CNCURSES_SHIM_H

/* The wide-character API (cchar_t, setcchar, wget_wch) is only declared when
   these are defined before the first include; cSettings would not reach Swift. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Attribute and mouse macros are function-like and do not import into Swift;
   C globals such as COLORS are mutable and Swift 6 refuses to read them. */
static inline attr_t migof_attr_bold(void) { return A_BOLD; }
static inline attr_t migof_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t migof_attr_reverse(void) { return A_REVERSE; }
static inline attr_t migof_attr_dim(void) { return A_DIM; }
static inline attr_t migof_attr_normal(void) { return A_NORMAL; }
static inline int migof_colors(void) { return COLORS; }
static inline int migof_color_pairs(void) { return COLOR_PAIRS; }

static inline mmask_t migof_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON2_PRESSED | BUTTON2_RELEASED
         | BUTTON3_PRESSED | BUTTON3_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int migof_mouse_pressed_button(mmask_t state) {
    if (state & BUTTON1_PRESSED) return 1;
    if (state & BUTTON2_PRESSED) return 2;
    if (state & BUTTON3_PRESSED) return 3;
    return 0;
}
static inline int migof_mouse_released(mmask_t state) {
    return (state & (BUTTON1_RELEASED | BUTTON2_RELEASED | BUTTON3_RELEASED)) != 0;
}
static inline int migof_mouse_scroll(mmask_t state) {
    if (state & BUTTON4_PRESSED) return -1;
    if (state & BUTTON5_PRESSED) return 1;
    return 0;
}

/* Everything below keeps state in static variables. A static in a header
   becomes one copy per Swift object file that uses it, so every caller of
   these functions must live in the same Swift source file. */

/* Terminating signals only record their number; the event loop picks it up
   after wget_wch returns ERR (no SA_RESTART, so the wait is interrupted). */
static volatile sig_atomic_t migof_signal_received = 0;

static void migof_record_signal(int signo) { migof_signal_received = signo; }

static inline void migof_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = migof_record_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

static inline int migof_take_signal(void) {
    int signo = migof_signal_received;
    migof_signal_received = 0;
    return signo;
}

/* Crash safety net: a Swift trap or fault would leave the terminal raw and on
   the alternate screen. The handler restores the saved termios and writes the
   terminal's reset sequence (both async-signal-safe), then re-raises with the
   previous handler so the runtime's crash report still appears. */
static volatile sig_atomic_t migof_termios_saved = 0;
static volatile sig_atomic_t migof_reset_length = 0;
static volatile sig_atomic_t migof_curses_active = 0;

/* Aggregates live as function-local statics: Swift emits no storage for a
   header's file-scope struct or array variables, only for scalars. */
static inline struct termios *migof_saved_termios(void) {
    static struct termios saved;
    return &saved;
}
static inline char *migof_reset_sequence(void) {
    static char sequence[256];
    return sequence;
}
static inline struct sigaction *migof_previous_crash_actions(void) {
    static struct sigaction previous[NSIG];
    return previous;
}

static inline void migof_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, migof_saved_termios()) == 0) migof_termios_saved = 1;
}

static void migof_restore_after_crash(int signo) {
    if (migof_curses_active) {
        if (migof_termios_saved) tcsetattr(STDIN_FILENO, TCSANOW, migof_saved_termios());
        if (migof_reset_length > 0) {
            ssize_t ignored = write(STDOUT_FILENO, migof_reset_sequence(), (size_t)migof_reset_length);
            (void)ignored;
        }
    }
    sigaction(signo, &migof_previous_crash_actions()[signo], NULL);
    raise(signo);
}

static inline void migof_install_crash_restore(const char *reset) {
    size_t length = strlen(reset);
    if (length > 255) length = 255;
    memcpy(migof_reset_sequence(), reset, length);
    migof_reset_length = (sig_atomic_t)length;
    static const int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = migof_restore_after_crash;
    action.sa_flags = SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        sigaction(fatal[i], &action, &migof_previous_crash_actions()[fatal[i]]);
    }
}

/* Bracketed paste (DEC private mode 2004): the terminal wraps pasted text in
   ESC[200~ ... ESC[201~ so it can be told from typing. Turned off again before
   endwin, so the shell after migof does not receive the brackets. */
static volatile sig_atomic_t migof_paste_enabled = 0;

static inline void migof_enable_bracketed_paste(void) {
    static const char on[] = "\033[?2004h";
    ssize_t ignored = write(STDOUT_FILENO, on, sizeof on - 1);
    (void)ignored;
    migof_paste_enabled = 1;
}

/* endwin exactly once, from shutdown or from exit(); an error thrown out of
   main still passes through exit and so restores the terminal. */
static void migof_end_curses(void) {
    if (migof_curses_active) {
        migof_curses_active = 0;
        if (migof_paste_enabled) {
            static const char off[] = "\033[?2004l";
            ssize_t ignored = write(STDOUT_FILENO, off, sizeof off - 1);
            (void)ignored;
            migof_paste_enabled = 0;
        }
        endwin();
    }
}

static inline void migof_mark_curses_active(void) {
    static int registered = 0;
    migof_curses_active = 1;
    if (!registered) {
        registered = 1;
        atexit(migof_end_curses);
    }
}

static inline int migof_curses_is_active(void) { return migof_curses_active; }

/* Whether the dashboard can run on `term` (checked before initscr, which would
   exit with ncurses' own message): 1 yes, 0 unknown to terminfo, -1 no terminfo
   database, -2 a terminal without cursor addressing (such as dumb). */
static inline int migof_check_terminal(const char *term) {
    int status = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &status) != OK) return status == -1 ? -1 : 0;
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : -2;
}

/* C-z: leave curses mode, then stop the way the terminal's own ^Z would (SIGTSTP to the
   process group) with the default action, so the shell's job control sees a stopped job.
   Returns after `fg` (SIGCONT). In an orphaned process group (no job control) the kernel
   discards the signal and this returns at once. */
static inline void migof_suspend(void) {
    migof_end_curses();
    struct sigaction standard, previous;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    sigaction(SIGTSTP, &standard, &previous);
    sigset_t tstp, saved;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &saved);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &saved, NULL);
    sigaction(SIGTSTP, &previous, NULL);
    migof_mark_curses_active();
}

#endif
