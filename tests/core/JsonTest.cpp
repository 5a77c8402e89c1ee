#include "common/Json.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

TEST_CASE("JSON syntax errors name the source, line and column", "[json]")
{
    try {
        (void)cw::parseJson("{\n  \"a\": 1,\n  \"b\": ]\n}", "data.json");
        FAIL("no error");
    } catch (const cw::Error& e) {
        CHECK(e.code() == cw::ErrorCode::InvalidInput);
        CHECK_THAT(e.what(), Catch::StartsWith("data.json: line 3, column 8"));
    }
}

TEST_CASE("JsonNode reports the JSON path of a wrong value", "[json]")
{
    const auto doc = cw::parseJson(R"({"items": [{"name": "ok"}, {"name": 5}], "n": "x"})", "f.json");
    const cw::JsonNode root(doc, "f.json");
    const auto items = root.at("items").array();
    CHECK(items[0].str("name") == "ok");
    CHECK_THROWS_WITH(items[1].str("name"), "f.json: $.items[1].name: expected a string, found an integer");
    CHECK_THROWS_WITH(root.at("n").integer(), "f.json: $.n: expected an integer, found a string");
    CHECK_THROWS_WITH(root.at("missing"), "f.json: $: the required field 'missing' is missing");
    CHECK_THROWS_WITH(root.allowOnly({"items"}), "f.json: $.n: unknown field");
    CHECK_FALSE(root.find("absent").has_value());
}

TEST_CASE("integer ranges are enforced", "[json]")
{
    const auto doc = cw::parseJson(R"({"level": 7})", "f.json");
    const cw::JsonNode root(doc, "f.json");
    CHECK_THROWS_WITH(root.at("level").integerIn(1, 4), Catch::Contains("$.level: must be between 1 and 4"));
}

TEST_CASE("a number too large for any type is a clean error naming the source", "[json]")
{
    // Found by fuzz_interchange: nlohmann reports this as out_of_range, not parse_error.
    for (const char* text : {R"({"format": "conformance-workbench", "version": 1e4444444444444})", "[1e999]",
                             "-1e400"}) {
        INFO(text);
        try {
            (void)cw::parseJson(text, "big.json");
            FAIL("no error");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK(std::string(e.what()).rfind("big.json: not valid JSON (number overflow", 0) == 0);
        }
    }
}
