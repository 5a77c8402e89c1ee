// `conformance audits | findings | review` on the demo engagement (today pinned to 2026-11-22).
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using cwtest::runCli;

namespace {

std::string demo(const cwtest::TempDir& dir, const std::string& lang = "en")
{
    const auto file = (dir / ("demo-" + lang + ".cwb")).string();
    const auto r = runCli({"init", file, "--demo", "--lang", lang});
    REQUIRE(r.exitCode == 0);
    return file;
}

std::vector<std::string> codes(const nlohmann::json& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r["code"]);
    return out;
}

nlohmann::json json(const std::vector<std::string>& args)
{
    const auto r = runCli(args);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out);
}

} // namespace

TEST_CASE("findings list filters by type, status, audit, open and overdue", "[cli][findings]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);

    const auto majors = json({"findings", "list", ws, "--type", "major", "--format", "json"});
    CHECK(codes(majors) == std::vector<std::string>{"NC-2026-004", "NC-2026-001"});
    CHECK(majors[0]["state"] == "action_planned");
    CHECK(majors[0]["next_due"] == "2026-11-30");
    CHECK(majors[0]["overdue"] == false);
    CHECK(majors[0]["clauses"].size() == 3);
    CHECK(majors[0]["clauses"][1]["catalog"] == "iso27001:2022");
    CHECK(majors[1]["state"] == "closed");

    CHECK(codes(json({"findings", "list", ws, "--status", "action_planned", "--format", "json"})) ==
          std::vector<std::string>{"NC-2026-004", "NC-2026-003"});
    CHECK(codes(json({"findings", "list", ws, "--overdue", "--format", "json"})) ==
          std::vector<std::string>{"NC-2026-003"});
    CHECK(codes(json({"findings", "list", ws, "--audit", "IA-2026-02", "--format", "json"})) ==
          std::vector<std::string>{"NC-2026-004", "NC-2026-005", "OBS-2026-002"});
    CHECK(json({"findings", "list", ws, "--open", "--format", "json"}).size() == 7);
    CHECK(codes(json({"findings", "list", ws, "--type", "observation", "--status", "open", "--format",
                      "json"})) == std::vector<std::string>{"OBS-2026-001", "OBS-2026-002"});
    const auto complaint =
        json({"findings", "list", ws, "--type", "minor", "--status", "open", "--format", "json"});
    REQUIRE(complaint.size() == 1);
    CHECK(complaint[0]["source"] == "complaint");
    CHECK(complaint[0]["audit"].is_null());

    const auto csv = runCli({"findings", "list", ws, "--status", "action_planned", "--format", "csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind(
              "\xEF\xBB\xBF"
              "code,type,source,audit,title,clauses,raised_by,raised_on,auditee,state,next_due,overdue\r\n",
              0) == 0);
    CHECK_THAT(csv.out,
               Catch::Contains("\r\nNC-2026-003,minor,internal_audit,IA-2026-01,Known errors do not reach "
                               "the service desk,\"7.6, 8.6.3\",Ma Li,2026-08-20,Liu Yang,action_planned,"
                               "2026-11-15,yes\r\n"));

    const auto table = runCli({"findings", "list", ws});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.rfind("Open major nonconformities: 1\nOverdue corrective actions: 1\n", 0) == 0);
    CHECK_THAT(table.out, Catch::Contains("2026-11-15 OVERDUE") && Catch::Contains("10 finding(s)"));

    const auto zh = runCli({"findings", "list", demo(dir, "zh"), "--type", "major"});
    CHECK_THAT(zh.out, Catch::Contains("ITSM平台访问权限从未评审"));
}

