#include "AssessmentFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/Compare.h"
#include "assessment/EvidenceLinks.h"
#include "assessment/Propagation.h"
#include "common/Error.h"
#include "documents/DocumentRegister.h"

#include <catch2/catch.hpp>

using cw::AssessmentStatus;

TEST_CASE("compare two assessments clause by clause", "[assessment][compare]")
{
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    cw::addCatalog(*ws, cwtest::miniCatalog());
    const auto a = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    const auto b = cw::createAssessment(*ws, {"Follow-up", "2026-10-20", {}, {"test:mini"}, ""});
    auto set = [&](std::int64_t id, const std::string& ref, AssessmentStatus s) {
        cw::setResultStatus(*ws, id, {"test:mini", ref}, s,
                            s == AssessmentStatus::NotApplicable ? "Out of scope" : "");
    };
    set(a, "4.1", AssessmentStatus::Nonconformant);
    set(a, "4.2", AssessmentStatus::Partial);
    set(a, "5.1", AssessmentStatus::Conformant);
    set(a, "5.2.1", AssessmentStatus::NotApplicable);
    /* a: 4.3 not assessed */
    set(b, "4.1", AssessmentStatus::Conformant);    // improved
    set(b, "4.2", AssessmentStatus::Partial);       // same
    set(b, "4.3", AssessmentStatus::Nonconformant); // not_assessed -> nonconformant: same score, not listed
    set(b, "5.1", AssessmentStatus::Partial);       // regressed
    set(b, "5.2.1", AssessmentStatus::Conformant);  // applicability changed

    const auto cmp = cw::compareAssessments(*ws, a, b);
    auto row = [&](const std::string& ref) {
        for (const auto& c : cmp.clauses)
            if (c.key.ref == ref)
                return c;
        FAIL("no clause " << ref);
        return cw::ClauseComparison{};
    };
    // Clause 4: A (0 + 0.5 + 0) / 3 = 1/6; B (1 + 0.5 + 0) / 3 = 0.5.
    CHECK(*row("4").readinessA == Approx(1.0 / 6.0));
    CHECK(*row("4").readinessB == Approx(0.5));
    CHECK(*row("4").change() == Approx(1.0 / 3.0));
    CHECK(*row("4").coverageA == Approx(2.0 / 3.0));
    CHECK(*row("4").coverageB == Approx(1.0));
    // Clause 5: A: 5.1 = 1, 5.2.2 not assessed, 5.2.1 N/A: 1/2; B: (0.5 + 1 + 0) / 3 = 0.5.
    CHECK(*row("5").readinessA == Approx(0.5));
    CHECK(*row("5").readinessB == Approx(0.5));
    CHECK(*row("5").change() == Approx(0.0));
    // Clause 6: nothing applicable either side... 6.1 is applicable (not assessed): 0 and 0.
    CHECK(*row("6").readinessA == 0.0);

    const auto improved = cmp.changesOf(cw::ChangeKind::Improved);
    const auto regressed = cmp.changesOf(cw::ChangeKind::Regressed);
    const auto applicability = cmp.changesOf(cw::ChangeKind::Applicability);
    REQUIRE(improved.size() == 1);
    CHECK(improved[0].key.ref == "4.1");
    CHECK(improved[0].before == AssessmentStatus::Nonconformant);
    CHECK(improved[0].after == AssessmentStatus::Conformant);
    REQUIRE(regressed.size() == 1);
    CHECK(regressed[0].key.ref == "5.1");
    REQUIRE(applicability.size() == 1);
    CHECK(applicability[0].key.ref == "5.2.1");
    CHECK(cmp.changes.size() == 3);
    CHECK(*cmp.a.overall.readiness() < *cmp.b.overall.readiness());
}

