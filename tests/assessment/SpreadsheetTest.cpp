#include "TestSupport.h"
#include "XlsxTestFiles.h"

#include "assessment/Spreadsheet.h"
#include "assessment/XmlScanner.h"
#include "assessment/ZipArchive.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using Catch::Contains;

TEST_CASE("column letters", "[assessment][xlsx]")
{
    CHECK(cw::columnLetters(0) == "A");
    CHECK(cw::columnLetters(25) == "Z");
    CHECK(cw::columnLetters(26) == "AA");
    CHECK(cw::columnLetters(16383) == "XFD");
    CHECK(cw::columnFromLetters("xfd") == 16383u);
    CHECK(cw::columnFromLetters("C") == 2u);
    CHECK_FALSE(cw::columnFromLetters("C1").has_value());
    CHECK_FALSE(cw::columnFromLetters("").has_value());
}

TEST_CASE("a hand-made stored workbook: shared, inline and rich strings, numbers, cell refs",
          "[assessment][xlsx]")
{
    const std::string shared = "<si><t>Clause</t></si>"
                               "<si><t xml:space=\"preserve\">Status </t></si>"
                               "<si><r><rPr><b/></rPr><t>部分</t></r><r><t>符合</t></r><rPh sb=\"0\" "
                               "eb=\"2\"><t>ぶぶん</t></rPh></si>"
                               "<si><t>Tom &amp; Jerry &lt;QA&gt; &#x4E2D;&#25991; line_x000D_break</t></si>";
    const std::string data =
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>4.0999999999999996</v></c><c r=\"C3\" t=\"s\"><v>2</v></c>"
        "<c r=\"D3\" t=\"inlineStr\"><is><t>inline</t></is></c><c r=\"E3\" t=\"b\"><v>1</v></c>"
        "<c r=\"F3\" t=\"str\"><f>A3&amp;\"\"</f><v>4.1</v></c><c r=\"G3\"><v>3</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" t=\"s\"><v>3</v></c><c r=\"H5\"/></row>"
        "<row r=\"6\"><c r=\"A6\"/></row>";
    for (const bool prefixed : {false, true}) {
        INFO("prefixed " << prefixed);
        const auto sheet = cw::readXlsx(cwtest::minimalXlsx(data, shared, "Checklist", prefixed), "t.xlsx");
        CHECK(sheet.name == "Cover"); // the first sheet of the workbook
        CHECK(sheet.sheetNames == std::vector<std::string>{"Cover", "Checklist"});
        CHECK(sheet.rows.empty());
        const auto s =
            cw::readXlsx(cwtest::minimalXlsx(data, shared, "Checklist", prefixed), "t.xlsx", "Checklist");
        REQUIRE(s.rows.size() == 3); // the empty row 6 is left out
        CHECK(s.rows[0].line == 2);
        CHECK(s.rows[0].cell(0) == "Clause");
        CHECK(s.rows[0].cell(1).empty());
        CHECK(s.rows[0].cell(2) == "Status ");
        CHECK(s.rows[1].cell(0) == "4.1");
        CHECK(s.rows[1].cell(2) == "部分符合"); // phonetic run left out
        CHECK(s.rows[1].cell(3) == "inline");
        CHECK(s.rows[1].cell(4) == "TRUE");
        CHECK(s.rows[1].cell(5) == "4.1");
        CHECK(s.rows[1].cell(6) == "3");
        CHECK(s.rows[2].line == 5);
        CHECK(s.rows[2].cell(1) == "Tom & Jerry <QA> 中文 line\rbreak");
    }
}

TEST_CASE("damaged workbooks are refused with a clear message", "[assessment][xlsx][failure]")
{
    const std::string good =
        cwtest::minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "<si><t>x</t></si>");
    CHECK_THROWS_WITH(cw::readXlsx("hello", "a.xlsx"), Contains("a.xlsx: not a ZIP archive"));
    CHECK_THROWS_WITH(cw::readXlsx(good.substr(0, good.size() - 30), "a.xlsx"),
                      Contains("truncated or damaged"));
    std::string flipped = good;
    const auto at = flipped.find("<si><t>x</t>");
    flipped[at + 7] = 'y'; // content changes, CRC does not
    CHECK_THROWS_WITH(cw::readXlsx(flipped, "a.xlsx"), Contains("checksum mismatch"));
    CHECK_THROWS_WITH(cw::readXlsx(good, "a.xlsx", "Nope"),
                      Contains("no sheet named 'Nope' (it has 'Cover', 'Checklist')"));
    CHECK_THROWS_WITH(
        cw::readXlsx(cwtest::minimalXlsx("<row><c t=\"s\"><v>7</v></c></row>", "<si><t>x</t></si>"), "a.xlsx",
                     "Checklist"),
        Contains("cell A1: refers to shared string '7'"));
    CHECK_THROWS_WITH(
        cw::readXlsx(cwtest::minimalXlsx("<row><c r=\"A1><v>1</v></c></row>", ""), "a.xlsx", "Checklist"),
        Contains("malformed XML"));
    CHECK_THROWS_WITH(cw::readXlsx(cwtest::storedZip({{"a.txt", "x"}}), "a.xlsx"),
                      Contains("not an XLSX workbook"));
}

