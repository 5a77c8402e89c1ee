#!/usr/bin/env python3
"""Times the desktop program from process start to its first painted frame with a workspace open,
then (--tour) each page's first paint, and its peak resident memory (docs/performance.md).

    bench/gui-startup.py BUILD/app/conformance-workbench WORKSPACE [--runs N] [--tour]

Runs the program N times (default 5) with CW_STARTUP_PROBE set (ui/shell/StartupProbe.h) and
prints each run and the median. Uses the platform of $QT_QPA_PLATFORM (run under xvfb-run for X11,
or set QT_QPA_PLATFORM=offscreen). A fresh HOME keeps the user's settings and backups untouched.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(program, workspace, tour):
    with tempfile.TemporaryDirectory(prefix="cw-gui-bench-") as home:
        env = dict(os.environ)
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
        env["XDG_DATA_HOME"] = os.path.join(home, ".local", "share")
        env["CW_STARTUP_PROBE"] = "tour" if tour else "paint"
        env["CW_STARTUP_PROBE_T0"] = str(time.clock_gettime_ns(time.CLOCK_MONOTONIC))
        done = subprocess.run([program, workspace], env=env, capture_output=True, text=True, timeout=300)
        figures = {}
        for line in done.stderr.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "cw-probe":
                figures[parts[1]] = float(parts[2])
        if done.returncode != 0 or "first-paint-ms" not in figures:
            sys.exit(f"{program} exited with {done.returncode} and no probe figures:\n{done.stderr}")
        return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("program")
    parser.add_argument("workspace")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tour", action="store_true", help="also show every page and report its paint time")
    args = parser.parse_args()
    runs = [run_once(args.program, args.workspace, args.tour) for _ in range(args.runs)]
    keys = list(runs[0].keys())
    for i, r in enumerate(runs, 1):
        print(f"run {i}: " + "  ".join(f"{k}={r.get(k, float('nan')):.1f}" for k in keys))
    print("median: " + "  ".join(f"{k}={statistics.median(r[k] for r in runs if k in r):.1f}" for k in keys))


if __name__ == "__main__":
    main()
