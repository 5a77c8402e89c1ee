#include "DocumentFixtures.h"

#include "common/Error.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentVersions.h"

#include <catch2/catch.hpp>

using registertest::Register;

TEST_CASE("status transitions record who, when and why", "[documents][status]")
{
    Register r;
    const auto id = r.add("SMS-L2-INC-01", 2, "procedure");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::ReviewMonths, "12");

    r.at("2026-11-22T09:00:00Z");
    r.ws->setActor("wang.lei");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "Ready for review");
    r.at("2026-11-22T10:30:00Z");
    r.ws->setActor("huang.zhiqiang");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "Approved by the SMS committee");

    const auto v = cw::currentDocumentVersion(*r.ws, id);
    CHECK(v.status == cw::DocumentStatus::Approved);
    CHECK(v.effectiveDate == "2026-11-22");
    REQUIRE(v.transitions.size() == 2);
    CHECK(v.transitions[0].from == cw::DocumentStatus::Draft);
    CHECK(v.transitions[0].to == cw::DocumentStatus::InReview);
    CHECK(v.transitions[0].actor == "wang.lei");
    CHECK(v.transitions[0].atUtc == "2026-11-22T09:00:00Z");
    CHECK(v.transitions[0].comment == "Ready for review");
    CHECK(v.transitions[1].actor == "huang.zhiqiang");
    CHECK(v.transitions[1].atUtc == "2026-11-22T10:30:00Z");
    CHECK(v.transitions[1].comment == "Approved by the SMS committee");
    // The next review is planned from the approval: 12 months on.
    CHECK(cw::loadDocument(*r.ws, id).nextReview == "2027-11-22");
    const auto row = cw::documentRow(*r.ws, id);
    CHECK(row.inForceVersion == cw::VersionNumber{1, 0});
    CHECK(row.effectiveDate == "2026-11-22");
    CHECK_FALSE(row.overdue);

    const auto trail = cw::listAuditTrail(*r.ws, {"document", std::to_string(id), 0});
    const auto status =
        std::find_if(trail.rbegin(), trail.rend(), [](const auto& e) { return e.field == "status"; });
    REQUIRE(status != trail.rend());
    CHECK(status->oldValue == std::optional<std::string>("1.0 in_review"));
    CHECK(status->newValue == std::optional<std::string>("1.0 approved"));
    CHECK(status->actor == "huang.zhiqiang");
}

TEST_CASE("only the lifecycle's transitions are allowed", "[documents][status][failure]")
{
    Register r;
    const auto id = r.add("DOC", 1, "policy");
    auto refused = [&](cw::DocumentStatus to, const std::string& message) {
        const auto before = r.state();
        CHECK_THROWS_WITH(cw::changeDocumentStatus(*r.ws, id, to, ""), Catch::Contains(message));
        CHECK(r.state() == before);
    };
    refused(cw::DocumentStatus::Approved,
            "'DOC' version 1.0 cannot go from draft to approved (allowed: in_review, obsolete)");
    refused(cw::DocumentStatus::Draft, "cannot go from draft to draft");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Draft, "Returned: section 3 unclear");
    CHECK(cw::documentRow(*r.ws, id).status == cw::DocumentStatus::Draft);
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    refused(cw::DocumentStatus::Obsolete, "cannot go from in_review to obsolete (allowed: approved, draft)");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "");
    refused(cw::DocumentStatus::Draft, "cannot go from approved to draft (allowed: obsolete)");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Obsolete, "Withdrawn");
    refused(cw::DocumentStatus::Draft, "an obsolete version is final");
    CHECK_FALSE(cw::documentRow(*r.ws, id).inForceVersion.has_value());
    CHECK_THROWS_WITH(cw::changeDocumentStatus(*r.ws, 4242, cw::DocumentStatus::InReview, ""),
                      Catch::Contains("no document with id 4242"));
}

