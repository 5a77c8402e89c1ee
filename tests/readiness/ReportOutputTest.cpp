// The readiness report (and the other kinds) of the demo workspace in every format and both
// languages, read back by real readers: pdftotext, the XLSX reader, the ODT package, a JSON check
// against the documented schema.
#include "ReadinessFixtures.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/Spreadsheet.h"
#include "assessment/ZipArchive.h"
#include "builders/ReadinessDocument.h"
#include "builders/ReportExport.h"
#include "common/Error.h"
#include "common/Json.h"
#include "readiness/ReadinessReport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

using readinesstest::Demo;
using namespace cw::report;

namespace {

QString path(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

ReportRequest request(ReportKind kind, ReportFormat format, const char* lang)
{
    ReportRequest r;
    r.kind = kind;
    r.format = format;
    r.language = QString::fromUtf8(lang);
    return r;
}

/// The type names of docs/report-format.md: string, number, integer, boolean, array, object, and
/// "|null" when null is allowed.
bool hasType(const nlohmann::json& v, const std::string& type)
{
    if (v.is_null())
        return type.find("|null") != std::string::npos;
    const std::string t = type.substr(0, type.find('|'));
    if (t == "string")
        return v.is_string();
    if (t == "number")
        return v.is_number();
    if (t == "integer")
        return v.is_number_integer();
    if (t == "boolean")
        return v.is_boolean();
    if (t == "array")
        return v.is_array();
    if (t == "object")
        return v.is_object();
    if (t == "ratio")
        return v.is_number() && v.get<double>() >= 0.0 && v.get<double>() <= 1.0;
    if (t == "date")
        return v.is_string() && v.get<std::string>().size() == 10;
    return false;
}

void checkObject(const nlohmann::json& obj, const std::map<std::string, std::string>& schema,
                 const std::string& where)
{
    REQUIRE(obj.is_object());
    for (const auto& [key, type] : schema) {
        INFO(where << "." << key << " should be " << type);
        REQUIRE(obj.contains(key));
        CHECK(hasType(obj[key], type));
    }
}

} // namespace

TEST_CASE("readiness PDF: Chinese headings extractable, in both languages", "[report][pdf]")
{
    Demo d("zh");
    for (const char* lang : {"zh", "en"}) {
        const auto file = d.dir / (std::string("r-") + lang + ".pdf");
        writeReport(*d.ws, request(ReportKind::Readiness, ReportFormat::Pdf, lang), path(file));
        auto text = cwtest::runProcess("/usr/bin/pdftotext", {"-layout", file.string(), "-"});
        REQUIRE(text.exitCode == 0);
        // The renderer's shaping uses the "fi" ligature (U+FB01); a reader's search folds it.
        for (auto pos = text.out.find("\xEF\xAC\x81"); pos != std::string::npos;
             pos = text.out.find("\xEF\xAC\x81"))
            text.out.replace(pos, 3, "fi");
        if (std::string(lang) == "zh") {
            for (const char* heading :
                 {"认证准备度报告", "目录", "执行摘要", "主要障碍", "各条款准备度", "改进优先级清单",
                  "必需的成文信息", "文件登记健康状况", "内部审核状况", "管理评审", "各过程记录证据",
                  "认证时间线", "附录：检查表结果"})
                CHECK_THAT(text.out, Catch::Contains(heading));
            CHECK_THAT(text.out, Catch::Contains("恒云数据服务有限公司"));
            CHECK_THAT(text.out, Catch::Contains("尚不具备认证审核条件"));
            CHECK_THAT(text.out, Catch::Contains("基础设施运行维护")); // CNCA category on the cover
        } else {
            for (const char* heading : {"Certification readiness report", "Executive summary", "Top blockers",
                                        "Certification timeline", "Appendix: checklist results"})
                CHECK_THAT(text.out, Catch::Contains(heading));
            // The organisation keeps its Chinese name in an English report's facts.
            CHECK_THAT(text.out, Catch::Contains("Not ready for certification audits"));
        }
        const auto info = cwtest::runProcess("/usr/bin/pdfinfo", {file.string()});
        CHECK_THAT(info.out, Catch::Contains("Pages:"));
    }
}

TEST_CASE("readiness XLSX: real sheets with headers and the checklist rows", "[report][xlsx]")
{
    Demo d("en");
    for (const char* lang : {"en", "zh"}) {
        const auto file = d.dir / (std::string("r-") + lang + ".xlsx");
        writeReport(*d.ws, request(ReportKind::Readiness, ReportFormat::Xlsx, lang), path(file));
        const auto bytes = cwtest::readFile(file);
        const auto summary = cw::readXlsx(bytes, "r.xlsx");
        if (std::string(lang) == "en") {
            CHECK(summary.sheetNames == std::vector<std::string>{"Summary", "Criteria", "Clauses", "Gaps",
                                                                 "Required documents", "Findings summary",
                                                                 "Records", "Checklist"});
            const auto criteria = cw::readXlsx(bytes, "r.xlsx", "Criteria");
            REQUIRE(criteria.rows.size() == 9);
            CHECK(criteria.rows[0].cell(0) == "Criterion");
            CHECK(criteria.rows[1].cell(0) == "S1.1");
            CHECK(criteria.rows[2].cell(2) == "No");
            const auto checklist = cw::readXlsx(bytes, "r.xlsx", "Checklist");
            REQUIRE(checklist.rows.size() == 58); // header + 57 requirements
            CHECK(checklist.rows[0].cell(1) == "Clause");
            CHECK(checklist.rows[1].cell(1) == "4.1");
        } else {
            CHECK(std::find(summary.sheetNames.begin(), summary.sheetNames.end(), "检查表") !=
                  summary.sheetNames.end());
            const auto checklist = cw::readXlsx(bytes, "r.xlsx", "检查表");
            CHECK(checklist.rows[0].cell(2) == "标题");
            CHECK(checklist.rows[1].cell(2) == "理解组织及其环境");
        }
        const cw::ZipArchive zip(bytes, "r.xlsx");
        CHECK_THAT(zip.read("xl/worksheets/sheet2.xml"), Catch::Contains("autoFilter"));
    }
}

TEST_CASE("readiness ODT and HTML hold the headings, the chart and the logo", "[report][odt][html]")
{
    Demo d("zh");
    const auto file = d.dir / "r.odt";
    writeReport(*d.ws, request(ReportKind::Readiness, ReportFormat::Odt, "zh"), path(file));
    const cw::ZipArchive zip(cwtest::readFile(file), file.string());
    CHECK(zip.read("mimetype") == "application/vnd.oasis.opendocument.text");
    const auto content = zip.read("content.xml");
    for (const char* heading : {"执行摘要", "认证时间线", "各过程记录证据", "附录：检查表结果"})
        CHECK_THAT(content, Catch::Contains(heading));

    const QString html =
        QString::fromUtf8(reportText(*d.ws, request(ReportKind::Readiness, ReportFormat::Html, "en")));
    CHECK(html.contains(QStringLiteral("Executive summary")));
    CHECK(html.contains(QStringLiteral("<svg")));
    CHECK(html.contains(QStringLiteral("data:image/png;base64,"))); // the demo's logo
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
}

TEST_CASE("readiness CSV: the checklist, UTF-8 with a byte-order mark", "[report][csv]")
{
    Demo d("zh");
    const QByteArray csv = reportText(*d.ws, request(ReportKind::Readiness, ReportFormat::Csv, "zh"));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const auto lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 58);
    CHECK(lines[0].startsWith(QStringLiteral("标准,条款,标题,状态")));
    CHECK(lines[1].startsWith(QStringLiteral("iso20000-1:2018,4.1,理解组织及其环境,符合")));
}

