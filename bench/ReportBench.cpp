// The readiness report of the large workspace (core/demo/LargeWorkspace.h, the same as
// `conformance demo --scale large`): 10,000 documents (with record entries), 5 assessments x 1,057
// requirements, 2,000 findings with corrective actions, 50,000 audit-trail entries. Times what a
// project lead waits for: the report to PDF (target < 2 s) and to XLSX (target < 1 s), gathering
// included; and the parts.
#include "BenchDir.h"
#include "builders/ReadinessDocument.h"
#include "builders/ReportExport.h"
#include "common/Resources.h"
#include "demo/LargeWorkspace.h"
#include "readiness/ReadinessReport.h"
#include "storage/Workspace.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <random>

namespace {

struct World {
    BenchDir dir{"cw-report-bench-"};
    std::unique_ptr<cw::Workspace> ws;

    World()
    {
        ws = cw::createLargeWorkspace(
            dir.path / "bench.cwb", {},
            std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "bench clock")));
    }
};

World& world()
{
    static World w;
    return w;
}

cw::report::ReportRequest request(cw::report::ReportFormat format)
{
    cw::report::ReportRequest r;
    r.format = format;
    r.language = QStringLiteral("zh");
    return r;
}

void BM_GatherReadiness(benchmark::State& state)
{
    auto& w = world();
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::buildReadinessReport(*w.ws));
}
BENCHMARK(BM_GatherReadiness)->Unit(benchmark::kMillisecond);

void BM_LayOutReadiness(benchmark::State& state)
{
    auto& w = world();
    const auto report = cw::buildReadinessReport(*w.ws);
    for (auto _ : state)
        benchmark::DoNotOptimize(cw::report::readinessDocument(report, QStringLiteral("zh")));
}
BENCHMARK(BM_LayOutReadiness)->Unit(benchmark::kMillisecond);

void exportTo(benchmark::State& state, cw::report::ReportFormat format, const char* ext)
{
    auto& w = world();
    const auto out = QString::fromStdString((w.dir.path / (std::string("readiness.") + ext)).string());
    for (auto _ : state)
        cw::report::writeReport(*w.ws, request(format), out);
}

void BM_ReadinessPdf(benchmark::State& state)
{
    exportTo(state, cw::report::ReportFormat::Pdf, "pdf");
}
BENCHMARK(BM_ReadinessPdf)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReadinessXlsx(benchmark::State& state)
{
    exportTo(state, cw::report::ReportFormat::Xlsx, "xlsx");
}
BENCHMARK(BM_ReadinessXlsx)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReadinessJson(benchmark::State& state)
{
    exportTo(state, cw::report::ReportFormat::Json, "json");
}
BENCHMARK(BM_ReadinessJson)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    cw::resources::setSearchPath({CW_SOURCE_DATA_DIR});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
