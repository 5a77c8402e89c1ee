// Bounded memory on hostile checklists: sparse rows, caps on cells, text and columns; checklist
// files that are FIFOs or devices are refused without blocking.
#include "TestSupport.h"
#include "XlsxTestFiles.h"

#include "assessment/ChecklistImport.h"
#include "assessment/Spreadsheet.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using Catch::Contains;

namespace {

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/// `rows` rows, each with one inline-string cell in column `column` (and a ref in A when asked).
std::string rowsAt(std::size_t rows, const std::string& column, bool withRef = false)
{
    std::string data;
    for (std::size_t i = 1; i <= rows; ++i) {
        const auto n = std::to_string(i);
        data += "<row r=\"" + n + "\">";
        if (withRef)
            data +=
                "<c r=\"A" + n + "\" t=\"inlineStr\"><is><t>4." + std::to_string(i % 4 + 1) + "</t></is></c>";
        data += "<c r=\"" + column + n + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    }
    return data;
}

void requireRefused(const std::string& bytes, const std::string& message, const cw::SheetLimits& limits = {})
{
    try {
        (void)cw::readXlsx(bytes, "hostile.xlsx", "Checklist", limits);
        FAIL("accepted; expected: " << message);
    } catch (const cw::Error& e) {
        CHECK(e.code() == cw::ErrorCode::InvalidInput);
        CHECK_THAT(e.what(), Contains(message));
    }
}

} // namespace

TEST_CASE("a checklist with a cell at column XFD in every row stays small", "[assessment][xlsx][bounds]")
{
    // Before: each such row held 16,384 strings (512 KiB); 4,000 rows (a 22 KB file) took 2 GB
    // and 20,000 rows (105 KB) ended in bad_alloc. Now a row holds the cells that have text.
    const std::string bytes = cwtest::minimalXlsx(rowsAt(4'000, "XFD", true));
    const long before = peakRssKb();
    const auto sheet = cw::readXlsx(bytes, "hostile.xlsx", "Checklist");
    const long grownKb = peakRssKb() - before;
    REQUIRE(sheet.rows.size() == 4'000);
    CHECK(sheet.rows[0].cells.size() == 2);
    CHECK(sheet.rows[0].width() == 16'384);
    CHECK(sheet.rows[0].cell(0) == "4.2");
    CHECK(sheet.rows[0].cell(16'383) == "x");
    CHECK(sheet.rows[0].cell(16'382).empty());
    CHECK(sheet.rows[3'999].line == 4'000);
    CHECK(cw::usedColumns(sheet) == std::vector<std::size_t>{0, 16'383});
    INFO("peak grew by " << grownKb << " KB");
    CHECK(grownKb < 64 * 1024);
    // The mapping looks at the columns that hold text only, and still finds the refs in A.
    const auto m = cw::detectChecklistMapping(sheet);
    CHECK(m.columnOf(cw::ChecklistField::Ref) == 0u);
}

TEST_CASE("cells out of order or given twice are sorted, the last one wins", "[assessment][xlsx][bounds]")
{
    const auto s =
        cw::readXlsx(cwtest::minimalXlsx("<row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"A1\"><v>1</v></c>"
                                         "<c r=\"C1\"><v>33</v></c><c r=\"B1\"><v>2</v></c></row>"),
                     "t.xlsx", "Checklist");
    REQUIRE(s.rows.size() == 1);
    CHECK(s.rows[0].cells == std::vector<cw::SheetCell>{{0, "1"}, {1, "2"}, {2, "33"}});
}

TEST_CASE("checklists over the caps are refused naming the cell", "[assessment][xlsx][bounds][failure]")
{
    // A cell longer than Excel allows (32,767 characters), counted in characters, not bytes.
    const std::string longText(32'768, 'a');
    requireRefused(
        cwtest::minimalXlsx("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>" + longText +
                            "</t></is></c></row>"),
        "hostile.xlsx: sheet 'Checklist', cell B1: holds 32768 characters, more than the 32767 a cell "
        "can hold");
    std::string chinese;
    for (int i = 0; i < 20'000; ++i)
        chinese += "符";
    CHECK_NOTHROW(cw::readXlsx(cwtest::minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" +
                                                   chinese + "</t></is></c></row>"),
                               "t.xlsx", "Checklist")); // 60,000 bytes, 20,000 characters

    // One shared string of 30,000 characters used by every cell: a small file, a lot of text.
    std::string shared = "<si><t>" + std::string(30'000, 's') + "</t></si>";
    std::string data;
    for (int i = 1; i <= 100; ++i)
        data += "<row r=\"" + std::to_string(i) + "\"><c r=\"A" + std::to_string(i) +
                "\" t=\"s\"><v>0</v></c></row>";
    cw::SheetLimits small;
    small.maxTextBytes = 1'000'000;
    requireRefused(cwtest::minimalXlsx(data, shared),
                   "cell A34: the sheet holds more than 1000000 bytes of text, more than a checklist needs",
                   small);

    small = {};
    small.maxCells = 1'000;
    requireRefused(cwtest::minimalXlsx(rowsAt(1'001, "C")),
                   "cell C1001: the sheet holds more than 1000 cells with text, more than a checklist needs",
                   small);
    std::string items;
    for (int i = 0; i < 1'001; ++i)
        items += "<si><t>x</t></si>";
    requireRefused(cwtest::minimalXlsx("", items), "xl/sharedStrings.xml holds more than 1000 shared strings",
                   small);

    // More different columns with text than a checklist has.
    std::string wide = "<row r=\"1\">";
    for (std::size_t c = 0; c < 1'025; ++c)
        wide += "<c r=\"" + cw::columnLetters(c * 10) + "1\"><v>1</v></c>";
    wide += "</row>";
    requireRefused(cwtest::minimalXlsx(wide),
                   "cell " + cw::columnLetters(10'240) +
                       "1: the sheet holds more than 1024 different columns with text");
}

TEST_CASE("a checklist file that is a FIFO or a device is refused at once",
          "[assessment][xlsx][bounds][failure]")
{
    cwtest::TempDir dir;
    const auto fifo = dir / "checklist.xlsx";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto read = std::async(std::launch::async, [&] {
        try {
            (void)cw::readSheetFile(fifo);
            return std::string("read");
        } catch (const cw::Error& e) {
            return std::string(e.what());
        }
    });
    const bool ended = read.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!ended) { // unblock the reader so the test ends
        const int fd = ::open(fifo.c_str(), O_WRONLY);
        if (fd >= 0)
            ::close(fd);
    }
    REQUIRE(ended);
    CHECK_THAT(read.get(), Contains("checklist.xlsx: a FIFO (named pipe), not an ordinary file"));
    CHECK_THROWS_WITH(cw::readSheetFile("/dev/zero"), Contains("/dev/zero: a device"));
    // Larger than a checklist file may be: refused before reading (a sparse file).
    const auto big = dir / "big.csv";
    cwtest::writeFile(big, "");
    std::filesystem::resize_file(big, cw::kMaxSheetFileBytes + 1);
    CHECK_THROWS_WITH(cw::readSheetFile(big), Contains("larger than the 32 MiB allowed for a checklist"));
}