TEST_CASE("compare across assessments covering different catalogs", "[assessment][compare]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    const auto a = cw::createAssessment(*ws, {"A", "2026-04-15", {}, {}, ""});
    const auto b =
        cw::createAssessment(*ws, {"B", "2026-10-20", {}, {"iso20000-1:2018", "iso27001:2022"}, ""});
    const auto cmp = cw::compareAssessments(*ws, a, b);
    bool sawIsms = false;
    for (const auto& c : cmp.clauses)
        if (c.key.catalogId == "iso27001:2022" && c.key.ref == "A.5") {
            sawIsms = true;
            CHECK_FALSE(c.readinessA.has_value());
            CHECK(c.readinessB == 0.0);
            CHECK_FALSE(c.change().has_value());
        }
    CHECK(sawIsms);
}

TEST_CASE("integrated systems: mapped requirements are offered the same status and evidence",
          "[assessment][propagation]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    const auto id =
        cw::createAssessment(*ws, {"Integrated", "2026-10-20", {}, {"iso20000-1:2018", "iso27001:2022"}, ""});
    const cw::RequirementKey src{"iso20000-1:2018", "4.1"};
    cw::setResultStatus(*ws, id, src, AssessmentStatus::Partial);
    cw::setResultField(*ws, id, src, cw::ResultField::Evidence, "Context analysis v2, March 2026");
    cw::setResultField(*ws, id, src, cw::ResultField::Notes, "Notes stay with 20000-1");
    cw::Document doc;
    doc.code = "SMS-L1-CTX";
    doc.title = "Context analysis";
    doc.level = 1;
    doc.type = "manual";
    const auto docId = cw::createDocument(*ws, doc);
    cw::addEvidenceLink(*ws, id, src, docId);

    const auto proposals = cw::proposePropagation(*ws, id, src);
    REQUIRE_FALSE(proposals.empty());
    for (const auto& p : proposals) {
        CHECK(p.target.catalogId == "iso27001:2022");
        CHECK(p.relation == cw::MappingRelation::Equivalent);
    }
    const cw::RequirementKey target{"iso27001:2022", "4.1"};
    REQUIRE(proposals.front().target == target);
    CHECK(proposals.front().currentStatus == AssessmentStatus::NotAssessed);
    CHECK(proposals.front().differs);
    // Related links only on request.
    CHECK(cw::proposePropagation(*ws, id, src, true).size() >= proposals.size());

    const auto trail = cwtest::auditLength(*ws);
    CHECK(cw::applyPropagation(*ws, id, src, {target}) == 1);
    const auto entries = cw::listAuditTrail(*ws);
    CHECK(entries[trail].actionId == entries.back().actionId); // one action
    const auto copied = cw::loadResult(*ws, id, target);
    CHECK(copied.status == AssessmentStatus::Partial);
    CHECK(copied.evidence == "Context analysis v2, March 2026");
    CHECK(copied.notes.empty());
    REQUIRE(cw::evidenceLinks(*ws, id, target).size() == 1);
    CHECK(cw::evidenceLinks(*ws, id, target)[0].code == "SMS-L1-CTX");
    CHECK_FALSE(cw::proposePropagation(*ws, id, src).front().differs);
    CHECK(cw::applyPropagation(*ws, id, src, {target}) == 0); // nothing left to change

    // A requirement that is not mapped to the source is refused, and nothing is written.
    const auto before = cwtest::snapshotText(*ws);
    CHECK_THROWS_WITH(cw::applyPropagation(*ws, id, src, {target, {"iso27001:2022", "A.8.1"}}),
                      Catch::Contains("A.8.1 of iso27001:2022 is not mapped to 4.1"));
    CHECK(cwtest::snapshotText(*ws) == before);
}

TEST_CASE("propagation stays within the assessment's catalogs", "[assessment][propagation]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = cwtest::newWorkspace(dir / "w.cwb");
    const auto id = cw::createAssessment(*ws, {"SMS only", "2026-10-20", {}, {}, ""});
    cw::addBuiltinCatalog(*ws, "iso27001:2022"); // in the workspace, not in the assessment
    CHECK(cw::proposePropagation(*ws, id, {"iso20000-1:2018", "4.1"}, true).empty());
}
