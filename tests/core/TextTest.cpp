// Untrusted text in the core: UTF-8 validation and repair, terminal rendering, CSV cells, JSON
// duplicate keys and output, and the readers that validate UTF-8 (CISO Assistant YAML, CSV).
#include "catalog/CatalogImport.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "common/Json.h"
#include "common/Utf8.h"
#include "documents/Attachments.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cw;

namespace {

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.what();
    }
    FAIL("no error");
    return {};
}

} // namespace

TEST_CASE("UTF-8 validation follows Unicode table 3-7", "[text]")
{
    CHECK(utf8::isValid(""));
    CHECK(utf8::isValid("ISO/IEC 20000-1 事件管理 \xF0\x9F\x98\x80 \xC2\x80 \xEF\xBF\xBF"));
    CHECK(utf8::isValid(std::string("nul\0inside", 10))); // NUL is valid UTF-8; codes refuse it
    CHECK(utf8::firstInvalid("ab\xff") == 2u);
    CHECK(utf8::firstInvalid("\xC3") == 0u);             // truncated
    CHECK(utf8::firstInvalid("x\xC0\xAF") == 1u);        // overlong '/'
    CHECK(utf8::firstInvalid("\xE0\x80\xAF") == 0u);     // overlong, three bytes
    CHECK(utf8::firstInvalid("ok\xED\xA0\x80") == 2u);   // surrogate U+D800
    CHECK(utf8::firstInvalid("\xF4\x90\x80\x80") == 0u); // above U+10FFFF
    CHECK(utf8::firstInvalid("\xF5\x80\x80\x80") == 0u);
    CHECK(utf8::firstInvalid("\x80") == 0u);         // a lone continuation byte
    CHECK(utf8::firstInvalid("事件\xE4\xBA") == 6u); // cut in the middle of a character
    // The old CSV check accepted overlong forms and surrogates; it now is the same check.
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));
}

TEST_CASE("repair replaces each maximal ill-formed subpart by one U+FFFD", "[text]")
{
    const std::string r = "\xEF\xBF\xBD";
    CHECK(utf8::repaired("事件 ok") == "事件 ok");
    CHECK(utf8::repaired("a\xff"
                         "b") == "a" + r + "b");
    CHECK(utf8::repaired("\xE4\xBA"
                         "x") == r + "x");              // one subpart of two bytes
    CHECK(utf8::repaired("\xC0\xAF") == r + r);         // C0 never starts a sequence
    CHECK(utf8::repaired("\xED\xA0\x80") == r + r + r); // surrogate: ED then two strays
    CHECK(utf8::repaired("\xF0\x9F\x98") == r);         // truncated four-byte
    CHECK(utf8::isValid(utf8::repaired("\xff\xfe\xC3\xE0\x80 \xF4\x90")));
}

