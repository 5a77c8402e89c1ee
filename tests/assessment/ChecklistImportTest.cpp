#include "AssessmentFixtures.h"
#include "XlsxTestFiles.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/ChecklistImport.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using cw::AssessmentStatus;
using cw::ChecklistField;

namespace {

struct Fixture {
    cwtest::TempDir dir;
    std::unique_ptr<cw::Workspace> ws;
    std::int64_t id = 0;
    Fixture()
    {
        cwtest::useSourceResources();
        ws = cwtest::newWorkspace(dir / "w.cwb");
        id = cw::createAssessment(*ws, {"Baseline", "2026-04-15", {}, {}, ""});
    }
    cw::RequirementResult result(const std::string& ref)
    {
        return cw::loadResult(*ws, id, {"iso20000-1:2018", ref});
    }
};

} // namespace

TEST_CASE("status words and refs in the wild", "[assessment][import]")
{
    const cw::ChecklistMapping m;
    CHECK(cw::statusFromWord("Yes", m) == AssessmentStatus::Conformant);
    CHECK(cw::statusFromWord(" fully compliant. ", m) == AssessmentStatus::Conformant);
    CHECK(cw::statusFromWord("符合", m) == AssessmentStatus::Conformant);
    CHECK(cw::statusFromWord("√", m) == AssessmentStatus::Conformant);
    CHECK(cw::statusFromWord("Partly", m) == AssessmentStatus::Partial);
    CHECK(cw::statusFromWord("部分符合", m) == AssessmentStatus::Partial);
    CHECK(cw::statusFromWord("NO", m) == AssessmentStatus::Nonconformant);
    CHECK(cw::statusFromWord("不符合", m) == AssessmentStatus::Nonconformant);
    CHECK(cw::statusFromWord("N/A", m) == AssessmentStatus::NotApplicable);
    CHECK(cw::statusFromWord("不适用", m) == AssessmentStatus::NotApplicable);
    CHECK(cw::statusFromWord("", m) == AssessmentStatus::NotAssessed);
    CHECK(cw::statusFromWord("partial", m) == AssessmentStatus::Partial);
    CHECK_FALSE(cw::statusFromWord("Maybe", m).has_value());
    cw::ChecklistMapping own;
    own.statusWords = {{"Maybe", AssessmentStatus::Partial}, {"Yes", AssessmentStatus::Partial}};
    CHECK(cw::statusFromWord("maybe", own) == AssessmentStatus::Partial);
    CHECK(cw::statusFromWord("Yes", own) == AssessmentStatus::Partial); // the user's words come first

    CHECK(cw::extractRef("4.1") == "4.1");
    CHECK(cw::extractRef("Clause 8.5.1.1") == "8.5.1.1");
    CHECK(cw::extractRef("A.5.1 Policies for information security") == "A.5.1");
    CHECK(cw::extractRef("7.5.4理解") == "7.5.4");
    CHECK(cw::extractRef("10.") == "10");
    CHECK(cw::extractRef("ISO/IEC 20000-1 clause 6.3") == "6.3");
    CHECK_FALSE(cw::extractRef("Leadership").has_value());
}

TEST_CASE("header detection in English and Chinese", "[assessment][import]")
{
    cw::Sheet en;
    en.rows = {{1, {"Gap analysis checklist — Hengyun"}},
               {3,
                {"No.", "Requirement", "Status (C/P/NC)", "Findings", "Evidence seen", "Interviewee", "Gap",
                 "Recommended action", "Maturity level", "Self-assessment comments"}},
               {4, {"4.1", "Context", "Yes"}}};
    const auto m = cw::detectChecklistMapping(en);
    REQUIRE(m.headerRow == 1u);
    CHECK(m.columnOf(ChecklistField::Ref) == 0u);
    CHECK(m.columnOf(ChecklistField::Status) == 2u);
    CHECK(m.columnOf(ChecklistField::Notes) == 3u);
    CHECK(m.columnOf(ChecklistField::Evidence) == 4u);
    CHECK(m.columnOf(ChecklistField::Interviewed) == 5u);
    CHECK(m.columnOf(ChecklistField::Gap) == 6u);
    CHECK(m.columnOf(ChecklistField::Recommendation) == 7u);
    CHECK(m.columnOf(ChecklistField::Maturity) == 8u);
    CHECK(m.columns.count(1) == 0); // the requirement text is not imported

    cw::Sheet zh;
    zh.rows = {{1,
                {"序号", "条款", "要求", "状态", "备注", "访谈对象", "证据", "差距", "改进建议", "成熟度",
                 "不适用理由"}}};
    const auto z = cw::detectChecklistMapping(zh);
    CHECK(z.columnOf(ChecklistField::Ref) == 1u);
    CHECK(z.columnOf(ChecklistField::Status) == 3u);
    CHECK(z.columnOf(ChecklistField::Notes) == 4u);
    CHECK(z.columnOf(ChecklistField::Interviewed) == 5u);
    CHECK(z.columnOf(ChecklistField::Evidence) == 6u);
    CHECK(z.columnOf(ChecklistField::Gap) == 7u);
    CHECK(z.columnOf(ChecklistField::Recommendation) == 8u);
    CHECK(z.columnOf(ChecklistField::Maturity) == 9u);
    CHECK(z.columnOf(ChecklistField::Justification) == 10u);

    cw::Sheet bare; // no header: the ref column is found by its content
    bare.rows = {{1, {"", "4.1", "Yes"}}, {2, {"x", "4.2", "No"}}, {3, {"", "Leadership", ""}}};
    const auto b = cw::detectChecklistMapping(bare);
    CHECK_FALSE(b.headerRow.has_value());
    CHECK(b.columnOf(ChecklistField::Ref) == 1u);
}

