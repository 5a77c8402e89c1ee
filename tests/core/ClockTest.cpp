#include "common/Clock.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using namespace std::chrono;

TEST_CASE("UTC times and dates format and parse back", "[clock]")
{
    const cw::TimePoint t = sys_days{2026y / November / 22} + 8h + 5min + 9s;
    CHECK(cw::formatUtc(t) == "2026-11-22T08:05:09Z");
    CHECK(cw::parseUtc("2026-11-22T08:05:09Z", "x") == t);
    CHECK(cw::formatDate(2026y / February / 3d) == "2026-02-03");
    CHECK(cw::parseDate("2024-02-29", "x") == 2024y / February / 29d);
}

TEST_CASE("malformed dates are refused with the field named", "[clock]")
{
    CHECK_THROWS_WITH(cw::parseDate("2023-02-29", "$.due"),
                      Catch::Contains("$.due") && Catch::Contains("2023-02-29"));
    CHECK_THROWS_AS(cw::parseDate("22/11/2026", "d"), cw::Error);
    CHECK_THROWS_AS(cw::parseUtc("2026-11-22 08:00:00", "t"), cw::Error);
    CHECK_THROWS_AS(cw::parseUtc("2026-11-22T25:00:00Z", "t"), cw::Error);
}

TEST_CASE("a fixed clock pins today", "[clock]")
{
    cw::FixedClock clock(sys_days{2026y / March / 31} + 23h + 59min);
    CHECK(clock.today() == 2026y / March / 31d);
    clock.set(sys_days{2026y / April / 1});
    CHECK(clock.today() == 2026y / April / 1d);
}
