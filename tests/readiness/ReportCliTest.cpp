// `conformance report` and the engagement plan keys of `conformance engagement set`: outputs, and
// every bad input refused with a clear message, a non-zero exit and the workspace left as it was.
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace {

struct CliDemo {
    cwtest::TempDir dir;
    std::string file = (dir / "demo.cwb").string();
    CliDemo(const char* lang = "zh")
    {
        REQUIRE(cwtest::runCli({"init", file, "--demo", "--lang", lang}).exitCode == 0);
    }
    [[nodiscard]] std::string state() const
    {
        // The whole content plus the audit trail: equal before and after means untouched.
        return cwtest::runCli({"export", file, "--format", "json"}).out + cwtest::runCli({"log", file}).out;
    }
};

} // namespace

TEST_CASE("report writes the readiness report in each format", "[cli][report]")
{
    CliDemo d;
    const std::string before = cwtest::readFile(d.file);
    const auto pdf = (d.dir / "r.pdf").string();
    auto r = cwtest::runCli({"report", d.file, "--format", "pdf", "--lang", "zh", "-o", pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "Wrote " + pdf + "\n");
    CHECK(r.err.empty()); // no Qt chatter
    const auto text = cwtest::runProcess("/usr/bin/pdftotext", {pdf, "-"});
    CHECK_THAT(text.out, Catch::Contains("认证准备度报告") && Catch::Contains("执行摘要"));

    // JSON to standard output, in the engagement's language by default.
    r = cwtest::runCli({"report", d.file, "--format", "json"});
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["kind"] == "readiness");
    CHECK(j["language"] == "zh");
    CHECK(j["verdict"]["level"] == "not_ready");

    for (const char* format : {"odt", "xlsx", "html", "csv"}) {
        const auto out = (d.dir / (std::string("r.") + format)).string();
        r = cwtest::runCli({"report", d.file, "--format", format, "--lang", "en", "-o", out});
        CHECK(r.exitCode == 0);
        CHECK(std::filesystem::file_size(out) > 1000);
    }
    r = cwtest::runCli({"report", d.file, "--kind", "findings", "--format", "csv"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::StartsWith("\xEF\xBB\xBF") && Catch::Contains("NC-2026-004"));
    r = cwtest::runCli({"report", d.file, "--kind", "audit", "--audit", "IA-2026-01", "--format", "json"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("IA-2026-01"));
    // Reports only read: the file is byte for byte the same.
    CHECK(cwtest::readFile(d.file) == before);
}

TEST_CASE("report refuses bad input with a message and leaves the workspace untouched", "[cli][report]")
{
    CliDemo d;
    const auto state = d.state();
    struct Case {
        std::vector<std::string> args;
        int exit;
        std::string message;
    };
    const std::string missingDir = (d.dir / "nowhere" / "r.pdf").string();
    const std::vector<Case> cases{
        {{"report", d.file, "--format", "docx"},
         1,
         "unknown format 'docx' (choose pdf, odt, html, xlsx, csv, json)"},
        {{"report", d.file, "--format", "pdf", "--kind", "summary"}, 1, "unknown report kind 'summary'"},
        {{"report", d.file, "--format", "pdf", "--lang", "fr"},
         1,
         "unknown report language 'fr' (choose zh, en)"},
        {{"report", d.file}, 1, "format"},
        {{"report", d.file, "--format", "json", "--audit", "IA-2026-01"},
         1,
         "--audit applies to the audit report only"},
        {{"report", d.file, "--format", "json", "--assessment", "X"},
         1,
         "--assessment applies to the gap and soa"},
        {{"report", (d.dir / "missing.cwb").string(), "--format", "json"}, 2, "missing.cwb"},
        {{"report", d.file, "--format", "pdf", "-o", missingDir}, 2, missingDir},
        {{"report", d.file, "--kind", "audit", "--audit", "IA-1999-99", "--format", "json"}, 3, "IA-1999-99"},
        {{"report", d.file, "--kind", "soa", "--format", "json"}, 3, "no assessment covers iso27001:2022"},
        {{"report", d.file, "--kind", "gap", "--assessment", "Nope", "--format", "json"}, 3, "Nope"},
    };
    for (const auto& c : cases) {
        INFO(c.args[c.args.size() - 1]);
        const auto r = cwtest::runCli(c.args);
        CHECK(r.exitCode == c.exit);
        CHECK_THAT(r.err, Catch::Contains(c.message));
        CHECK(r.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(missingDir));
    CHECK(d.state() == state);
}

TEST_CASE("engagement set takes the plan keys and show prints them", "[cli][plan]")
{
    CliDemo d("en");
    auto set = [&](const std::string& key, const std::string& value) {
        return cwtest::runCli({"engagement", "set", d.file, key, value});
    };
    CHECK(set("services", "Service desk; Data centre operations").exitCode == 0);
    CHECK(set("cnca_categories", "X, L 04.01").exitCode == 0);
    CHECK(set("planned_stage1", "2027-02-01").exitCode == 0);
    CHECK(set("certification_body", "Example CB").exitCode == 0);
    CHECK(set("readiness_threshold", "85%").exitCode == 0);
    cwtest::writeFile(d.dir / "logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(20, '\0'));
    CHECK(set("logo", (d.dir / "logo.png").string()).exitCode == 0);

    const auto show = cwtest::runCli({"engagement", "show", d.file});
    REQUIRE(show.exitCode == 0);
    CHECK_THAT(show.out, Catch::Contains("Services:\n  Service desk\n  Data centre operations\n"));
    CHECK_THAT(show.out,
               Catch::Contains("L 04.01 Infrastructure operation and maintenance / 基础设施运行维护"));
    CHECK_THAT(show.out, Catch::Contains("Planned stage 1:           2027-02-01"));
    CHECK_THAT(show.out, Catch::Contains("Logo:                      image/png, 28 bytes"));
    CHECK_THAT(show.out, Catch::Contains("Readiness threshold:       0.85"));
    const auto json =
        nlohmann::json::parse(cwtest::runCli({"engagement", "show", d.file, "--format", "json"}).out);
    CHECK(json["services"] == nlohmann::json({"Service desk", "Data centre operations"}));
    CHECK(json["cnca_categories"] == nlohmann::json({"L 04.01", "X 06.04"}));
    CHECK(json["planned_stage1"] == "2027-02-01");
    CHECK(json["readiness_threshold"] == 0.85);
    CHECK(json["logo"]["bytes"] == 28);
    // The audit trail names the fields.
    const auto log = cwtest::runCli({"log", d.file, "--entity", "engagement"}).out;
    CHECK_THAT(log, Catch::Contains("planned_stage1") && Catch::Contains("cnca_categories"));
}

TEST_CASE("engagement set refuses bad plan values naming the field", "[cli][plan]")
{
    CliDemo d("en");
    const auto state = d.state();
    cwtest::writeFile(d.dir / "logo.gif", "GIF89a.....");
    const std::vector<std::tuple<std::string, std::string, int, std::string>> cases{
        {"planned_stage2", "2027-02-30", 3,
         "planned_stage2: '2027-02-30' is not a date of the form YYYY-MM-DD"},
        {"trial_operation_start", "next week", 3, "trial_operation_start: 'next week' is not a date"},
        {"cnca_categories", "L, Q 01.01", 3,
         "cnca_categories: 'Q 01.01' is not a category of the CNCA table"},
        {"readiness_threshold", "1.5", 3, "readiness_threshold: '1.5' is out of range"},
        {"readiness_threshold", "most", 3, "readiness_threshold: 'most' is not a number"},
        {"logo", (d.dir / "logo.gif").string(), 3, "logo: not a PNG or JPEG image"},
        {"logo", (d.dir / "none.png").string(), 2, "none.png"},
        {"stage3", "2027-01-01", 1, "unknown field 'stage3'"},
    };
    for (const auto& [key, value, exit, message] : cases) {
        INFO(key << " = " << value);
        const auto r = cwtest::runCli({"engagement", "set", d.file, key, value});
        CHECK(r.exitCode == exit);
        CHECK_THAT(r.err, Catch::Contains(message));
    }
    CHECK(d.state() == state);
}
