#ifndef BOARDWALK_CNCURSESW_SHIM_H
#define BOARDWALK_CNCURSESW_SHIM_H

// ncursesw with its wide-character API (cchar_t, wget_wch).
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <termios.h>
#include <unistd.h>

// Swift cannot import these macros; expose them as functions and constants.
static inline attr_t bw_attr_bold(void) { return A_BOLD; }
static inline attr_t bw_attr_dim(void) { return A_DIM; }
static inline attr_t bw_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t bw_attr_reverse(void) { return A_REVERSE; }
static inline attr_t bw_attr_italic(void) { return A_ITALIC; }
static inline attr_t bw_attr_normal(void) { return A_NORMAL; }

static inline mmask_t bw_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t bw_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t bw_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t bw_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t bw_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t bw_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

static inline int bw_key_f0(void) { return KEY_F0; }
static inline WINDOW *bw_stdscr(void) { return stdscr; }
static inline int bw_colors(void) { return COLORS; }
static inline int bw_color_pairs(void) { return COLOR_PAIRS; }

// The value that switches a terminal control character off (_POSIX_VDISABLE).
static inline unsigned char bw_disabled_control_character(void) { return _POSIX_VDISABLE; }

// glibc declares wcwidth only under some feature macros; declare it for Swift.
int wcwidth(wchar_t c);

#endif