TEST_CASE("real workbooks written by libxlsxwriter are read", "[assessment][xlsx]")
{
    cwtest::TempDir dir;
    const std::vector<std::vector<std::string>> rows{
        {"条款", "状态", "备注"},
        {"4.1", "符合", "已有环境分析"},
        {"8.5.1.1", "部分符合", ""},
        {"10.2", "3", "数字"},
    };
    for (const bool inlineStrings : {false, true}) {
        INFO("inline strings " << inlineStrings);
        const auto file = dir / (inlineStrings ? "inline.xlsx" : "shared.xlsx");
        cwtest::writeRealXlsx(file, rows, inlineStrings);
        const auto sheet = cw::readSheetFile(file);
        CHECK(sheet.name == "Gap analysis");
        REQUIRE(sheet.rows.size() == 4);
        CHECK(sheet.rows[0].line == 1);
        CHECK(sheet.rows[1].cells ==
              std::vector<cw::SheetCell>{{0, "4.1"}, {1, "符合"}, {2, "已有环境分析"}});
        CHECK(sheet.rows[2].cell(0) == "8.5.1.1");
        CHECK(sheet.rows[3].cell(1) == "3");
    }
    // The entries are deflated: the zlib path was taken.
    const cw::ZipArchive zip(cwtest::readFile(dir / "shared.xlsx"), "shared.xlsx");
    CHECK(zip.contains("xl/worksheets/sheet1.xml"));
}

TEST_CASE("spreadsheet files: CSV, XLSX by content, old .xls refused", "[assessment][xlsx]")
{
    cwtest::TempDir dir;
    cwtest::writeFile(dir / "c.csv", "Clause,Status\n\n4.1,Yes\n,\n");
    const auto csv = cw::readSheetFile(dir / "c.csv");
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows[1].line == 3);
    CHECK_THROWS_WITH(cw::readSheetFile(dir / "c.csv", "Sheet1"), Contains("a CSV file has no sheets"));
    cwtest::writeFile(dir / "old.xls", std::string("\xD0\xCF\x11\xE0", 4));
    CHECK_THROWS_WITH(cw::readSheetFile(dir / "old.xls"), Contains("old binary .xls format"));
    CHECK_THROWS_AS(cw::readSheetFile(dir / "missing.xlsx"), cw::Error);
    cwtest::writeFile(dir / "named.csv", cwtest::minimalXlsx("", ""));
    CHECK(cw::readSheetFile(dir / "named.csv").name == "Cover"); // content decides
}

TEST_CASE("the XML scanner decodes entities and skips markup it does not need", "[assessment][xlsx]")
{
    CHECK(cw::XmlScanner::decode("a &amp; b &#65;&#x42; &unknown; &") == "a & b AB &unknown; &");
    cw::XmlScanner scan("<?xml version=\"1.0\"?><!-- c --><a x:b='1 &lt; 2'><![CDATA[<raw>]]><c/></a>",
                        "t.xml");
    cw::XmlScanner::Token t;
    REQUIRE(scan.next(t));
    CHECK(t.kind == cw::XmlScanner::Kind::Open);
    CHECK(t.name == "a");
    CHECK(t.attribute("b") == "1 < 2");
    REQUIRE(scan.next(t));
    CHECK(t.text == "<raw>");
    REQUIRE(scan.next(t));
    CHECK((t.kind == cw::XmlScanner::Kind::Open && t.name == "c" && t.selfClosing));
    REQUIRE(scan.next(t));
    CHECK((t.kind == cw::XmlScanner::Kind::Close && t.name == "c"));
    REQUIRE(scan.next(t));
    CHECK((t.kind == cw::XmlScanner::Kind::Close && t.name == "a"));
    CHECK_FALSE(scan.next(t));
}
