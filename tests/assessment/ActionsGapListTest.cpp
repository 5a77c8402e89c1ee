#include "AssessmentFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentActions.h"
#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using cw::ActionPriority;
using cw::ActionStatus;
using cw::AssessmentStatus;

namespace {

struct Fixture {
    cwtest::TempDir dir;
    std::unique_ptr<cw::Workspace> ws = cwtest::newWorkspace(dir / "w.cwb");
    std::int64_t id = 0;
    Fixture()
    {
        cw::addCatalog(*ws, cwtest::miniCatalog());
        id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {"test:mini"}, ""});
    }
    std::int64_t action(const std::string& ref, const std::string& title, ActionPriority p, ActionStatus s,
                        const std::string& due = {})
    {
        cw::GapAction a;
        a.assessmentId = id;
        a.key = {"test:mini", ref};
        a.title = title;
        a.priority = p;
        a.status = s;
        a.dueDate = due;
        return cw::createAction(*ws, a);
    }
};

} // namespace

TEST_CASE("actions: create, edit with undo values, overdue against the workspace clock",
          "[assessment][actions]")
{
    Fixture f;
    const auto a1 =
        f.action("4.1", "Context analysis", ActionPriority::High, ActionStatus::Open, "2026-11-21");
    const auto a2 =
        f.action("4.2", "Interested parties", ActionPriority::Low, ActionStatus::InProgress, "2026-11-22");
    const auto a3 = f.action("5.1", "Policy", ActionPriority::Medium, ActionStatus::Done, "2026-01-01");
    const auto a4 = f.action("4.3", "Scope", ActionPriority::Medium, ActionStatus::Open);
    const auto list = cw::listActions(*f.ws);
    REQUIRE(list.size() == 4);
    // Overdue first (due yesterday, open); due today is not overdue; done is never overdue.
    CHECK(list[0].action.id == a1);
    CHECK(list[0].overdue);
    CHECK(list[0].assessmentName == "Baseline");
    CHECK(list[0].requirementTitleEn == "Title 4.1");
    CHECK(list[1].action.id == a2);
    CHECK_FALSE(list[1].overdue);
    CHECK(list[2].action.id == a4); // active without a due date before finished ones
    CHECK(list[3].action.id == a3);
    CHECK_FALSE(list[3].overdue);
    CHECK(cw::listActions(*f.ws, {std::nullopt, false, true}).size() == 1);
    CHECK(cw::listActions(*f.ws, {std::nullopt, true, false}).size() == 3);

    const auto old = cw::actionField(cw::loadAction(*f.ws, a1), cw::ActionField::Status);
    cw::setActionField(*f.ws, a1, cw::ActionField::Status, "done");
    CHECK_FALSE(cw::listActions(*f.ws).front().overdue);
    cw::setActionField(*f.ws, a1, cw::ActionField::Status, old);
    CHECK(cw::loadAction(*f.ws, a1).status == ActionStatus::Open);
    cw::setActionField(*f.ws, a1, cw::ActionField::DueDate, "");
    CHECK(cw::loadAction(*f.ws, a1).dueDate.empty());

    const auto before = cwtest::snapshotText(*f.ws);
    CHECK_THROWS_WITH(cw::setActionField(*f.ws, a1, cw::ActionField::Priority, "urgent"),
                      Catch::Contains("choose high, medium or low"));
    CHECK_THROWS_WITH(cw::setActionField(*f.ws, a1, cw::ActionField::DueDate, "2026-13-01"),
                      Catch::Contains("due date"));
    CHECK_THROWS_WITH(cw::setActionField(*f.ws, a1, cw::ActionField::Title, " "),
                      Catch::Contains("needs a title"));
    CHECK_THROWS_WITH(f.action("5.2", "Heading", ActionPriority::High, ActionStatus::Open),
                      Catch::Contains("is a heading"));
    CHECK(cwtest::snapshotText(*f.ws) == before);

    const auto kept = cw::loadAction(*f.ws, a2);
    cw::deleteAction(*f.ws, a2);
    CHECK_THROWS_AS(cw::loadAction(*f.ws, a2), cw::Error);
    CHECK(cw::createAction(*f.ws, kept) == a2); // undo puts it back under its id
    CHECK(cw::loadAction(*f.ws, a2) == kept);
}

TEST_CASE("a gap becomes a proposed action", "[assessment][actions]")
{
    Fixture f;
    const cw::RequirementKey k{"test:mini", "5.1"};
    cw::setResultStatus(*f.ws, f.id, k, AssessmentStatus::Nonconformant);
    cw::setResultField(*f.ws, f.id, k, cw::ResultField::Gap, "No leadership commitment shown");
    cw::setResultField(*f.ws, f.id, k, cw::ResultField::Recommendation,
                       "Hold a kick-off chaired by the CEO\nthen ...");
    const auto proposal = cw::actionFromGap(*f.ws, f.id, k);
    CHECK(proposal.title == "Hold a kick-off chaired by the CEO");
    CHECK(proposal.priority == ActionPriority::High);
    CHECK(proposal.notes == "No leadership commitment shown");
    CHECK(proposal.id == 0);
}

TEST_CASE("the prioritised gap list follows status, priority, documented information, clause order",
          "[assessment][gaplist]")
{
    Fixture f;
    auto set = [&](const std::string& ref, AssessmentStatus s) {
        cw::setResultStatus(*f.ws, f.id, {"test:mini", ref}, s);
    };
    set("4.1", AssessmentStatus::Partial);
    set("4.2", AssessmentStatus::Nonconformant);
    set("4.3", AssessmentStatus::Nonconformant);
    set("5.1", AssessmentStatus::Partial);
    set("5.2.1", AssessmentStatus::Conformant); // no gap
    set("5.2.2", AssessmentStatus::Partial);    // requires documented information
    set("6.1", AssessmentStatus::Nonconformant);
    // 4.3: its highest open priority is high (the low one does not lower it); 6.1: low; 4.2: the
    // high action is done, so it counts as medium like one without actions.
    f.action("4.3", "a", ActionPriority::Low, ActionStatus::Open);
    f.action("4.3", "b", ActionPriority::High, ActionStatus::InProgress);
    f.action("6.1", "c", ActionPriority::Low, ActionStatus::Open);
    f.action("4.2", "d", ActionPriority::High, ActionStatus::Done);

    const auto rows = cw::prioritisedGaps(*f.ws, f.id);
    std::vector<std::string> order;
    for (const auto& r : rows)
        order.push_back(r.key.ref);
    // Nonconformant: 4.3 (high), 4.2 (medium), 6.1 (low); partial: all medium: 5.2.2 (documented
    // information) first, then 4.1, 5.1 in clause order.
    CHECK(order == std::vector<std::string>{"4.3", "4.2", "6.1", "5.2.2", "4.1", "5.1"});
    CHECK(rows[0].priority == ActionPriority::High);
    CHECK(rows[0].priorityFromActions);
    CHECK(rows[0].activeActions == 2);
    CHECK_FALSE(rows[1].priorityFromActions);
    CHECK(rows[3].requiresDocumentedInfo);

    const auto csv = cw::gapListCsv(rows, "zh");
    CHECK_THAT(csv, Catch::StartsWith("rank,catalog,ref,title,status,priority"));
    CHECK_THAT(csv, Catch::Contains("1,test:mini,4.3,标题 4.3,nonconformant,high,no,,,,,2\r\n"));
}
