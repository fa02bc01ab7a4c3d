#!/usr/bin/env bash
# Builds Kaohe's library targets with libFuzzer coverage and AddressSanitizer, links one fuzzing
# harness per parser against them, and runs each harness for a while.
#
#   Tests/Fuzz/run.sh [SECONDS] [HARNESS…]      # default: 60 seconds each, every harness
#   Tests/Fuzz/run.sh 0                         # build only
#   Tests/Fuzz/run.sh 600 RubricFuzz ReplFuzz   # ten minutes each for two of them
#
# Harnesses (Tests/Fuzz/Harnesses/NAME.swift): FormulaFuzz, RubricFuzz, BaselineFuzz,
# BaselineCSVFuzz, ScenarioFuzz, ReplFuzz. Seeds are read from Tests/Fuzz/Corpus/NAME/ (never
# written); the growing corpus lives in .build-fuzz/corpus/NAME/. A crash, trap, leak, timeout
# (10 s) or out-of-memory input is kept as Tests/Fuzz/Crashes/NAME-crash-… (or -timeout-, -leak-,
# -oom-); replay one with `.build-fuzz/release/fuzz/NAME FILE`.
#
# Environment: FUZZ_CONFIGURATION=debug builds without optimisation (default release: -O with
# debug info, several times more inputs a second); FUZZ_JOBS=N runs N copies of a harness at once
# (default 1: the machine is shared); FUZZ_ARGS adds libFuzzer flags (e.g. FUZZ_ARGS=-max_len=65536).
#
# How it is built (the package gets no fuzz target, so `swift build` and `swift test` are unchanged):
#   swift build -c release --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address \
#     -Xswiftc -sanitize=fuzzer,address -Xswiftc -g --target KaoheShell
#     compiles every library target the harnesses need (and Yams, including its C libyaml) with
#     coverage instrumentation and ASan, without linking anything. (`--sanitize=fuzzer` alone
#     instruments the C code only: SwiftPM 6.3 does not pass it to the Swift compile jobs, hence
#     the -Xswiftc; the harness would run, but blind to coverage in Kaohe's own code);
#   swiftc -O -g -sanitize=fuzzer,address -parse-as-library -use-ld=lld -I .build-fuzz/release/Modules \
#     -Xcc -fmodule-map-file=.build-fuzz/release/CKaoheLanes.build/module.modulemap HARNESS.swift LeakSanitizer.swift <every .o of those targets> -o .build-fuzz/release/fuzz/HARNESS
#     links the harness (`@_cdecl("LLVMFuzzerTestOneInput")`) with libFuzzer's main.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
SECONDS_EACH=${1:-60}
shift || true
ALL=(FormulaFuzz RubricFuzz BaselineFuzz BaselineCSVFuzz ScenarioFuzz ReplFuzz)
if [ "$#" -gt 0 ]; then HARNESSES=("$@"); else HARNESSES=("${ALL[@]}"); fi

SCRATCH=$ROOT/.build-fuzz
CONFIGURATION=${FUZZ_CONFIGURATION:-release}
BIN=$SCRATCH/$CONFIGURATION
OPTIMIZE=-Onone
[ "$CONFIGURATION" = release ] && OPTIMIZE=-O
OUT=$BIN/fuzz
mkdir -p "$ROOT/Tests/Fuzz/Crashes"

echo "== building library targets ($CONFIGURATION) with -sanitize=fuzzer,address" >&2
swift build -c "$CONFIGURATION" --scratch-path "$SCRATCH" --sanitize=fuzzer --sanitize=address \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g --target KaoheShell >&2

# Only now: before the first build, $BIN does not exist yet, and SwiftPM replaces a directory made
# there with its link to the configuration's folder.
mkdir -p "$OUT"

if [ "$(nm "$BIN/KaoheFormula.build/Parser.swift.o" | grep -c __sancov)" = 0 ]; then
  echo "the Swift objects have no coverage instrumentation; remove $SCRATCH and run again" >&2
  exit 2
fi

OBJECTS=()
for target in KaoheDiagnostics KaoheFormula KaoheRubric KaoheScenario KaoheAnalysis KaoheShell Yams; do
  OBJECTS+=("$BIN/$target.build"/*.o)
done
while IFS= read -r -d '' object; do OBJECTS+=("$object"); done < <(find "$BIN/CYaml.build" "$BIN/CKaoheLanes.build" -name '*.o' -print0)

# Release builds of the package link the Swift runtime and Foundation statically (Package.swift), and
# their modules name the static libraries for the linker: the harnesses link the same way.
STATIC=()
[ "$CONFIGURATION" = release ] && STATIC=(-static-stdlib)

for harness in "${HARNESSES[@]}"; do
  source_file=$ROOT/Tests/Fuzz/Harnesses/$harness.swift
  [ -f "$source_file" ] || { echo "no harness $source_file" >&2; exit 2; }
  if [ ! -x "$OUT/$harness" ] || [ -n "$(find "$source_file" "$ROOT/Tests/Fuzz/Harnesses/LeakSanitizer.swift" "${OBJECTS[@]}" -newer "$OUT/$harness" -print -quit)" ]; then
    echo "== linking $harness" >&2
    swiftc "$OPTIMIZE" -g -sanitize=fuzzer,address "${STATIC[@]}" -parse-as-library -use-ld=lld -I "$BIN/Modules" -module-name "$harness" \
      -Xcc -fmodule-map-file="$BIN/CKaoheLanes.build/module.modulemap" \
      "$source_file" "$ROOT/Tests/Fuzz/Harnesses/LeakSanitizer.swift" "${OBJECTS[@]}" -o "$OUT/$harness"
  fi
done

[ "$SECONDS_EACH" -gt 0 ] || exit 0

status=0
for harness in "${HARNESSES[@]}"; do
  corpus=$SCRATCH/corpus/$harness
  seeds=$ROOT/Tests/Fuzz/Corpus/$harness
  mkdir -p "$corpus" "$seeds"
  extra=()
  [ "${FUZZ_JOBS:-1}" -gt 1 ] && extra+=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
  [ -f "$ROOT/Tests/Fuzz/Dictionaries/$harness.dict" ] && extra+=(-dict="$ROOT/Tests/Fuzz/Dictionaries/$harness.dict")
  echo "== fuzzing $harness for ${SECONDS_EACH}s" >&2
  # shellcheck disable=SC2086
  if ! "$OUT/$harness" "$corpus" "$seeds" ${extra[@]+"${extra[@]}"} \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 \
    -artifact_prefix="$ROOT/Tests/Fuzz/Crashes/$harness-" ${FUZZ_ARGS:-} 2>"$SCRATCH/$harness.log"; then
    echo "!! $harness stopped on a finding; see $SCRATCH/$harness.log and Tests/Fuzz/Crashes/" >&2
    status=1
  fi
  grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$SCRATCH/$harness.log" >&2 || true
done
exit $status