TEST_CASE("a new version keeps the previous ones, the approved one stays in force until the next approval",
          "[documents][versions]")
{
    Register r;
    const auto id = r.add("SMS-L2-CHG-01", 2, "procedure");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::ReviewMonths, "12");
    CHECK_THROWS_WITH(cw::startNewVersion(*r.ws, id, cw::VersionStep::Minor, "Too early"),
                      Catch::Contains("version 1.0 is a draft; finish it before starting a new version"));
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "", "2026-06-01");
    CHECK_THROWS_WITH(cw::startNewVersion(*r.ws, id, cw::VersionStep::Minor, "  "),
                      Catch::Contains("a new version needs a change summary"));

    const auto v11 =
        cw::startNewVersion(*r.ws, id, cw::VersionStep::Minor, "Emergency changes need two approvers");
    auto row = cw::documentRow(*r.ws, id);
    CHECK(row.currentVersion == cw::VersionNumber{1, 1});
    CHECK(row.status == cw::DocumentStatus::Draft);
    CHECK(row.inForceVersion == cw::VersionNumber{1, 0}); // still in force while 1.1 is written
    cw::setChangeSummary(*r.ws, v11, "Emergency changes need two approvers; CAB quorum is three");

    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "", "2026-12-01");
    const auto versions = cw::listVersions(*r.ws, id);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].status == cw::DocumentStatus::Obsolete);
    CHECK(versions[0].effectiveDate == "2026-06-01");
    CHECK(versions[0].transitions.back().comment == "Superseded by version 1.1");
    CHECK(versions[0].changeSummary.empty());
    CHECK(versions[1].status == cw::DocumentStatus::Approved);
    CHECK(versions[1].changeSummary == "Emergency changes need two approvers; CAB quorum is three");
    CHECK(versions[1].effectiveDate == "2026-12-01");
    CHECK(cw::loadDocument(*r.ws, id).nextReview == "2027-12-01");
    CHECK_THROWS_WITH(cw::setChangeSummary(*r.ws, v11, "rewrite history"), Catch::Contains("frozen"));

    (void)cw::startNewVersion(*r.ws, id, cw::VersionStep::Major, "Restructured after the stage 1 audit");
    CHECK(cw::documentRow(*r.ws, id).currentVersion == cw::VersionNumber{2, 0});
    CHECK(cw::findDocumentVersion(*r.ws, id, {1, 1}).id == v11);
    CHECK_THROWS_WITH(cw::findDocumentVersion(*r.ws, id, {3, 0}), Catch::Contains("has no version 3.0"));
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "",
                             "2026-13-01"); // used by approvals only
    CHECK(cw::documentRow(*r.ws, id).status == cw::DocumentStatus::InReview);
    CHECK(cw::documentRow(*r.ws, id).inForceVersion == cw::VersionNumber{1, 1});
}

TEST_CASE("the next review falls on the month's last day when the day does not exist",
          "[documents][versions]")
{
    Register r;
    const auto id = r.add("DOC", 1, "policy");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::ReviewMonths, "1");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    CHECK_THROWS_WITH(cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "", "2027-01-32"),
                      Catch::Contains("is not a date"));
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "", "2027-01-31");
    CHECK(cw::loadDocument(*r.ws, id).nextReview == "2027-02-28");
}

TEST_CASE("an approved document whose next review has passed is overdue", "[documents][review]")
{
    Register r;
    const auto id = r.add("PLAN", 1, "plan");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::NextReview, "2026-11-21");
    CHECK_FALSE(cw::documentRow(*r.ws, id).overdue); // a draft has no review due
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::InReview, "");
    cw::changeDocumentStatus(*r.ws, id, cw::DocumentStatus::Approved, "", "2025-11-21");
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::NextReview, "2026-11-21");
    CHECK(cw::documentRow(*r.ws, id).overdue);
    cw::updateDocumentField(*r.ws, id, cw::DocumentField::NextReview,
                            "2026-11-22"); // due today: not yet overdue
    CHECK_FALSE(cw::documentRow(*r.ws, id).overdue);
    r.at("2026-11-23T00:00:00Z");
    CHECK(cw::documentRow(*r.ws, id).overdue);
    cw::DocumentFilter overdue;
    overdue.overdueOnly = true;
    CHECK(cw::countDocuments(*r.ws, overdue) == 1);
}
