#include "UiTestSupport.h"

#include "shell/CommandLine.h"

#include <QProcess>
#include <QProcessEnvironment>

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

TEST_CASE("wrong arguments are answered without a window", "[commandline]")
{
    // Without a display, creating the window would abort; the error must come first.
    CHECK(CommandLine::asksForInformation(args({"--bogus"})));
    CHECK(CommandLine::asksForInformation(args({"a.cwb", "b.cwb"})));
    CHECK(CommandLine::asksForInformation(args({"--demo", "a.cwb"})));
    CHECK_FALSE(CommandLine::asksForInformation(args({"a.cwb"})));
    CHECK_FALSE(CommandLine::asksForInformation(args({})));
}

TEST_CASE("the program reports wrong arguments and exits 2 even with no display", "[commandline]")
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // would abort if reached
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(CW_TEST_GUI_BINARY), {QStringLiteral("--bogus")});
    REQUIRE(gui.waitForFinished(20000));
    CHECK(gui.exitStatus() == QProcess::NormalExit);
    CHECK(gui.exitCode() == 2);
    CHECK(QString::fromLocal8Bit(gui.readAllStandardError()).contains(QStringLiteral("bogus")));
}
