// Every renderer produces a file a real reader accepts, with the Chinese text intact.
#include "TestSupport.h"

#include "HtmlRenderer.h"
#include "OdtRenderer.h"
#include "PdfRenderer.h"
#include "PdfTextFix.h"
#include "ReportDocument.h"
#include "XlsxRenderer.h"
#include "assessment/Spreadsheet.h"
#include "assessment/ZipArchive.h"

#include <QColor>
#include <QImage>
#include <catch2/catch.hpp>

#include <sstream>

using namespace cw::report;

namespace {

ReportDocument sample(const QString& lang)
{
    ReportDocument d;
    d.language = lang;
    d.title = d.t("Readiness report", "认证准备度报告");
    d.cover.title = d.title;
    d.cover.subtitle = QStringLiteral("恒云数据服务有限公司 / Hengyun Data Services Co., Ltd.");
    QImage logo(120, 40, QImage::Format_ARGB32);
    logo.fill(QColor(0x2f, 0x7f, 0xb8));
    d.cover.logo = logo;
    d.cover.facts = {{d.t("Scope", "范围"), QStringLiteral("数据中心运维服务")}};
    d.blocks << Heading{1, d.t("Gap analysis", "差距分析")};
    d.blocks << Paragraph{d.t("Overall readiness is 82 %.", "总体准备度为 82%。"), Paragraph::Tone::Normal};
    Table t;
    t.sheetName = d.t("Clauses", "条款");
    t.headers = {d.t("Clause", "条款"), d.t("Title", "标题"), d.t("Readiness", "准备度")};
    for (int i = 4; i <= 10; ++i)
        t.rows << QStringList{QString::number(i), QStringLiteral("条款标题 %1").arg(i),
                              QStringLiteral("0.8")};
    t.rowTones = {QStringLiteral("good"), QStringLiteral("bad")};
    d.blocks << t;
    d.blocks << BarChart{d.t("Readiness per clause", "各条款准备度"),
                         {QStringLiteral("4 组织环境"), QStringLiteral("5")},
                         {0.9, 0.4}};
    for (int chapter = 2; chapter <= 4; ++chapter) {
        d.blocks << Heading{1, d.t("Chapter", "第") + QString::number(chapter) + d.t("", "章")};
        for (int k = 0; k < 40; ++k)
            d.blocks << Paragraph{QStringLiteral("内部审核 internal audit line %1").arg(k),
                                  Paragraph::Tone::Muted};
    }
    d.blocks << Timeline{d.t("Timeline", "时间线"),
                         {{QStringLiteral("2026-12-01"), QStringLiteral("一阶段")},
                          {QStringLiteral("2027-02-01"), QStringLiteral("二阶段")}}};
    return d;
}

} // namespace

TEST_CASE("PDF: Chinese headings extractable, fonts embedded, numbered pages and contents", "[report][pdf]")
{
    cwtest::TempDir dir;
    const auto file = dir / "r.pdf";
    REQUIRE(renderPdf(sample(QStringLiteral("zh")), QString::fromStdString(file.string())).isEmpty());
    const auto text = cwtest::runProcess("/usr/bin/pdftotext", {"-layout", file.string(), "-"});
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("差距分析"));
    CHECK_THAT(text.out, Catch::Contains("认证准备度报告"));
    CHECK_THAT(text.out, Catch::Contains("第 1 页"));
    CHECK_THAT(text.out, Catch::Contains("目录"));
    const auto fonts = cwtest::runProcess("/usr/bin/pdffonts", {file.string()});
    REQUIRE(fonts.exitCode == 0);
    CHECK_THAT(fonts.out, Catch::Contains("CJK"));
    // Every font is embedded: the "emb" column (after name, type, encoding) says yes.
    std::istringstream lines(fonts.out);
    std::string line;
    int fontRows = 0;
    while (std::getline(lines, line)) {
        if (line.find("Identity-H") == std::string::npos && line.find("WinAnsi") == std::string::npos)
            continue;
        ++fontRows;
        CHECK_THAT(line, Catch::Matches(".*(Identity-H|WinAnsi)\\s+yes\\s.*"));
    }
    CHECK(fontRows >= 1);
    const auto info = cwtest::runProcess("/usr/bin/pdfinfo", {file.string()});
    CHECK_THAT(info.out, Catch::Contains("Pages:"));
    CHECK_FALSE(Catch::Contains("Pages:          1\n").match(info.out));
}

