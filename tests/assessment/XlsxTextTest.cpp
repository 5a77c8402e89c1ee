// XLSX cells whose text is not UTF-8 are refused naming the cell (docs/reliability.md, "Untrusted
// text"): such text would be stored and break every JSON output later.
#include "XlsxTestFiles.h"

#include "assessment/Spreadsheet.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using Catch::Contains;

TEST_CASE("an XLSX cell that is not UTF-8 is refused naming the sheet and cell", "[assessment][xlsx][text]")
{
    const auto refused = [](const std::string& data, const std::string& shared) {
        try {
            (void)cw::readXlsx(cwtest::minimalXlsx(data, shared), "c.xlsx", "Checklist");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    // A shared string with a stray byte, an inline string, a character reference to a surrogate
    // and an OOXML "_xD800_" escape: each names its cell.
    CHECK(refused("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>",
                  "<si><t>ok</t></si><si><t>caf\xE9</t></si>") ==
          "c.xlsx: sheet 'Checklist', cell B1: the text is not valid UTF-8 (at byte 3)");
    CHECK_THAT(refused("<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>\xC3(</t></is></c></row>", ""),
               Contains("cell C2: the text is not valid UTF-8"));
    CHECK_THAT(refused("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>x&#xD800;</t></is></c></row>", ""),
               Contains("cell A3: the text is not valid UTF-8"));
    CHECK_THAT(refused("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>x_xD800_</t></is></c></row>", ""),
               Contains("cell A4: the text is not valid UTF-8"));
    // Valid text in any script is read as it is.
    const auto ok = cw::readXlsx(cwtest::minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                                                     "<si><t>事件管理 =1+2</t></si>"),
                                 "c.xlsx", "Checklist");
    REQUIRE(ok.rows.size() == 1);
    CHECK(ok.rows[0].cell(0) == "事件管理 =1+2");
}
