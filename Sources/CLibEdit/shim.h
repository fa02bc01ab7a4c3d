// Non-variadic wrappers around libedit for Swift.
//
// Swift cannot call C variadic functions, and libedit's el_wset, el_wget and
// history_w are variadic. Each use Kaohe needs is wrapped below in a small
// static inline function with a fixed signature. Everything here uses
// libedit's wide-character interface, so that text is edited one character
// (not one byte) at a time; the caller must select a UTF-8 LC_CTYPE locale
// before el_init for multibyte input to be decoded.
//
// The C globals stdin, stdout and stderr are wrapped in functions too, since
// Swift 6's strict concurrency checking rejects direct use of mutable C globals.

#ifndef KAOHE_CLIBEDIT_SHIM_H
#define KAOHE_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <wchar.h>

/// A prompt callback: returns the wide prompt string to display.
typedef wchar_t *(*kaohe_prompt_fn)(EditLine *);

/// An editor command callback: returns one of libedit's CC_* codes.
typedef unsigned char (*kaohe_command_fn)(EditLine *, int);

static inline FILE *kaohe_stdin(void) { return stdin; }
static inline FILE *kaohe_stdout(void) { return stdout; }
static inline FILE *kaohe_stderr(void) { return stderr; }

// MARK: - Editor settings

/// Sets the prompt function; text between two '\1' characters in the prompt is
/// printed but takes no columns (for colour escape sequences).
static inline int kaohe_el_set_prompt(EditLine *el, kaohe_prompt_fn fn) {
  return el_wset(el, EL_PROMPT_ESC, fn, L'\1');
}

/// Selects the Emacs key bindings (this resets all bindings).
static inline int kaohe_el_set_editor_emacs(EditLine *el) {
  return el_wset(el, EL_EDITOR, L"emacs");
}

/// Turns libedit's own signal handling (terminal restore, SIGWINCH, SIGCONT) on or off.
static inline int kaohe_el_set_signal(EditLine *el, int on) {
  return el_wset(el, EL_SIGNAL, on);
}

/// Attaches a wide history to the editor, for the history-moving commands.
static inline int kaohe_el_set_hist(EditLine *el, HistoryW *history) {
  return el_wset(el, EL_HIST, history_w, history);
}

/// Registers a named editor command implemented by the caller.
static inline int kaohe_el_set_addfn(
    EditLine *el, const wchar_t *name, const wchar_t *help, kaohe_command_fn fn) {
  return el_wset(el, EL_ADDFN, name, help, fn);
}

/// Binds a key sequence (in libedit's notation, for example L"^I") to a named command.
static inline int kaohe_el_bind(EditLine *el, const wchar_t *keys, const wchar_t *command) {
  return el_wset(el, EL_BIND, keys, command, (const wchar_t *)NULL);
}

/// Binds Tab to the named command (registered before with kaohe_el_set_addfn).
static inline int kaohe_el_bind_tab_to_completion(EditLine *el, const wchar_t *command) {
  return kaohe_el_bind(el, L"^I", command);
}

/// Binds Ctrl-R to libedit's incremental search backwards through history.
static inline int kaohe_el_bind_ctrl_r_to_search(EditLine *el) {
  return kaohe_el_bind(el, L"^R", L"em-inc-search-prev");
}

/// Stores an opaque pointer that callbacks can fetch with kaohe_el_get_clientdata.
static inline int kaohe_el_set_clientdata(EditLine *el, void *data) {
  return el_wset(el, EL_CLIENTDATA, data);
}

/// Returns the pointer stored with kaohe_el_set_clientdata, or NULL.
static inline void *kaohe_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_wget(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

/// Returns the terminal's width in columns as libedit knows it, or 0 if unknown.
static inline int kaohe_el_get_columns(EditLine *el) {
  int columns = 0;
  if (el_wget(el, EL_GETTC, "co", &columns, (void *)NULL) != 0) return 0;
  return columns;
}

/// Reads one line; returns NULL with *count 0 at end of input, or with
/// *count -1 on error (errno is then set, EINTR when a signal interrupted it).
static inline const wchar_t *kaohe_el_gets(EditLine *el, int *count) {
  return el_wgets(el, count);
}

// MARK: - History

/// Sets the most entries the history keeps; older ones are dropped first.
static inline int kaohe_history_set_size(HistoryW *history, int size) {
  HistEventW event;
  return history_w(history, &event, H_SETSIZE, size);
}

/// Makes the history skip an entry equal to the one just before it.
static inline int kaohe_history_set_unique(HistoryW *history, int unique) {
  HistEventW event;
  return history_w(history, &event, H_SETUNIQUE, unique);
}

/// Adds an entry at the end of the history.
static inline int kaohe_history_enter(HistoryW *history, const wchar_t *line) {
  HistEventW event;
  return history_w(history, &event, H_ENTER, line);
}

/// Returns the number of entries in the history.
static inline int kaohe_history_count(HistoryW *history) {
  HistEventW event;
  if (history_w(history, &event, H_GETSIZE) == -1) return 0;
  return event.num;
}

/// Loads entries from a history file; returns their count, or -1 on error.
static inline int kaohe_history_load(HistoryW *history, const char *path) {
  HistEventW event;
  return history_w(history, &event, H_LOAD, path);
}

/// Writes all entries to a history file; returns their count, or -1 on error.
static inline int kaohe_history_save(HistoryW *history, const char *path) {
  HistEventW event;
  return history_w(history, &event, H_SAVE, path);
}

#endif
