#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang + ASan/UBSan and runs each for SECONDS (default 600),
# two at a time. New interesting inputs are merged (minimised) into tests/fuzz/corpus/<target>.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(interchange catalog_json ciso_yaml csv_catalog workspace_open xlsx_checklist)
build=build/fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCW_FUZZ=ON -DCW_SANITIZE=ON -DCW_BUILD_GUI=OFF >/dev/null
mkdir -p "$build/logs"
run() {
  local t=$1
  [ -x "$build/tests/fuzz/fuzz_$t" ] || cmake --build "$build" --target "fuzz_$t" >/dev/null
  local work="$build/corpus-$t"
  mkdir -p "$work"
  "$build/tests/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -timeout=20 -artifact_prefix="$build/logs/$t-" >"$build/logs/$t.log" 2>&1 && status=ok || status=FAILED
  "$build/tests/fuzz/fuzz_$t" -merge=1 "tests/fuzz/corpus/$t" "$work" >/dev/null 2>&1 || true
  echo "$t: $status ($(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$build/logs/$t.log" | tail -1))"
}
for t in "${targets[@]}"; do cmake --build "$build" --target "fuzz_$t" >/dev/null; done
i=0
for t in "${targets[@]}"; do
  run "$t" &
  i=$((i + 1))
  if [ $((i % 2)) -eq 0 ]; then wait; fi
done
wait
