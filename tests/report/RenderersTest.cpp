// Every renderer produces a file a real reader accepts, with the Chinese text intact.
#include "TestSupport.h"

#include "HtmlRenderer.h"
#include "OdtRenderer.h"
#include "PdfRenderer.h"
#include "PdfTextFix.h"
#include "ReportDocument.h"
#include "TextDocumentBuilder.h"
#include "XlsxRenderer.h"
#include "assessment/Spreadsheet.h"
#include "assessment/ZipArchive.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRawFont>
#include <QTextDocument>
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

namespace {

/// A document whose Latin text mixes digits, punctuation and Chinese in every place the PDF draws
/// text: title (running header), heading, paragraph, key-value rows, table and footer.
ReportDocument digitsSample(const QString& lang)
{
    ReportDocument d;
    d.language = lang;
    d.title = QStringLiteral("ISO/IEC 20000-1:2018 readiness 2026");
    d.cover.title = d.title;
    d.cover.subtitle = QStringLiteral("Release 3.14 of 24x7 operations");
    d.cover.facts = {{QStringLiteral("Standard"), QStringLiteral("ISO/IEC 20000-1:2018 第 8.6.1 条")}};
    d.blocks << Heading{1, QStringLiteral("Clause 8.6.1 第 8.6.1 条 of ISO/IEC 20000-1")};
    d.blocks << Paragraph{QStringLiteral("The 24x7 service desk answers 95 % of calls in 30 s; see "
                                         "ISO/IEC 20000-1:2018 第 8.6.1 条 and Page 1 of 12."),
                          Paragraph::Tone::Normal};
    d.blocks << KeyValues{{{QStringLiteral("Audit window"), QStringLiteral("2026-11-22 to 2027-01-15")}}};
    Table t;
    t.headers = {QStringLiteral("Clause 2"), QStringLiteral("Reference 3")};
    t.rows << QStringList{QStringLiteral("8.6.1"), QStringLiteral("ISO/IEC 27001:2022 A.5.30")};
    t.rows << QStringList{QStringLiteral("第 4 条"), QStringLiteral("SLA 99.95 % 24x7")};
    d.blocks << t;
    d.blocks << PageBreak{};
    d.blocks << Paragraph{QStringLiteral("Second page: 1234567890 ISO 9001"), Paragraph::Tone::Muted};
    d.blocks << Paragraph{QStringLiteral("外部客户按服务级别协议 目录"), Paragraph::Tone::Normal};
    return d;
}

/// Folds the ligatures pdftotext may emit back into their letters.
std::string foldLigatures(std::string text)
{
    const std::pair<const char*, const char*> ligatures[] = {{"\xEF\xAC\x80", "ff"},
                                                             {"\xEF\xAC\x81", "fi"},
                                                             {"\xEF\xAC\x82", "fl"},
                                                             {"\xEF\xAC\x83", "ffi"},
                                                             {"\xEF\xAC\x84", "ffl"}};
    for (const auto& [from, to] : ligatures) {
        const std::string f(from);
        for (auto at = text.find(f); at != std::string::npos; at = text.find(f, at))
            text.replace(at, f.size(), to);
    }
    return text;
}

/// Destinations of every bfchar/bfrange line of the PDF's ToUnicode CMaps (Qt writes them
/// uncompressed, one entry a line) — the code points pdftotext gives the glyphs.
std::vector<std::string> toUnicodeDestinations(const std::string& pdf)
{
    std::vector<std::string> out;
    for (auto from = pdf.find("begincmap"); from != std::string::npos; from = pdf.find("begincmap", from)) {
        const auto end = pdf.find("endcmap", from);
        if (end == std::string::npos)
            break;
        std::istringstream lines(pdf.substr(from, end - from));
        std::string line;
        bool range = false;
        while (std::getline(lines, line)) {
            if (line.find("beginbfrange") != std::string::npos ||
                line.find("beginbfchar") != std::string::npos) {
                range = line.find("beginbfrange") != std::string::npos;
                continue;
            }
            if (line.empty() || line[0] != '<')
                continue;
            std::istringstream tokens(line);
            std::string token;
            for (int skip = range ? 2 : 1; skip > 0 && tokens >> token;)
                --skip;
            while (tokens >> token) {
                const auto open = token.find('<');
                if (open != std::string::npos)
                    out.push_back(token.substr(open, 6));
            }
        }
        from = end;
    }
    return out;
}

} // namespace

