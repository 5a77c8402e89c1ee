// Kills `conformance` with SIGKILL at random moments of every kind of write; after each kill a
// read-only command must open the workspace (rolling a hot journal back), its check must pass, and
// every acknowledged write must be there. $CW_CRASH_TRIALS sets the number of trials (default 130,
// spread over the kinds); bench/crash-bench.sh runs 500+ and prints the table recorded in
// docs/reliability.md.
#include "CrashHarness.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

/// Share of the trials per kind, in the order of crash::allKinds(); the CI default gives
/// 30, 30, 20, 20, 20, 10.
constexpr int kWeights[] = {3, 3, 2, 2, 2, 1};
constexpr int kWeightSum = 13;

int totalTrials()
{
    const char* t = std::getenv("CW_CRASH_TRIALS");
    const int n = t && *t ? std::atoi(t) : 0;
    return n > 0 ? n : 130;
}

} // namespace

TEST_CASE("SIGKILL during every kind of write never loses an acknowledged write nor damages the workspace",
          "[reliability][crash]")
{
    cwtest::TempDir dir;
    const auto kinds = crash::allKinds();
    REQUIRE(kinds.size() == std::size(kWeights));
    const int total = totalTrials();
    std::printf("%-18s %7s %6s %12s %9s %5s %8s %9s %8s\n", "kind", "trials", "kills", "completions",
                "recovered", "lost", "damaged", "peak MiB", "seconds");
    std::fflush(stdout); // a forked child must not print it again
    int allTrials = 0, allKills = 0, allCompletions = 0, allRecovered = 0, allLost = 0, allDamaged = 0;
    long peak = 0;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const int trials = std::max(5, total * kWeights[k] / kWeightSum);
        // Fixed seeds: a failure can be replayed.
        const auto r = crash::run(kinds[k], trials, 20261122u + static_cast<std::uint32_t>(k), dir.path());
        std::printf("%-18s %7d %6d %12d %9d %5d %8d %9.1f %8.1f\n", r.kind.c_str(), r.trials, r.kills,
                    r.completions, r.recovered, r.lost, r.damaged, static_cast<double>(r.peakRssKb) / 1024.0,
                    r.seconds);
        std::fflush(stdout);
        allTrials += r.trials;
        allKills += r.kills;
        allCompletions += r.completions;
        allRecovered += r.recovered;
        allLost += r.lost;
        allDamaged += r.damaged;
        peak = std::max(peak, r.peakRssKb);
        INFO(r.kind);
        for (const auto& p : r.problems)
            UNSCOPED_INFO(p);
        CHECK(r.problems.empty());
        CHECK(r.lost == 0);
        CHECK(r.damaged == 0);
        CHECK(r.trials == trials);
        CHECK(r.kills >= trials / 4);                     // the harness really interrupted writes
        CHECK(r.completions >= std::max(1, trials / 10)); // and let some finish
    }
    std::printf("%-18s %7d %6d %12d %9d %5d %8d %9.1f\n", "all", allTrials, allKills, allCompletions,
                allRecovered, allLost, allDamaged, static_cast<double>(peak) / 1024.0);
}
