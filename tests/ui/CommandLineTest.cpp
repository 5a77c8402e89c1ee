#include "UiTestSupport.h"

#include "shell/CommandLine.h"

#include <catch2/catch.hpp>

using cw::ui::CommandLine;

namespace {
QStringList args(std::initializer_list<const char*> list)
{
    QStringList out{QStringLiteral("conformance-workbench")};
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}
} // namespace

TEST_CASE("the command line takes a file or --demo", "[commandline]")
{
    cwtest::UiFixture fx;
    CommandLine none;
    REQUIRE(none.parse(args({})));
    CHECK_FALSE(none.demo());
    CHECK(none.file().isEmpty());

    CommandLine file;
    REQUIRE(file.parse(args({"审核 2026.cwb"})));
    CHECK(file.file() == QStringLiteral("审核 2026.cwb"));

    CommandLine demo;
    REQUIRE(demo.parse(args({"--demo"})));
    CHECK(demo.demo());

    CommandLine both;
    CHECK_FALSE(both.parse(args({"--demo", "a.cwb"})));
    CHECK_FALSE(both.errorText().isEmpty());
    CommandLine two;
    CHECK_FALSE(two.parse(args({"a.cwb", "b.cwb"})));
    CommandLine unknown;
    CHECK_FALSE(unknown.parse(args({"--frobnicate"})));
}

TEST_CASE("--help and --version need no window", "[commandline]")
{
    CHECK(CommandLine::asksForInformation(args({"--help"})));
    CHECK(CommandLine::asksForInformation(args({"-v"})));
    CHECK(CommandLine::asksForInformation(args({"--help-all"})));
    CHECK_FALSE(CommandLine::asksForInformation(args({"--demo"})));
    CHECK_FALSE(CommandLine::asksForInformation(args({"--", "--help"})));
}
