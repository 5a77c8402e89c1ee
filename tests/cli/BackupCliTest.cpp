#include "TestSupport.h"

#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/Backup.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <catch2/catch.hpp>

TEST_CASE("backup copies a workspace that another program holds open for writing", "[cli][backup]")
{
    cwtest::TempDir dir;
    const auto file = dir / "live.cwb";
    REQUIRE(cwtest::runCli({"init", file.string(), "--demo"}).exitCode == 0);
    auto holder = cw::Workspace::open(file); // like the GUI: holds the write lock
    cw::setEngagementField(*holder, cw::EngagementField::Scope, "Edited while open");
    const auto dest = dir / "copy.cwb";
    const auto r = cwtest::runCli({"backup", file.string(), dest.string()});
    REQUIRE(r.exitCode == 0);
    CHECK(cwtest::runCli({"check", dest.string()}).exitCode == 0);
    auto copy = cw::Workspace::open(dest, cw::OpenMode::ReadOnly);
    CHECK(cw::loadEngagement(*copy).scope == "Edited while open");
    // Never overwrites.
    const auto again = cwtest::runCli({"backup", file.string(), dest.string()});
    CHECK(again.exitCode == 2);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    CHECK_FALSE(std::filesystem::exists(dir / "copy.cwb.partial"));
}

TEST_CASE("engagement set and show from the command line", "[cli][engagement]")
{
    cwtest::TempDir dir;
    const auto file = (dir / "e.cwb").string();
    REQUIRE(cwtest::runCli({"init", file}).exitCode == 0);
    REQUIRE(cwtest::runCli({"engagement", "set", file, "organization_zh", "恒云数据服务有限公司"}).exitCode ==
            0);
    CHECK_THAT(cwtest::runCli({"engagement", "show", file}).out, Catch::Contains("恒云数据服务有限公司"));
    const auto bad = cwtest::runCli({"engagement", "set", file, "language", "fr"});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err, Catch::Contains("'fr'"));
    CHECK(cwtest::runCli({"engagement", "set", file, "colour", "x"}).exitCode == 1);
}

TEST_CASE("a backup through a connection of its own copies a workspace held open for writing", "[backup]")
{
    cwtest::TempDir dir;
    const auto file = dir / "held.cwb";
    auto holder = cw::Workspace::create(file, {"Held", "en"});
    cw::setEngagementField(*holder, cw::EngagementField::Scope, "Written by the holder");
    const auto dest = dir / "copy.cwb";
    cw::backupWorkspaceFile(file, dest);
    // The holder goes on writing after the copy; the copy keeps what was committed before.
    cw::setEngagementField(*holder, cw::EngagementField::Scope, "Later");
    auto copy = cw::Workspace::open(dest, cw::OpenMode::ReadOnly);
    CHECK(cw::loadEngagement(*copy).scope == "Written by the holder");
    CHECK(cw::checkWorkspace(*copy).ok());

    SECTION("a missing source is a clear error and leaves nothing behind")
    {
        const auto none = dir / "none.cwb";
        const auto out = dir / "none-copy.cwb";
        try {
            cw::backupWorkspaceFile(none, out);
            FAIL("expected an error");
        } catch (const cw::Error& e) {
            CHECK_THAT(e.what(), Catch::Contains("none.cwb"));
        }
        CHECK_FALSE(std::filesystem::exists(out));
        CHECK_FALSE(std::filesystem::exists(dir / "none-copy.cwb.partial"));
    }
}
