// Gap analysis at scale: 5 assessments x 1,000 assessable requirements in one workspace.
// Measures what a consultant feels: opening the page (summary, worksheet, gap list), the
// `gap summary` command, and the save of one keystroke (one ws.write, fsync included).
#include "BenchDir.h"
#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "assessment/Scoring.h"
#include "catalog/CatalogStore.h"
#include "cli/Cli.h"
#include "storage/Workspace.h"

#include <benchmark/benchmark.h>

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <sstream>

namespace {

constexpr int kAssessments = 5;

/// 10 clauses x 10 subclauses x 10 requirements = 1,000 assessable leaves under 110 headings.
cw::Catalog generatedCatalog()
{
    cw::Catalog c;
    c.id = "bench:1000";
    c.title = {"Generated catalog", "生成的目录"};
    c.contentVersion = "1";
    c.languages = {"en"};
    auto add = [&](const std::string& ref, std::optional<std::string> parent, bool assessable) {
        cw::Requirement r;
        r.ref = ref;
        r.parent = std::move(parent);
        r.title = {"Requirement " + ref, ""};
        r.assessable = assessable;
        c.requirements.push_back(std::move(r));
    };
    for (int a = 1; a <= 10; ++a) {
        const auto ra = std::to_string(a);
        add(ra, std::nullopt, false);
        for (int b = 1; b <= 10; ++b) {
            const auto rb = ra + "." + std::to_string(b);
            add(rb, ra, false);
            for (int d = 1; d <= 10; ++d)
                add(rb + "." + std::to_string(d), rb, true);
        }
    }
    cw::finalizeCatalog(c, "bench");
    return c;
}

struct World {
    BenchDir dir{"cw-gap-bench-"};
    std::filesystem::path file = dir.path / "bench.cwb";
    std::unique_ptr<cw::Workspace> ws;
    std::vector<std::int64_t> ids;

    World()
    {
        ws = cw::Workspace::create(file, {"Bench", "en"});
        const auto catalog = generatedCatalog();
        cw::addCatalog(*ws, catalog);
        std::mt19937 rng(42);
        const std::array<cw::AssessmentStatus, 4> statuses{
            cw::AssessmentStatus::Nonconformant, cw::AssessmentStatus::Partial,
            cw::AssessmentStatus::Conformant, cw::AssessmentStatus::NotApplicable};
        for (int i = 0; i < kAssessments; ++i) {
            const auto id = cw::createAssessment(*ws, {"Assessment " + std::to_string(i + 1),
                                                       "2026-0" + std::to_string(i + 3) + "-15",
                                                       {"Bench"},
                                                       {catalog.id},
                                                       ""});
            ids.push_back(id);
            ws->write("Fill", [&](cw::WriteContext& ctx) {
                for (const auto& r : catalog.requirements) {
                    if (!r.assessable)
                        continue;
                    cw::RequirementResult res;
                    res.key = {catalog.id, r.ref};
                    res.status = statuses[rng() % statuses.size()];
                    res.justification = "Not in scope";
                    res.maturity = static_cast<int>(rng() % 6);
                    res.notes =
                        "Interview notes for " + r.ref + ": the process runs, records are kept monthly.";
                    res.gap = res.status == cw::AssessmentStatus::Conformant ? "" : "Gap found at " + r.ref;
                    cw::writeResult(ctx, id, res);
                }
            });
        }
    }
};

World& world()
{
    static World w;
    return w;
}

void BM_Summary(benchmark::State& state)
{
    auto& w = world();
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::summarizeAssessment(*w.ws, w.ids.back()));
}
BENCHMARK(BM_Summary)->Unit(benchmark::kMillisecond);

void BM_Worksheet(benchmark::State& state)
{
    auto& w = world();
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::assessmentWorksheet(*w.ws, w.ids.back()));
}
BENCHMARK(BM_Worksheet)->Unit(benchmark::kMillisecond);

void BM_GapList(benchmark::State& state)
{
    auto& w = world();
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::prioritisedGaps(*w.ws, w.ids.back()));
}
BENCHMARK(BM_GapList)->Unit(benchmark::kMillisecond);

/// `conformance gap summary FILE --format json`, in process: opening the file included.
void BM_GapSummaryCommand(benchmark::State& state)
{
    auto& w = world();
    const std::string file = w.file.string();
    w.ws.reset(); // the command opens the file itself
    for (auto _ : state) {
        std::ostringstream out, err;
        const int rc = cw::cli::run({"gap", "summary", file, "--format", "json"}, out, err);
        if (rc != 0)
            state.SkipWithError(err.str().c_str());
        benchmark::DoNotOptimize(out.str());
    }
    w.ws = cw::Workspace::open(w.file);
}
BENCHMARK(BM_GapSummaryCommand)->Unit(benchmark::kMillisecond);

/// One keystroke's save: one field of one result as one action (transaction, audit entry, fsync).
void BM_SaveOneField(benchmark::State& state)
{
    auto& w = world();
    const cw::RequirementKey key{"bench:1000", "5.5.5"};
    static int n = 0;
    for (auto _ : state)
        cw::setResultField(*w.ws, w.ids.front(), key, cw::ResultField::Notes, "Typed " + std::to_string(++n));
}
BENCHMARK(BM_SaveOneField)->Unit(benchmark::kMillisecond);

/// Setting a status on a requirement of a fresh assessment: the first pass inserts the result rows.
void BM_SaveStatusUntouched(benchmark::State& state)
{
    auto& w = world();
    static const std::int64_t fresh =
        cw::createAssessment(*w.ws, {"Fresh", "2026-11-01", {}, {"bench:1000"}, ""});
    static int i = 0; // survives repetitions, like the assessment

    for (auto _ : state) {
        // Every iteration changes something: each pass over the 1,000 requirements flips the status.
        const int k = i % 1000;
        const bool odd = (i++ / 1000) % 2 != 0;
        const std::string ref = std::to_string(k / 100 + 1) + "." + std::to_string(k / 10 % 10 + 1) + "." +
                                std::to_string(k % 10 + 1);
        cw::setResultStatus(*w.ws, fresh, {"bench:1000", ref},
                            odd ? cw::AssessmentStatus::Partial : cw::AssessmentStatus::Conformant);
    }
}
BENCHMARK(BM_SaveStatusUntouched)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
