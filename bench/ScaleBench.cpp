// What a user of a large engagement waits for, on the workspace `conformance demo --scale large`
// makes (core/demo/LargeWorkspace.h): 10,000 documents, 5 assessments x 1,057 requirements, 2,000
// findings, about 200,000 audit-trail entries. Targets (issue 8): full-text search < 50 ms,
// `gap summary` < 100 ms, a user edit commits in < 10 ms. Figures in docs/performance.md.
#include "BenchDir.h"
#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/ChecklistImport.h"
#include "catalog/CatalogStore.h"
#include "cli/Cli.h"
#include "common/Resources.h"
#include "demo/LargeWorkspace.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentRegister.h"
#include "engagement/Engagement.h"
#include "findings/FindingQuery.h"
#include "storage/Workspace.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <random>
#include <sstream>

namespace {

struct World {
    BenchDir dir{"cw-scale-bench-"};
    std::filesystem::path file = dir.path / "large.cwb";
    std::unique_ptr<cw::Workspace> ws;
    std::int64_t assessment = 0;
    std::int64_t document = 0;
    std::string requirement; ///< an assessable requirement of ISO/IEC 20000-1

    World()
    {
        ws = cw::createLargeWorkspace(file);
        assessment = cw::listAssessments(*ws).back().id;
        document = cw::listDocuments(*ws, {{}, cw::DocumentSort::Code, false, 5000, 1}).front().id;
        for (const auto& r : cw::loadWorkspaceCatalog(*ws, "iso20000-1:2018").requirements)
            if (r.assessable && r.ref.rfind("8.", 0) == 0) {
                requirement = r.ref;
                break;
            }
    }
};

World& world()
{
    static World w;
    return w;
}

/// One keystroke in the Documents page's search field: the matching count and the first page of
/// rows, as the register table asks for them.
void search(benchmark::State& state, const std::string& text)
{
    auto& w = world();
    cw::DocumentQuery query;
    query.filter.text = text;
    query.limit = 100;
    for (auto _ : state) {
        benchmark::DoNotOptimize(cw::countDocuments(*w.ws, query.filter));
        benchmark::DoNotOptimize(cw::listDocuments(*w.ws, query));
    }
}
void BM_SearchWordEnglish(benchmark::State& state)
{
    search(state, "procedure");
}
BENCHMARK(BM_SearchWordEnglish)->Unit(benchmark::kMillisecond);
void BM_SearchWordChinese(benchmark::State& state)
{
    search(state, "变更管理");
}
BENCHMARK(BM_SearchWordChinese)->Unit(benchmark::kMillisecond);
void BM_SearchCode(benchmark::State& state)
{
    search(state, "DOC-10999");
}
BENCHMARK(BM_SearchCode)->Unit(benchmark::kMillisecond);
/// A two-letter word cannot use the trigram index: the search scans.
void BM_SearchShortWord(benchmark::State& state)
{
    search(state, "文件 12");
}
BENCHMARK(BM_SearchShortWord)->Unit(benchmark::kMillisecond);

/// `conformance gap summary FILE --format json`, in process: opening the file included.
void BM_GapSummaryCommand(benchmark::State& state)
{
    auto& w = world();
    const std::string file = w.file.string();
    w.ws.reset(); // the command opens the file itself
    for (auto _ : state) {
        std::ostringstream out, err;
        if (cw::cli::run({"gap", "summary", file, "--format", "json"}, out, err) != 0)
            state.SkipWithError(err.str().c_str());
        benchmark::DoNotOptimize(out.str());
    }
    w.ws = cw::Workspace::open(w.file);
}
BENCHMARK(BM_GapSummaryCommand)->Unit(benchmark::kMillisecond)->UseRealTime();

/// One user edit, each a whole action: transaction, audit-trail entry chained to the last, commit.
void BM_EditResultNotes(benchmark::State& state)
{
    auto& w = world();
    static int n = 0;
    for (auto _ : state)
        cw::setResultField(*w.ws, w.assessment, {"iso20000-1:2018", w.requirement}, cw::ResultField::Notes,
                           "Typed " + std::to_string(++n));
}
BENCHMARK(BM_EditResultNotes)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EditDocumentOwner(benchmark::State& state)
{
    auto& w = world();
    static int n = 0;
    for (auto _ : state)
        cw::updateDocumentField(*w.ws, w.document, cw::DocumentField::Owner, "Owner " + std::to_string(++n));
}
BENCHMARK(BM_EditDocumentOwner)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EditEngagementScope(benchmark::State& state)
{
    auto& w = world();
    static int n = 0;
    for (auto _ : state)
        cw::setEngagementField(*w.ws, cw::EngagementField::Scope, "Scope " + std::to_string(++n));
}
BENCHMARK(BM_EditEngagementScope)->Unit(benchmark::kMillisecond)->UseRealTime();

/// What the Documents page reads when it is first shown: the outline of the top level, the
/// register's count and the first page of rows.
void BM_DocumentsFirstShow(benchmark::State& state)
{
    auto& w = world();
    cw::DocumentQuery first;
    first.filter.parent = 0;
    first.limit = 100;
    for (auto _ : state) {
        benchmark::DoNotOptimize(cw::documentChildren(*w.ws, 0));
        benchmark::DoNotOptimize(cw::countDocuments(*w.ws, {}));
        benchmark::DoNotOptimize(cw::listDocuments(*w.ws, first));
        benchmark::DoNotOptimize(cw::documentOwners(*w.ws));
    }
}
BENCHMARK(BM_DocumentsFirstShow)->Unit(benchmark::kMillisecond);

/// A 1,000-row checklist imported into an assessment, one action (statuses alternate between
/// runs, so every run writes every row and its audit entries).
void BM_ImportChecklist1000(benchmark::State& state)
{
    auto& w = world();
    const auto catalog = cw::loadWorkspaceCatalog(*w.ws, "generated:1000");
    cw::Sheet sheets[2];
    for (int k = 0; k < 2; ++k) {
        sheets[k].source = "checklist.csv";
        sheets[k].rows.push_back({1, {"Clause", "Status", "Evidence"}});
        for (const auto& r : catalog.requirements)
            if (r.assessable)
                sheets[k].rows.push_back({sheets[k].rows.size() + 1,
                                          {r.ref, (sheets[k].rows.size() + k) % 2 ? "conformant" : "partial",
                                           "Seen on site " + std::to_string(k)}});
    }
    cw::ChecklistMapping mapping = cw::detectChecklistMapping(sheets[0]);
    mapping.catalogId = "generated:1000";
    int k = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::importChecklist(*w.ws, w.assessment, sheets[k++ % 2], mapping));
    state.counters["rows"] = static_cast<double>(sheets[0].rows.size() - 1);
}
BENCHMARK(BM_ImportChecklist1000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The findings register as the Findings page reads it.
void BM_FindingsRegister(benchmark::State& state)
{
    auto& w = world();
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::listFindings(*w.ws));
}
BENCHMARK(BM_FindingsRegister)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    cw::resources::setSearchPath({CW_SOURCE_DATA_DIR});
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
