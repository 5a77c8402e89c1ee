#pragma once

// Kills `conformance` with SIGKILL at random moments of a kind of write, then checks that the
// workspace opens with a read-only command, passes its check and holds every acknowledged write.
// Used by the CI test (tests/reliability/CrashSafetyTest.cpp, ~130 trials) and by the benchmark
// run (bench/crash-bench.sh, 500+ trials).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace crash {

/// One kind of write: how to prepare its workspace and the command line of trial `n`.
struct Kind {
    std::string name;
    /// Creates the workspace `ws` (and any input files) in `dir`.
    std::function<void(const std::filesystem::path& dir, const std::filesystem::path& ws)> prepare;
    /// The arguments of trial `n` (n < 0: the calibration run); may write input files into `dir`.
    std::function<std::vector<std::string>(const std::filesystem::path& dir, const std::filesystem::path& ws,
                                           int n)>
        args;
    /// Whether a completed run adds an action to the audit trail (false: it only reads the workspace).
    bool writesWorkspace = true;
};

/// What the trials of one kind gave.
struct Result {
    std::string kind;
    int trials = 0;
    int kills = 0;       ///< ended by our SIGKILL
    int completions = 0; ///< exited 0 before the kill
    int lost = 0;        ///< trials after which an acknowledged write was missing
    int damaged = 0;     ///< trials after which the workspace did not open or failed its check
    int recovered = 0;   ///< trials whose first read-only open rolled back a hot journal
    long peakRssKb = 0;  ///< largest resident set of a killed or completed process
    double seconds = 0;
    std::vector<std::string> problems; ///< one line per failed trial (empty when all held)
};

/// The kinds of write the harness knows: engagement set, docs attach, import, gap import,
/// catalog import, report.
[[nodiscard]] std::vector<Kind> allKinds();

/// Runs `trials` trials of `kind` in a fresh folder under `dir`, with delays drawn from a
/// generator seeded with `seed`.
[[nodiscard]] Result run(const Kind& kind, int trials, std::uint32_t seed, const std::filesystem::path& dir);

/// The `conformance` the harness starts: $CW_CRASH_CONFORMANCE, else the one of this build.
[[nodiscard]] std::string conformanceExe();

} // namespace crash
