#include "common/Csv.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

TEST_CASE("CSV parsing follows RFC 4180 and tracks lines", "[csv]")
{
    const auto rows =
        cw::parseCsv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n", "t.csv");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "b", "c"});
    CHECK(rows[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
    CHECK(rows[1].line == 2);
    CHECK(rows[2].line == 5);
    CHECK(rows[2].fields == std::vector<std::string>{"last", "", ""});
}

TEST_CASE("semicolon-separated CSV from European Excel is recognised", "[csv]")
{
    const auto rows = cw::parseCsv("ref;title\n1;Eins, zwei\n", "t.csv");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields == std::vector<std::string>{"1", "Eins, zwei"});
}

TEST_CASE("malformed CSV is refused with its line", "[csv][failure]")
{
    CHECK_THROWS_WITH(cw::parseCsv("a,b\n\"open,x\n", "t.csv"),
                      "t.csv: line 2: a quoted field is never closed");
    CHECK_THROWS_WITH(cw::parseCsv("a,b\n\"q\"x,y\n", "t.csv"), "t.csv: line 2: text after a closing quote");
    CHECK_FALSE(cw::isValidUtf8("\xC3"));
    CHECK(cw::isValidUtf8("事件"));
}