TEST_CASE("PDF: digits in Latin text extract exactly, next to Chinese", "[report][pdf]")
{
    for (const auto& lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        CAPTURE(lang.toStdString());
        cwtest::TempDir dir;
        const auto file = dir / "digits.pdf";
        REQUIRE(renderPdf(digitsSample(lang), QString::fromStdString(file.string())).isEmpty());
        const auto run = cwtest::runProcess("/usr/bin/pdftotext", {file.string(), "-"});
        REQUIRE(run.exitCode == 0);
        const std::string text = foldLigatures(run.out);
        CAPTURE(text);
        for (const char* expected :
             {"ISO/IEC 20000-1:2018 readiness 2026", "Release 3.14 of 24x7 operations",
              "ISO/IEC 20000-1:2018 第 8.6.1 条", "Clause 8.6.1 第 8.6.1 条 of ISO/IEC 20000-1",
              "The 24x7 service desk answers 95 % of calls in 30 s", "and Page 1 of 12.",
              "2026-11-22 to 2027-01-15", "Clause 2", "Reference 3", "ISO/IEC 27001:2022 A.5.30",
              "SLA 99.95 % 24x7", "Second page: 1234567890 ISO 9001", "外部客户按服务级别协议 目录"})
            CHECK_THAT(text, Catch::Contains(expected));
        // pdftotext's own spacing heuristic joins a short CJK table cell ("第4条"), with either font.
        CHECK((text.find("第 4 条") != std::string::npos || text.find("第4条") != std::string::npos));
        // Footers of the first and last page, with the page count pdfinfo reads.
        const auto info = cwtest::runProcess("/usr/bin/pdfinfo", {file.string()});
        const auto pagesAt = info.out.find("Pages:");
        REQUIRE(pagesAt != std::string::npos);
        const int pages = std::stoi(info.out.substr(pagesAt + 6));
        CHECK(pages >= 3);
        const auto footer = [&](int page) {
            return lang == QLatin1String("zh")
                       ? "第 " + std::to_string(page) + " 页，共 " + std::to_string(pages) + " 页"
                       : "Page " + std::to_string(page) + " of " + std::to_string(pages);
        };
        CHECK_THAT(text, Catch::Contains(footer(1)));
        CHECK_THAT(text, Catch::Contains(footer(pages)));
        // Spaces extract as spaces, not as the tab that shares their glyph.
        const auto destinations = toUnicodeDestinations(cwtest::readFile(file));
        CHECK_FALSE(destinations.empty());
        for (const auto& d : destinations)
            CHECK(d != "<0009>");
        // Still vector text with embedded fonts, the CJK face among them.
        const auto fonts = cwtest::runProcess("/usr/bin/pdffonts", {file.string()});
        CHECK_THAT(fonts.out, Catch::Contains("CJK"));
        CHECK_FALSE(Catch::Matches("[\\s\\S]*(Identity-H|WinAnsi)\\s+no\\s[\\s\\S]*").match(fonts.out));
    }
}

TEST_CASE("whitespace controls in ToUnicode maps become spaces, glyph ids stay", "[report][pdf]")
{
    QByteArray cmap("begincmap\n2 beginbfchar\n<0009> <0009>\n<000A> <0041>\nendbfchar\n"
                    "3 beginbfrange\n<0001> <0003> [<0050> <0009> <000D>]\n<0009> <0009> <0009>\n"
                    "<0010> <0011> <0009>\nendbfrange\nendcmap\n<0009>");
    CHECK(fixTabToUnicode(cmap) == 4);
    CHECK(cmap == QByteArray("begincmap\n2 beginbfchar\n<0009> <0020>\n<000A> <0041>\nendbfchar\n"
                             "3 beginbfrange\n<0001> <0003> [<0050> <0020> <0020>]\n<0009> <0009> <0020>\n"
                             "<0010> <0011> <0009>\nendbfrange\nendcmap\n<0009>"));
}

