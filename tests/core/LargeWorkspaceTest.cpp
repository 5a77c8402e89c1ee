// The generated engagement behind `conformance demo --scale large` and the benchmarks.
#include "TestSupport.h"

#include "assessment/Assessment.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "demo/LargeWorkspace.h"
#include "documents/DocumentQuery.h"
#include "findings/FindingQuery.h"
#include "interchange/Interchange.h"
#include "storage/AuditChain.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <catch2/catch.hpp>

namespace {

cw::LargeWorkspaceSize smallSize()
{
    cw::LargeWorkspaceSize size;
    size.documents = 240;
    size.assessments = 2;
    size.generatedRequirements = 35;
    size.findings = 60;
    size.minAuditEntries = 4000;
    return size;
}

std::shared_ptr<cw::FixedClock> fixedClock()
{
    return std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "test clock"));
}

} // namespace

TEST_CASE("the generated engagement has the size asked for and is sound", "[demo][scale]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    std::vector<std::string> steps;
    cw::LargeWorkspaceCounts counts;
    auto ws = cw::createLargeWorkspace(
        dir / "large.cwb", smallSize(), fixedClock(),
        [&](const std::string& step, double fraction) {
            CHECK(fraction >= 0.0);
            CHECK(fraction <= 1.0);
            if (steps.empty() || steps.back() != step)
                steps.push_back(step);
        },
        &counts);

    CHECK(counts.documents == 240);
    CHECK(counts.assessments == 2);
    CHECK(counts.findings == 60);
    CHECK(counts.results == 2 * (35 + 57)); // the generated requirements plus ISO/IEC 20000-1's
    CHECK(counts.auditEntries >= 4000);
    CHECK(cw::countDocuments(*ws, {}) == 240);
    CHECK(cw::listAssessments(*ws).size() == 2);
    const auto findings = cw::listFindings(*ws);
    CHECK(findings.size() == 60);
    CHECK(cw::countFindings(findings).openMajor == 2); // every 50th
    CHECK(static_cast<std::int64_t>(cw::listAuditTrail(*ws).size()) == counts.auditEntries);
    CHECK(cw::checkWorkspace(*ws).ok());
    CHECK(cw::verifyAuditTrail(*ws).ok());
    CHECK(steps.front() == "engagement");
    CHECK(steps.back() == "done");
}

TEST_CASE("the generated engagement is the same on every run", "[demo][scale]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto size = smallSize();
    size.minAuditEntries = 0;
    auto a = cw::createLargeWorkspace(dir / "a.cwb", size, fixedClock());
    auto b = cw::createLargeWorkspace(dir / "b.cwb", size, fixedClock());
    CHECK(cw::exportWorkspaceText(*a) == cw::exportWorkspaceText(*b));
}

TEST_CASE("the generator refuses an existing file and leaves it alone", "[demo][scale]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    const auto file = dir / "taken.cwb";
    cwtest::writeFile(file, "not mine");
    CHECK_THROWS_AS(cw::createLargeWorkspace(file, smallSize(), fixedClock()), cw::Error);
    CHECK(cwtest::readFile(file) == "not mine");
}