TEST_CASE("findings list refuses unknown filters and files with the documented exit codes", "[cli][findings]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);
    auto r = runCli({"findings", "list", ws, "--type", "critical"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err,
               Catch::Contains("unknown type 'critical' (choose major, minor, observation, improvement, "
                               "positive)"));
    r = runCli({"findings", "list", ws, "--status", "done"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("unknown status 'done'"));
    r = runCli({"findings", "list", ws, "--format", "xml"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("unknown format 'xml' (choose table, csv, json)"));
    r = runCli({"findings", "list", ws, "--audit", "IA-2099-01"});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err, Catch::Contains("the workspace holds no audit IA-2099-01"));
    r = runCli({"findings", "list", (dir / "missing.cwb").string()});
    CHECK(r.exitCode == 2);
    r = runCli({"findings", "show", ws, "NC-2099-001"});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err, Catch::Contains("the workspace holds no finding NC-2099-001"));
}

TEST_CASE("findings show gives the history and the next steps of a nonconformity", "[cli][findings]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);
    const auto nc = json({"findings", "show", ws, "NC-2026-003", "--format", "json"});
    CHECK(nc["state"] == "action_planned");
    REQUIRE(nc["corrective_actions"].size() == 2);
    CHECK(nc["corrective_actions"][1]["round"] == 2);
    CHECK(nc["corrective_actions"][1]["overdue"] == true);
    CHECK(nc["verifications"][0]["effective"] == false);
    REQUIRE(nc["next_steps"].size() == 1);
    CHECK(nc["next_steps"][0]["step"] == "implement");
    CHECK(nc["next_steps"][0]["refused"] ==
          "finding NC-2026-003 cannot be marked implemented: corrective action 'Make the knowledge search a "
          "mandatory "
          "step of the incident form and coach every desk agent' is not implemented yet");
    const auto text = runCli({"findings", "show", ws, "NC-2026-001"});
    CHECK_THAT(text.out, Catch::Contains("major nonconformity") &&
                             Catch::Contains("Verified 2026-10-09 by Ma Li: effective") &&
                             Catch::Contains("verified -> closed"));
}

TEST_CASE("audits list, coverage and show", "[cli][audits]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);
    const auto audits = json({"audits", "list", ws, "--format", "json"});
    CHECK(codes(audits) == std::vector<std::string>{"IA-2026-01", "IA-2026-02", "IA-2026-03"});
    CHECK(audits[0]["status"] == "closed");
    CHECK(audits[0]["checklist"]["lines"] == 27);
    CHECK(audits[0]["checklist"]["nonconformity"] == 3);
    CHECK(audits[0]["findings"] == 6);
    CHECK(audits[1]["checklist"]["lines"] == 30);
    CHECK(audits[1]["actual_end"] == "2026-09-16");
    CHECK(audits[0]["independence"].empty());
    REQUIRE(audits[2]["independence"].size() == 1);
    CHECK(audits[2]["independence"][0]["text"] ==
          "Liu Yang (trainee auditor) audits 8.3.4.1 but owns SMS-L2-SUP-01 (linked to 8.3.4.1)");
    CHECK(codes(json({"audits", "list", ws, "--status", "planned", "--format", "json"})) ==
          std::vector<std::string>{"IA-2026-03"});
    const auto table = runCli({"audits", "list", ws});
    CHECK_THAT(table.out, Catch::Contains("FLAGGED") && Catch::Contains("3 audit(s)"));

    const auto cov = json({"audits", "coverage", ws, "--format", "json", "--depth", "1"});
    CHECK(cov["leaves"] == 57);
    CHECK(cov["audited"] == 57);
    CHECK(cov["fully_audited"] == true);
    CHECK(cov["audited_since"] == "2026-08-20");
    CHECK(cov["last_completed_end"] == "2026-09-16");
    CHECK(cov["clauses"].size() == 7);
    CHECK(cov["clauses"][4]["ref"] == "8");
    CHECK(cov["clauses"][4]["audits"] == nlohmann::json::array({"IA-2026-02", "IA-2026-03"}));

    const auto show = runCli({"audits", "show", ws, "IA-2026-02"});
    REQUIRE(show.exitCode == 0);
    CHECK_THAT(show.out,
               Catch::Contains("Checklist: 30 line(s): 27 conforming, 2 nonconformity, 1 observation") &&
                   Catch::Contains("NC-2026-004") && Catch::Contains("Next step: close\n") &&
                   Catch::Contains("Next step: reopen\n"));
}

TEST_CASE("review list and show", "[cli][review]")
{
    cwtest::TempDir dir;
    const auto ws = demo(dir);
    const auto reviews = json({"review", "list", ws, "--format", "json"});
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0]["held_on"] == "2026-11-18");
    CHECK(reviews[0]["decisions"] == 2);
    CHECK(reviews[0]["actions"] == 6);
    CHECK(reviews[0]["open_actions"] == 5);
    CHECK(reviews[0]["overdue_actions"] == 1);
    const auto table = runCli({"review", "list", ws});
    CHECK_THAT(table.out, Catch::Contains("Management review 2026") && Catch::Contains("1 OVERDUE"));
    const auto one = json({"review", "show", ws, "--format", "json"});
    CHECK(one["inputs"].size() == 10);
    CHECK_THAT(one["inputs"]["audit_results"].get<std::string>(), Catch::Contains("IA-2026-02"));
    CHECK(runCli({"review", "show", ws, "--date", "2026-01-01"}).exitCode == 3);
    const auto prefill = json({"review", "prefill", ws, "--date", "2026-11-18", "--format", "json"});
    CHECK_THAT(prefill["inputs"]["nonconformities"].get<std::string>(),
               Catch::StartsWith("Nonconformities: 2 major (1 open), 4 minor (4 open)."));
}