TEST_CASE("import a CSV checklist with a preview first", "[assessment][import]")
{
    Fixture f;
    cwtest::writeFile(f.dir / "checklist.csv",
                      "Clause,Title,Status,Maturity,Notes,Interviewed,Evidence,Gap,Recommendation\n"
                      "4,Context of the organization,,,,,,,\n"
                      "4.1,Context,Yes,Level 3,Context reviewed yearly,Zhang Wei,SWOT 2026,,\n"
                      "4.2,Parties,Partly,2,,,,Register incomplete,Complete the register\n"
                      "8.2.3,Other parties,N/A,,All in-house,,,,\n"
                      "8.6.1,Incidents,No,0,,,,No incident procedure,Write it\n");
    const auto sheet = cw::readSheetFile(f.dir / "checklist.csv");
    const auto mapping = cw::detectChecklistMapping(sheet);
    const auto before = cwtest::snapshotText(*f.ws);
    const auto preview = cw::previewChecklist(*f.ws, f.id, sheet, mapping);
    CHECK(cwtest::snapshotText(*f.ws) == before); // the preview writes nothing
    REQUIRE(preview.ok());
    CHECK(preview.skippedLines == std::vector<std::size_t>{2}); // the heading row "4"
    REQUIRE(preview.rows.size() == 4);
    CHECK(preview.rows[0].line == 3);
    CHECK(preview.rows[0].result.maturity == 3);
    CHECK(preview.rows[2].result.justification == "All in-house"); // from the notes

    CHECK(cw::importChecklist(*f.ws, f.id, sheet, mapping) == 4);
    CHECK(f.result("4.1").status == AssessmentStatus::Conformant);
    CHECK(f.result("4.1").interviewed == "Zhang Wei");
    CHECK(f.result("4.2").status == AssessmentStatus::Partial);
    CHECK(f.result("4.2").recommendation == "Complete the register");
    CHECK(f.result("8.2.3").status == AssessmentStatus::NotApplicable);
    CHECK(f.result("8.6.1").maturity == 0);
    // Re-importing with empty cells keeps what is recorded; a changed cell replaces.
    cw::Sheet again;
    again.source = "again.csv";
    again.rows = {{1, {"Clause", "Notes"}}, {2, {"4.1", ""}}, {3, {"4.2", "New note"}}};
    const auto p2 = cw::previewChecklist(*f.ws, f.id, again, cw::detectChecklistMapping(again));
    REQUIRE(p2.rows.size() == 2);
    CHECK_FALSE(p2.rows[0].replaces);
    CHECK(p2.rows[1].replaces);
    (void)cw::importChecklist(*f.ws, f.id, again, cw::detectChecklistMapping(again));
    CHECK(f.result("4.1").notes == "Context reviewed yearly");
    CHECK(f.result("4.2").notes == "New note");
    CHECK(f.result("4.2").gap == "Register incomplete");
}

