#include "UiTestSupport.h"

#include "shell/RecentFiles.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using cw::ui::RecentFiles;

TEST_CASE("recent files: most recent first, no duplicates, at most eight, missing files dropped", "[recent]")
{
    cwtest::UiFixture fx;
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::changed);
    QStringList all;
    for (int i = 0; i < 10; ++i) {
        const std::string name = "w" + std::to_string(i) + ".cwb";
        cwtest::writeFile(fx.dir / name, "x");
        all.prepend(fx.path(name));
        recent.add(fx.path(name));
    }
    CHECK(changed.count() == 10);
    CHECK(recent.files() == all.mid(0, RecentFiles::kMax));

    recent.add(fx.path("w3.cwb"));
    CHECK(recent.files().front() == fx.path("w3.cwb"));
    CHECK(recent.files().count(fx.path("w3.cwb")) == 1);

    std::filesystem::remove(fx.dir / "w9.cwb");
    CHECK_FALSE(recent.files().contains(fx.path("w9.cwb")));
    CHECK(RecentFiles().files().size() == RecentFiles::kMax - 1); // remembered in the settings

    recent.remove(fx.path("w3.cwb"));
    CHECK_FALSE(recent.files().contains(fx.path("w3.cwb")));
    recent.clear();
    CHECK(recent.files().isEmpty());
}