TEST_CASE("shared CJK glyphs extract as the code point the text drew", "[report][pdf]")
{
    const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    REQUIRE(font.isValid());
    REQUIRE(font.familyName() == QStringLiteral("Noto Sans CJK SC"));
    // The SC face draws 户 (U+6237) and the Kangxi radical ⼾ (U+2F3E) with one glyph, and 目 with
    // the glyph of ⽬ (U+2F6C); Qt names each by the lower code point, the radical.
    REQUIRE(font.glyphIndexesForString(QStringLiteral("户")) ==
            font.glyphIndexesForString(QStringLiteral("⼾")));
    REQUIRE(font.glyphIndexesForString(QStringLiteral("户")) !=
            font.glyphIndexesForString(QStringLiteral("戶")));
    const QByteArray before("begincmap\n1 beginbfchar\n<0003> <2F3E>\nendbfchar\n"
                            "1 beginbfrange\n<0001> <0002> [<2F6C> <8BA4>]\nendbfrange\nendcmap\n");
    QByteArray cmap = before;
    CHECK(fixSharedGlyphs(cmap, font, QStringLiteral("客户 目录 认证")) == 2);
    CHECK(cmap == QByteArray("begincmap\n1 beginbfchar\n<0003> <6237>\nendbfchar\n"
                             "1 beginbfrange\n<0001> <0002> [<76EE> <8BA4>]\nendbfrange\nendcmap\n"));
    // The radical's own decomposition is the traditional 戶, wrong for text that drew 户.
    cmap = before;
    fixCjkToUnicode(cmap);
    CHECK(cmap.contains("<6236>"));
    // Text that drew the radical itself, or both, keeps the map as Qt wrote it.
    cmap = before;
    CHECK(fixSharedGlyphs(cmap, font, QStringLiteral("⼾⽬")) == 0);
    CHECK(fixSharedGlyphs(cmap, font, QStringLiteral("户⼾")) == 0); // and 目 not drawn: ⽬ stays
    CHECK(cmap == before);
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

TEST_CASE("a preview shows the first rows of a long table and says how many more there are", "[report]")
{
    cw::report::ReportDocument doc;
    doc.language = QStringLiteral("en");
    doc.title = QStringLiteral("Long");
    doc.tableOfContents = false;
    cw::report::Table table;
    table.headers = {QStringLiteral("Ref"), QStringLiteral("Status")};
    for (int i = 1; i <= 250; ++i)
        table.rows << QStringList{QStringLiteral("row-%1").arg(i), QStringLiteral("ok")};
    doc.blocks << table;

    cw::report::TextDocumentBuilder::Options preview;
    preview.pageBreaks = false;
    preview.maxTableRows = 100;
    const QString shown = cw::report::TextDocumentBuilder::build(doc, preview)->toPlainText();
    CHECK(shown.contains(QStringLiteral("row-100")));
    CHECK_FALSE(shown.contains(QStringLiteral("row-101")));
    CHECK(shown.contains(QStringLiteral("150 more rows")));

    // The written report (no limit) has every row.
    const QString all = cw::report::TextDocumentBuilder::build(doc, {})->toPlainText();
    CHECK(all.contains(QStringLiteral("row-250")));
    CHECK_FALSE(all.contains(QStringLiteral("more rows")));

    doc.language = QStringLiteral("zh");
    CHECK(cw::report::TextDocumentBuilder::build(doc, preview)
              ->toPlainText()
              .contains(QStringLiteral("还有 150 行")));
}

TEST_CASE("XLSX: text that looks like a formula stays text", "[report][xlsx][text]")
{
    ReportDocument d;
    d.language = QStringLiteral("en");
    d.title = QStringLiteral("Findings");
    Table t;
    t.sheetName = QStringLiteral("Findings");
    t.headers = {QStringLiteral("Title"), QStringLiteral("Owner")};
    t.rows << QStringList{QStringLiteral("=HYPERLINK(\"http://x.example\",\"y\")"),
                          QStringLiteral("@SUM(1+1)")};
    d.blocks << t;
    cwtest::TempDir dir;
    const auto file = dir / "f.xlsx";
    REQUIRE(renderXlsx(d, QString::fromStdString(file.string())).isEmpty());
    const auto bytes = cwtest::readFile(file);
    const auto sheet = cw::readXlsx(bytes, "f.xlsx", "Findings");
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[1].cell(0) == "=HYPERLINK(\"http://x.example\",\"y\")"); // as typed, no quote added
    CHECK(sheet.rows[1].cell(1) == "@SUM(1+1)");
    const cw::ZipArchive zip(bytes, "f.xlsx");
    for (const auto& part : zip.names())
        if (part.rfind("xl/worksheets/", 0) == 0)
            CHECK(zip.read(part).find("<f>") == std::string::npos);
}
