#!/usr/bin/env bash
# Crash benchmark: kills `conformance` with SIGKILL at random moments of every kind of write
# (engagement set, docs attach, import --replace, gap import, catalog import, report) and checks
# after each kill that a read-only command opens the workspace, its check passes and no
# acknowledged write is lost. It is the CI test `reliability.SIGKILL during every kind of write ...`
# with more trials; the table it prints is recorded in docs/reliability.md.
#
# Usage: bench/crash-bench.sh [TRIALS] [BUILD_DIR]     (default 600 trials, build/ci)
# The binaries are copied to a folder of their own first, so a long run holds no build lock.
set -euo pipefail
trials=${1:-600}
build=${2:-"$(cd "$(dirname "$0")/.." && pwd)/build/ci"}
work=$(mktemp -d "${TMPDIR:-/tmp}/crash-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$build/tests/reliability_tests" "$build/app/conformance" "$work/"
echo "crash benchmark: $trials trials, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
start=$(date +%s)
CW_CRASH_TRIALS=$trials CW_CRASH_CONFORMANCE="$work/conformance" \
    /usr/bin/time -f "harness peak RSS %M KiB" \
    "$work/reliability_tests" "SIGKILL during every kind of write*" | grep --line-buffered -v '^Filters:'
echo "wall time $(( $(date +%s) - start )) s"
