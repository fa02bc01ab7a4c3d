// Shared by the harnesses that keep a global (compiled into each of them by Tests/Fuzz/run.sh).
//
// A harness's global (the compiled Yulin rubric, the Ankang session) is made once and lives to
// the end of the process. LeakSanitizer would report its indirect-enum boxes (Lowered,
// Expression) as leaked, because Swift keeps enum tags in the spare bits of those pointers and
// LeakSanitizer does not see them as pointers. So the one-time setup runs with leak checking off;
// everything allocated while running an input is still checked.

@_silgen_name("__lsan_disable") func lsanDisable()
@_silgen_name("__lsan_enable") func lsanEnable()

/// Runs `make` with LeakSanitizer ignoring what it allocates.
func ignoringLeaks<T>(_ make: () -> T) -> T {
  lsanDisable()
  defer { lsanEnable() }
  return make()
}