TEST_CASE("radicals in ToUnicode maps are rewritten to the ideographs they stand for", "[report][pdf]")
{
    CHECK(unifiedIdeographForRadical(0x2F6C) == 0x76EE); // Kangxi radical eye -> 目
    CHECK(unifiedIdeographForRadical(0x2EDA) == 0x9875); // simplified page radical -> 页
    CHECK(unifiedIdeographForRadical(0x2E80) == 0);
    QByteArray cmap("stream\nbegincmap\n<0001> <0003> [<8BA4> <2F6C> <2EDA>]\nendcmap\n<2F6C>");
    CHECK(fixCjkToUnicode(cmap) == 2);
    CHECK(cmap == QByteArray("stream\nbegincmap\n<0001> <0003> [<8BA4> <76EE> <9875>]\nendcmap\n<2F6C>"));
}

TEST_CASE("ODT: a valid OpenDocument package holding the headings", "[report][odt]")
{
    cwtest::TempDir dir;
    const auto file = dir / "r.odt";
    REQUIRE(renderOdt(sample(QStringLiteral("zh")), QString::fromStdString(file.string())).isEmpty());
    const cw::ZipArchive zip(cwtest::readFile(file), file.string());
    CHECK(zip.read("mimetype") == "application/vnd.oasis.opendocument.text");
    const auto content = zip.read("content.xml");
    CHECK_THAT(content, Catch::Contains("差距分析"));
    CHECK_THAT(content, Catch::Contains("条款标题 4"));
}

TEST_CASE("XLSX: a summary sheet and real sheets with headers that read back", "[report][xlsx]")
{
    cwtest::TempDir dir;
    const auto file = dir / "r.xlsx";
    REQUIRE(renderXlsx(sample(QStringLiteral("en")), QString::fromStdString(file.string())).isEmpty());
    const auto bytes = cwtest::readFile(file);
    const auto summary = cw::readXlsx(bytes, "r.xlsx");
    CHECK(summary.sheetNames == std::vector<std::string>{"Summary", "Clauses"});
    CHECK(summary.rows.at(0).cell(0) == "Readiness report");
    const auto clauses = cw::readXlsx(bytes, "r.xlsx", "Clauses");
    REQUIRE(clauses.rows.size() == 8);
    CHECK(clauses.rows[0].cell(0) == "Clause");
    CHECK(clauses.rows[1].cell(1) == "条款标题 4");
    const cw::ZipArchive zip(bytes, "r.xlsx");
    CHECK_THAT(zip.read("xl/worksheets/sheet2.xml"),
               Catch::Contains("autoFilter") && Catch::Contains("pane"));
}

TEST_CASE("HTML: one self-contained file with contents, inline charts and the logo", "[report][html]")
{
    const QString html = renderHtml(sample(QStringLiteral("zh")));
    CHECK(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
    CHECK(html.contains(QStringLiteral("<h1 id=\"s1\">差距分析</h1>")));
    CHECK(html.contains(QStringLiteral("<svg")));
    CHECK(html.contains(QStringLiteral("data:image/png;base64,")));
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http")));
    CHECK(html.contains(QStringLiteral("<tr class=\"bad\">")));
}

TEST_CASE("sheet names are valid and unique", "[report][xlsx]")
{
    CHECK(sheetName(QStringLiteral("A/B: [x]"), {}) == QStringLiteral("A_B_ _x_"));
    CHECK(sheetName(QStringLiteral("Findings"), {QStringLiteral("findings")}) ==
          QStringLiteral("Findings (2)"));
    CHECK(sheetName(QString(40, QLatin1Char('x')), {}).size() == 31);
}

TEST_CASE("write sample renderings for visual review", "[.][samples]")
{
    // Hidden: run with `report_tests "[samples]"` and CW_SAMPLES_DIR set, then look at the files.
    const QString dir = qEnvironmentVariable("CW_SAMPLES_DIR", QStringLiteral("/tmp"));
    for (const auto& lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        const auto doc = sample(lang);
        CHECK(renderPdf(doc, dir + QStringLiteral("/sample-%1.pdf").arg(lang)).isEmpty());
        CHECK(renderOdt(doc, dir + QStringLiteral("/sample-%1.odt").arg(lang)).isEmpty());
        CHECK(renderXlsx(doc, dir + QStringLiteral("/sample-%1.xlsx").arg(lang)).isEmpty());
    }
}
