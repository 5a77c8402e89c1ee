// The readiness report of a large workspace: 10,000 documents (with record entries), 5 assessments
// x 1,000 requirements (a generated catalog of 1,000 requirements plus ISO/IEC 20000-1's 57 in each),
// 2,000 findings with corrective actions. Times what a project lead waits for: the report to PDF
// (target < 2 s) and to XLSX (target < 1 s), gathering included; and the parts.
#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "builders/ReadinessDocument.h"
#include "builders/ReportExport.h"
#include "catalog/CatalogStore.h"
#include "common/Resources.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentVersions.h"
#include "documents/RecordEntries.h"
#include "findings/CorrectiveActions.h"
#include "findings/Finding.h"
#include "readiness/ReadinessReport.h"
#include "storage/Workspace.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>

#include <array>
#include <filesystem>
#include <memory>
#include <random>

namespace {

constexpr int kAssessments = 5;
constexpr int kDocuments = 10000;
constexpr int kFindings = 2000;
constexpr const char* k20000 = "iso20000-1:2018";

cw::Catalog generatedCatalog()
{
    cw::Catalog c;
    c.id = "bench:1000";
    c.title = {"Generated catalog", "生成的目录"};
    c.contentVersion = "1";
    c.languages = {"en", "zh"};
    auto add = [&](const std::string& ref, std::optional<std::string> parent, bool assessable) {
        cw::Requirement r;
        r.ref = ref;
        r.parent = std::move(parent);
        r.title = {"Requirement " + ref, "要求 " + ref};
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

std::string day(int offset)
{
    // 2026-01-01 + offset days, offset < 320.
    return cw::formatDate(cw::Date(
        std::chrono::sys_days(cw::Date{std::chrono::year{2026}, std::chrono::January, std::chrono::day{1}}) +
        std::chrono::days(offset)));
}

struct World {
    std::filesystem::path dir;
    std::filesystem::path file;
    std::shared_ptr<cw::FixedClock> clock =
        std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "bench clock"));
    std::unique_ptr<cw::Workspace> ws;

    World()
    {
        dir = std::filesystem::temp_directory_path() /
              ("cw-report-bench-" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(dir);
        file = dir / "bench.cwb";
        ws = cw::Workspace::create(file, {"Bench", "zh"}, clock);
        cw::addBuiltinCatalog(*ws, k20000);
        const auto catalog = generatedCatalog();
        cw::addCatalog(*ws, catalog);
        const auto c20000 = cw::loadWorkspaceCatalog(*ws, k20000);
        std::mt19937 rng(42);
        const std::array<cw::AssessmentStatus, 4> statuses{
            cw::AssessmentStatus::Nonconformant, cw::AssessmentStatus::Partial,
            cw::AssessmentStatus::Conformant, cw::AssessmentStatus::Conformant};
        for (int i = 0; i < kAssessments; ++i) {
            const auto id = cw::createAssessment(*ws, {"Assessment " + std::to_string(i + 1),
                                                       day(60 + 40 * i),
                                                       {"Bench"},
                                                       {k20000, catalog.id},
                                                       ""});
            ws->write("Fill", [&](cw::WriteContext& ctx) {
                for (const auto* cat : {&c20000, &catalog})
                    for (const auto& r : cat->requirements) {
                        if (!r.assessable)
                            continue;
                        cw::RequirementResult res;
                        res.key = {cat->id, r.ref};
                        res.status = statuses[rng() % statuses.size()];
                        res.maturity = static_cast<int>(rng() % 6);
                        res.notes = "Interview notes for " + r.ref + "：流程运行中，记录按月保存。";
                        res.gap = res.status == cw::AssessmentStatus::Conformant ? "" : "差距 " + r.ref;
                        res.recommendation = res.gap.empty() ? "" : "Recommendation for " + r.ref;
                        cw::writeResult(ctx, id, res);
                    }
            });
        }
        std::vector<std::string> refs;
        for (const auto& r : c20000.requirements)
            if (r.assessable)
                refs.push_back(r.ref);
        ws->write("Documents", [&](cw::WriteContext&) {
            for (int i = 0; i < kDocuments; ++i) {
                cw::Document d;
                d.code = "DOC-" + std::to_string(100000 + i);
                d.title = "文件 document " + std::to_string(i);
                d.level = 1 + i % 4;
                d.type = d.level == 4 ? "record" : "procedure";
                d.owner = "Owner " + std::to_string(i % 37);
                d.reviewMonths = 12;
                d.nextReview = day(static_cast<int>(rng() % 400) % 320 + 20);
                d.clauses = {{k20000, refs[static_cast<std::size_t>(i) % refs.size()]}};
                const auto id = cw::createDocument(*ws, d);
                if (i % 3 != 0) {
                    cw::changeDocumentStatus(*ws, id, cw::DocumentStatus::InReview, "");
                    cw::changeDocumentStatus(*ws, id, cw::DocumentStatus::Approved, "", "2026-05-01");
                }
                if (d.level == 4 && i % 8 == 3)
                    for (int m = 0; m < 6; ++m)
                        (void)cw::addRecordEntry(*ws, id, {0, 0, day(150 + 30 * m), "sample", ""});
            }
        });
        ws->write("Findings", [&](cw::WriteContext&) {
            for (int i = 0; i < kFindings; ++i) {
                cw::Finding f;
                f.type = i % 50 == 0  ? cw::FindingType::Major
                         : i % 3 == 0 ? cw::FindingType::Observation
                                      : cw::FindingType::Minor;
                f.source = cw::FindingSource::Other;
                f.title = "Finding " + std::to_string(i) + " 发现";
                f.raisedOn = day(100 + i % 200);
                f.clauses = {{k20000, refs[static_cast<std::size_t>(i) % refs.size()]}};
                const auto id = cw::createFinding(*ws, f);
                if (cw::isNonconformity(f.type)) {
                    cw::CorrectiveAction a;
                    a.description = "Fix " + std::to_string(i);
                    a.owner = "Owner " + std::to_string(i % 11);
                    a.dueDate = day(250 + i % 100);
                    (void)cw::addCorrectiveAction(*ws, id, a);
                }
            }
        });
    }
    ~World()
    {
        ws.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
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
    const auto out = QString::fromStdString((w.dir / (std::string("readiness.") + ext)).string());
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