TEST_CASE("readiness JSON follows docs/report-format.md", "[report][json]")
{
    Demo d("en");
    const auto j = nlohmann::json::parse(
        reportText(*d.ws, request(ReportKind::Readiness, ReportFormat::Json, "zh")).toStdString());
    checkObject(j,
                {{"format", "string"},
                 {"format_version", "integer"},
                 {"kind", "string"},
                 {"language", "string"},
                 {"generated_at", "string"},
                 {"today", "date"},
                 {"engagement", "object"},
                 {"assessment", "object|null"},
                 {"overall", "object"},
                 {"clauses", "array"},
                 {"verdict", "object"},
                 {"gaps", "array"},
                 {"required_documents", "array"},
                 {"documents", "object"},
                 {"audits", "object|null"},
                 {"findings", "object"},
                 {"management_review", "object|null"},
                 {"records", "array"},
                 {"timeline", "object"}},
                "$");
    CHECK(j["format"] == "conformance-workbench-report");
    CHECK(j["kind"] == "readiness");
    CHECK(j["language"] == "zh");
    CHECK(j["generated_at"] == "2026-11-22T08:00:00Z");
    checkObject(j["engagement"],
                {{"name", "string"},
                 {"organization", "object"},
                 {"scope", "string"},
                 {"services", "array"},
                 {"sites", "array"},
                 {"cnca_categories", "array"},
                 {"certification_body", "string"},
                 {"trial_operation_start", "date|null"},
                 {"planned_internal_audit", "date|null"},
                 {"planned_management_review", "date|null"},
                 {"planned_stage1", "date|null"},
                 {"planned_stage2", "date|null"},
                 {"readiness_threshold", "ratio"}},
                "$.engagement");
    CHECK(j["engagement"]["cnca_categories"][0] ==
          nlohmann::json({{"code", "L 04.01"}, {"name", "基础设施运行维护"}}));
    checkObject(j["assessment"], {{"name", "string"}, {"date", "date"}}, "$.assessment");
    checkObject(j["overall"],
                {{"readiness", "ratio|null"}, {"coverage", "ratio|null"}, {"applicable", "integer"}},
                "$.overall");
    CHECK(j["overall"]["readiness"] == 0.9211);
    CHECK(j["overall"]["coverage"] == 1.0);
    REQUIRE(j["clauses"].size() == 77);
    for (const auto& c : j["clauses"])
        checkObject(c,
                    {{"ref", "string"},
                     {"title", "string"},
                     {"level", "integer"},
                     {"readiness", "ratio|null"},
                     {"coverage", "ratio|null"}},
                    "$.clauses[]");
    checkObject(j["verdict"],
                {{"level", "string"}, {"title", "string"}, {"criteria", "array"}, {"unmet", "array"}},
                "$.verdict");
    CHECK(j["verdict"]["level"] == "not_ready");
    REQUIRE(j["verdict"]["criteria"].size() == 8);
    for (const auto& c : j["verdict"]["criteria"])
        checkObject(c,
                    {{"id", "string"},
                     {"stage", "integer"},
                     {"title", "string"},
                     {"met", "boolean"},
                     {"message", "string"},
                     {"message_id", "string"},
                     {"params", "array"}},
                    "$.verdict.criteria[]");
    REQUIRE(j["verdict"]["unmet"].size() == 4);
    CHECK(j["verdict"]["unmet"][0]["id"] == "S1.2");
    CHECK(j["verdict"]["unmet"][0]["message"] ==
          "13 项必需文件中有 3 项缺少已批准的文件：缺失 8.2.2；仅有草稿 8.3.4.1, 8.3.4.2。");
    for (const auto& g : j["gaps"])
        checkObject(g,
                    {{"ref", "string"},
                     {"catalog", "string"},
                     {"title", "string"},
                     {"status", "string"},
                     {"priority", "string"},
                     {"owners", "string"},
                     {"due_date", "date|null"},
                     {"overdue", "boolean"}},
                    "$.gaps[]");
    REQUIRE(j["required_documents"].size() == 29);
    for (const auto& r : j["required_documents"])
        checkObject(r,
                    {{"item", "string"},
                     {"clause", "string"},
                     {"kind", "string"},
                     {"title", "string"},
                     {"status", "string"},
                     {"documents", "array"}},
                    "$.required_documents[]");
    checkObject(j["documents"],
                {{"total", "integer"},
                 {"approved", "integer"},
                 {"in_review", "integer"},
                 {"draft", "integer"},
                 {"obsolete", "integer"},
                 {"overdue_reviews", "integer"}},
                "$.documents");
    checkObject(j["findings"],
                {{"open_major", "integer"},
                 {"open_minor", "integer"},
                 {"observations", "integer"},
                 {"overdue_actions", "integer"}},
                "$.findings");
    CHECK(j["findings"]["open_major"] == 1);
    checkObject(j["audits"],
                {{"programme", "string"},
                 {"clauses", "integer"},
                 {"audited", "integer"},
                 {"audited_since", "date|null"},
                 {"last_completed", "date|null"}},
                "$.audits");
    checkObject(j["management_review"],
                {{"title", "string"}, {"held_on", "date"}, {"open_actions", "integer"}},
                "$.management_review");
    REQUIRE(j["records"].size() == 9);
    for (const auto& r : j["records"])
        checkObject(r,
                    {{"item", "string"},
                     {"clause", "string"},
                     {"title", "string"},
                     {"first", "date|null"},
                     {"last", "date|null"},
                     {"months", "integer"},
                     {"entries", "integer"},
                     {"sufficient", "boolean"}},
                    "$.records[]");
    const auto& t = j["timeline"];
    for (const char* stage : {"stage1", "stage2"})
        checkObject(t[stage],
                    {{"earliest", "date|null"},
                     {"determined", "boolean"},
                     {"planned", "date|null"},
                     {"date", "date|null"},
                     {"constraints", "array"}},
                    std::string("$.timeline.") + stage);
    checkObject(t,
                {{"certification_decision", "date|null"},
                 {"surveillance1", "date|null"},
                 {"surveillance2", "date|null"},
                 {"recertification", "date|null"},
                 {"expiry", "date|null"},
                 {"milestones", "array"},
                 {"warnings", "array"}},
                "$.timeline");
    CHECK(t["stage2"]["date"] == "2027-03-09");
    for (const auto& m : t["milestones"])
        checkObject(m, {{"id", "string"}, {"date", "date"}, {"label", "string"}, {"planned", "boolean"}},
                    "$.timeline.milestones[]");

    // Stable: the same workspace and day give the same bytes.
    CHECK(reportText(*d.ws, request(ReportKind::Readiness, ReportFormat::Json, "zh")) ==
          reportText(*d.ws, request(ReportKind::Readiness, ReportFormat::Json, "zh")));
}