TEST_CASE("bad rows: every problem listed by line and column, nothing half-imported",
          "[assessment][import][failure]")
{
    Fixture f;
    cw::setResultField(*f.ws, f.id, {"iso20000-1:2018", "4.1"}, cw::ResultField::Notes, "Existing note");
    cwtest::writeFile(f.dir / "bad.csv", "Clause,Status,Maturity,Notes\n"
                                         "4.1,Yes,,Good\n"
                                         "4.9,Yes,,\n"
                                         "5.2,No,,\n"
                                         "4.1,No,,\n"
                                         "6.1,Maybe,7,\n"
                                         "Leadership,No,,\n"
                                         "8.2.3,N/A,,\n"
                                         "7.1,partial,2.5,\n");
    const auto sheet = cw::readSheetFile(f.dir / "bad.csv");
    const auto mapping = cw::detectChecklistMapping(sheet);
    const auto before = cwtest::snapshotText(*f.ws);
    const auto trail = cwtest::auditLength(*f.ws);
    try {
        (void)cw::importChecklist(*f.ws, f.id, sheet, mapping);
        FAIL("imported");
    } catch (const cw::Error& e) {
        CHECK(e.code() == cw::ErrorCode::InvalidInput);
        const std::string msg = e.what();
        CHECK_THAT(msg, Catch::StartsWith("bad.csv: 8 problems; nothing was imported:"));
        CHECK_THAT(msg,
                   Catch::Contains("line 3, column A (Clause): '4.9' is not a clause of iso20000-1:2018"));
        CHECK_THAT(msg, Catch::Contains("line 4, column A (Clause): '5.2' is a heading of iso20000-1:2018"));
        CHECK_THAT(msg, Catch::Contains("line 5, column A (Clause): '4.1' appears already on line 2"));
        CHECK_THAT(msg, Catch::Contains("line 6, column B (Status): unknown status 'Maybe'"));
        CHECK_THAT(
            msg, Catch::Contains("line 6, column C (Maturity): the maturity level must be 0 to 5, not '7'"));
        CHECK_THAT(msg, Catch::Contains("line 7, column A (Clause): no clause reference in 'Leadership'"));
        CHECK_THAT(msg, Catch::Contains("line 8, column B (Status): not_applicable needs a justification"));
        CHECK_THAT(msg, Catch::Contains(
                            "line 9, column C (Maturity): the maturity level must be 0 to 5, not '2.5'"));
    }
    CHECK(cwtest::snapshotText(*f.ws) == before);
    CHECK(cwtest::auditLength(*f.ws) == trail);
    CHECK(f.result("4.1").notes == "Existing note");
}

TEST_CASE("mapping problems are reported before any row", "[assessment][import][failure]")
{
    Fixture f;
    cw::Sheet sheet;
    sheet.source = "x.csv";
    sheet.rows = {{1, {"Title", "Status"}}, {2, {"Context", "Yes"}}};
    cw::ChecklistMapping m;
    m.headerRow = 0;
    m.columns = {{1, ChecklistField::Status}};
    CHECK_THROWS_WITH(cw::importChecklist(*f.ws, f.id, sheet, m), Catch::Contains("map one to 'ref'"));
    m.columns[0] = ChecklistField::Ref;
    m.catalogId = "iso27001:2022";
    CHECK_THROWS_WITH(cw::importChecklist(*f.ws, f.id, sheet, m),
                      Catch::Contains("does not cover the catalog"));
}

TEST_CASE("import a real XLSX checklist with Chinese headers", "[assessment][import]")
{
    Fixture f;
    const auto file = f.dir / "差距分析.xlsx";
    cwtest::writeRealXlsx(file,
                          {{"恒云数据 差距分析表"},
                           {},
                           {"条款", "要求", "状态", "备注", "访谈对象", "证据"},
                           {"4.1", "理解组织及其环境", "符合", "已完成环境分析", "张伟", "SWOT分析 2026版"},
                           {"8.5.1.1", "变更管理方针", "部分符合", "方针未发布", "", ""},
                           {"9.2", "内部审核", "不符合", "尚未开展内审", "李娜", ""},
                           {"8.7.3.1", "信息安全方针", "不适用", "由ISMS覆盖", "", ""}});
    const auto sheet = cw::readSheetFile(file);
    const auto mapping = cw::detectChecklistMapping(sheet);
    REQUIRE(mapping.headerRow == 1u); // the title row and the empty row are not the header
    CHECK(cw::importChecklist(*f.ws, f.id, sheet, mapping) == 4);
    CHECK(f.result("4.1").status == AssessmentStatus::Conformant);
    CHECK(f.result("4.1").interviewed == "张伟");
    CHECK(f.result("8.5.1.1").status == AssessmentStatus::Partial);
    CHECK(f.result("9.2").status == AssessmentStatus::Nonconformant);
    CHECK(f.result("8.7.3.1").justification == "由ISMS覆盖");
}