TEST_CASE("text for a terminal shows controls, escapes and bidi controls escaped", "[text]")
{
    using utf8::forTerminal;
    using utf8::Layout;
    CHECK(forTerminal("plain 事件 \\ text") == "plain 事件 \\ text");
    CHECK(forTerminal("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
    CHECK(forTerminal("bell\x07 del\x7f nul" + std::string(1, '\0')) == "bell\\x07 del\\x7f nul\\x00");
    CHECK(forTerminal("csi\xC2\x9B"
                      "2J") == "csi\\u009b2J"); // C1 control
    CHECK(forTerminal("a\xE2\x80\xAE"
                      "b\xE2\x81\xA6"
                      "c") == "a\\u202eb\\u2066c"); // bidi controls
    CHECK(forTerminal("bad \xff") == "bad \xEF\xBF\xBD");
    CHECK(forTerminal("one\ntwo\tthree\r\nfour\rfive") == "one\ntwo\tthree\r\nfour\\x0dfive");
    CHECK(forTerminal("one\ntwo\tthree", Layout::OneLine) == "one\\x0atwo\\x09three");
}

TEST_CASE("a code or file name holding a control, a bidi control or invalid UTF-8 is refused", "[text]")
{
    CHECK_FALSE(utf8::lineTextProblem("NC-2026-001"));
    CHECK_FALSE(utf8::lineTextProblem("报告 v1.2 (final).docx"));
    CHECK(utf8::lineTextProblem(std::string("NC\0", 3)) ==
          "it holds the control character U+0000 at offset 2");
    CHECK(utf8::lineTextProblem("a\x1b[2J") == "it holds the control character U+001B at offset 1");
    CHECK(utf8::lineTextProblem("x\xC2\x85") == "it holds the control character U+0085 at offset 1");
    CHECK(utf8::lineTextProblem("invoice\xE2\x80\xAE"
                                "fdp.exe") == "it holds the bidirectional control U+202E at offset 7");
    CHECK(utf8::lineTextProblem("\xE2\x81\xA9") == "it holds the bidirectional control U+2069 at offset 0");
    CHECK(utf8::lineTextProblem("ab\xff") == "it is not valid UTF-8 (byte 0xff at offset 2)");

    CHECK(isSafeAttachmentName("报告 v1.2 (final).docx"));
    CHECK_FALSE(isSafeAttachmentName("invoice\xE2\x80\xAE"
                                     "fdp.exe"));
    CHECK_FALSE(isSafeAttachmentName("name\xff.pdf"));
    CHECK(attachmentNameProblem("a/b") == "a file name must not hold '/', '\\' or ':'");
    CHECK(attachmentNameProblem("..") == "a file name must not be empty, '.' or '..'");
    CHECK(attachmentNameProblem("x\xE2\x80\x8F.pdf") ==
          "it holds the bidirectional control U+200F at offset 1");
}

TEST_CASE("CSV cells that a spreadsheet would read as a formula get a single quote", "[text][csv]")
{
    CHECK(csvField("=1+2") == "'=1+2");
    CHECK(csvField("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(csvField("-2+3") == "'-2+3");
    CHECK(csvField("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvField("\t=1") == "'\t=1");
    CHECK(csvField("\r=1") == "\"'\r=1\"");
    CHECK(csvField("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    // Plain numbers are numbers, not formulas: left alone.
    CHECK(csvField("-3") == "-3");
    CHECK(csvField("+4.5") == "+4.5");
    CHECK(csvField("-") == "'-");
    CHECK(csvField("-3.") == "'-3.");
    CHECK(csvField("-1e3") == "'-1e3");
    // Everything else as before: quoted only when needed.
    CHECK(csvField("8.6.1") == "8.6.1");
    CHECK(csvField("a, b") == "\"a, b\"");
    CHECK(csvField(" padded ") == "\" padded \"");
    CHECK(csvField("x=1") == "x=1");
    CHECK(csvLine({"=a", "b", ""}) == "'=a,b,\r\n");
}

TEST_CASE("a key twice in one JSON object is refused with its path", "[text][json]")
{
    CHECK(errorOf([] { (void)parseJson(R"({"a": 1, "a": 2})", "t.json"); }) ==
          "t.json: $.a: the key appears twice in the object");
    CHECK(errorOf([] {
              (void)parseJson(
                  R"({"documents": [{"code": "A"}, 7, [1], {"code": "B", "x": {"y": 1, "y": 1}}]})",
                  "t.json");
          }) == "t.json: $.documents[3].x.y: the key appears twice in the object");
    // The same key in different objects, and keys differing only in case, are fine.
    const auto ok =
        parseJson(R"({"a": {"k": 1}, "b": {"k": 2}, "K": 3, "k": [ {"k": 1}, {"k": 2} ]})", "t.json");
    CHECK(ok["b"]["k"] == 2);
    CHECK(ok["k"][1]["k"] == 2);
    // Invalid UTF-8 inside a JSON string is a syntax error with its position.
    CHECK_THAT(errorOf([] { (void)parseJson("{\"a\": \"x\xff\"}", "t.json"); }),
               Catch::StartsWith("t.json: line 1, column "));
}

TEST_CASE("JSON output replaces invalid UTF-8 instead of failing", "[text][json]")
{
    nlohmann::ordered_json j{{"title", "Bad \xff title"}, {"ok", "事件"}};
    CHECK_THROWS_AS(j.dump(2, ' ', false), nlohmann::json::type_error); // what every output did
    CHECK(dumpJson(j) == "{\n  \"title\": \"Bad \xEF\xBF\xBD title\",\n  \"ok\": \"事件\"\n}");
    CHECK(dumpJson(nlohmann::json{{"esc", "\x1b[2J"}}, -1) == "{\"esc\":\"\\u001b[2J\"}");
}

TEST_CASE("CISO Assistant YAML and CSV catalogs that are not UTF-8 are refused naming the line", "[text]")
{
    const std::string yaml =
        "urn: urn:x\nobjects:\n  framework:\n    urn: urn:intuitem:risk:framework:t\n"
        "    name: Test\n    requirement_nodes:\n      - urn: urn:t:1\n        ref_id: '1'\n"
        "        name: \"Caf\xE9 policy\"\n";
    CHECK(errorOf([&] { (void)parseCisoAssistantYaml(yaml, "t.yaml"); }) ==
          "t.yaml: line 9: objects.framework.requirement_nodes[0].name is not valid UTF-8 (byte 0xe9 at "
          "offset 3)");
    // An escape that makes a surrogate is refused too.
    std::string escaped = yaml;
    escaped.replace(escaped.find("Caf\xE9"), 4, "Caf\\uD800");
    CHECK_THAT(errorOf([&] { (void)parseCisoAssistantYaml(escaped, "t.yaml"); }),
               Catch::StartsWith("t.yaml: line 9"));
    CHECK(errorOf([] { (void)parseCsv("ref,title\n1,ok\n2,caf\xE9\n", "t.csv"); }) ==
          "t.csv: line 3: the file is not UTF-8 text (save it as CSV UTF-8)");
}