TEST_CASE("the other report kinds lay out their registers", "[report][kinds]")
{
    Demo d("en");
    auto doc = buildReportDocument(*d.ws, request(ReportKind::Gap, ReportFormat::Pdf, "en"));
    CHECK(doc.title == QStringLiteral("Gap analysis report"));
    auto table = [](const ReportDocument& rd, const QString& sheet) -> const Table* {
        for (const auto& b : rd.blocks)
            if (const auto* t = std::get_if<Table>(&b); t && t->sheetName == sheet)
                return t;
        return nullptr;
    };
    REQUIRE(table(doc, QStringLiteral("Requirements")));
    CHECK(table(doc, QStringLiteral("Requirements"))->rows.size() == 57);

    doc = buildReportDocument(*d.ws, request(ReportKind::Documents, ReportFormat::Pdf, "zh"));
    REQUIRE(table(doc, QStringLiteral("文件")));
    CHECK(table(doc, QStringLiteral("文件"))->rows.size() == 26);

    doc = buildReportDocument(*d.ws, request(ReportKind::Findings, ReportFormat::Pdf, "en"));
    REQUIRE(table(doc, QStringLiteral("Findings")));
    CHECK(table(doc, QStringLiteral("Findings"))->rows.size() == 10);

    auto audit = request(ReportKind::Audit, ReportFormat::Pdf, "en");
    auto auditFact = [](const ReportDocument& r) {
        for (const auto& [label, value] : r.cover.facts)
            if (label == QLatin1String("Audit"))
                return value;
        return QString();
    };
    doc = buildReportDocument(*d.ws, audit); // latest completed: IA-2026-02
    CHECK(auditFact(doc).startsWith(QStringLiteral("IA-2026-02")));
    // The cover ends with the audit trail the report was made from.
    CHECK(doc.cover.facts.last().first == QStringLiteral("Audit trail"));
    CHECK(doc.cover.facts.last().second.startsWith(QStringLiteral("entry ")));
    audit.audit = "IA-2026-01";
    doc = buildReportDocument(*d.ws, audit);
    CHECK(auditFact(doc).startsWith(QStringLiteral("IA-2026-01")));
    audit.audit = "IA-1999-99";
    CHECK_THROWS_AS(buildReportDocument(*d.ws, audit), cw::Error);

    // The demo has no ISO/IEC 27001 assessment: no SoA, with the reason.
    CHECK_THROWS_WITH(buildReportDocument(*d.ws, request(ReportKind::Soa, ReportFormat::Pdf, "en")),
                      Catch::Contains("no assessment covers iso27001:2022"));
    cw::NewAssessment a;
    a.name = "ISMS baseline";
    a.date = "2026-11-20";
    a.catalogs = {"iso27001:2022"};
    const auto id = cw::createAssessment(*d.ws, a);
    cw::setResultStatus(*d.ws, id, {"iso27001:2022", "A.7.5"}, cw::AssessmentStatus::NotApplicable,
                        "No physical security perimeter of our own: the data centres are colocated.");
    cw::setResultStatus(*d.ws, id, {"iso27001:2022", "A.5.1"}, cw::AssessmentStatus::Conformant);
    doc = buildReportDocument(*d.ws, request(ReportKind::Soa, ReportFormat::Pdf, "en"));
    const Table* soa = table(doc, QStringLiteral("SoA"));
    REQUIRE(soa);
    CHECK(soa->rows.size() == 93);
    CHECK(soa->rows[0] == QStringList{QStringLiteral("A.5.1"), soa->rows[0][1], QStringLiteral("Yes"),
                                      QString(), QStringLiteral("Conformant")});
    bool excluded = false;
    for (const auto& row : soa->rows)
        if (row[0] == QStringLiteral("A.7.5")) {
            excluded = row[2] == QStringLiteral("No") && row[3].startsWith(QStringLiteral("No physical"));
        }
    CHECK(excluded);

    // Every kind renders to every format.
    for (const auto kind :
         {ReportKind::Gap, ReportKind::Documents, ReportKind::Findings, ReportKind::Audit, ReportKind::Soa}) {
        for (const auto format : {ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Xlsx,
                                  ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
            const auto file = d.dir / (std::string(toString(kind)) + "." + std::string(toString(format)));
            writeReport(*d.ws, request(kind, format, "zh"), path(file));
            CHECK(std::filesystem::file_size(file) > 100);
        }
    }
    const auto j = nlohmann::json::parse(cwtest::readFile(d.dir / "findings.json"));
    CHECK(j["kind"] == "findings");
    CHECK(j["tables"][0]["name"] == "发现");
    CHECK(j["tables"][0]["rows"].size() == 10);
}

TEST_CASE("writing to a place that cannot hold the file fails with the file named", "[report]")
{
    Demo d("en");
    const auto bad = d.dir / "no-such-dir" / "r.pdf";
    CHECK_THROWS_WITH(writeReport(*d.ws, request(ReportKind::Readiness, ReportFormat::Pdf, "en"), path(bad)),
                      Catch::Contains(bad.string()));
    const auto badJson = d.dir / "no-such-dir" / "r.json";
    CHECK_THROWS_WITH(
        writeReport(*d.ws, request(ReportKind::Readiness, ReportFormat::Json, "en"), path(badJson)),
        Catch::Contains(badJson.string()));
}

TEST_CASE("the readiness report lists at most 50 overdue corrective actions and counts the rest", "[report]")
{
    Demo d("en");
    auto report = cw::buildReadinessReport(*d.ws);
    REQUIRE(report.overdueActions.size() == 1);
    report.overdueActions.resize(60, report.overdueActions.front());
    const auto doc = cw::report::readinessDocument(report, QStringLiteral("en"));
    bool listed = false;
    bool counted = false;
    for (const auto& b : doc.blocks) {
        if (const auto* t = std::get_if<Table>(&b); t && t->headers.value(0) == QStringLiteral("Finding"))
            listed = t->rows.size() == 50;
        if (const auto* p = std::get_if<Paragraph>(&b))
            counted =
                counted || p->text == QStringLiteral("… and 10 more overdue corrective actions: see the "
                                                     "findings register.");
    }
    CHECK(listed);
    CHECK(counted);
}
