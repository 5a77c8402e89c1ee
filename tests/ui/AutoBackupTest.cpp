// Rotating automatic backups of the open workspace (issue 8).
#include "UiTestSupport.h"

#include "common/Paths.h"
#include "engagement/Engagement.h"
#include "shell/AutoBackup.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using cw::ui::AutoBackup;
using cw::ui::MainWindow;

namespace {

std::string engagementNameIn(const QString& file)
{
    auto ws = cw::Workspace::open(cw::ui::toPath(file), cw::OpenMode::ReadOnly);
    return cw::loadEngagement(*ws).name;
}

} // namespace

TEST_CASE("opening a workspace takes a backup of it as it was", "[backup]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("client.cwb");
    cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Before", "en"}).reset();
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openFile(file));
    // The copy on opening is made on a worker thread; the window does not wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(!window.autoBackup().busy(), 5000);

    QStringList copies = AutoBackup::backupsOf(file);
    REQUIRE(copies.size() == 1);
    CHECK(QFileInfo(copies.front()).absolutePath() == AutoBackup::folderFor(file));
    CHECK(engagementNameIn(copies.front()) == "Before");

    SECTION("a change is copied when the workspace closes, and the copy before stays")
    {
        REQUIRE(window.session().run(
            [](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Name, "After"); }));
        QTest::qWait(5); // distinct time stamps in the names
        QSignalSpy notices(&window.autoBackup(), &AutoBackup::notice);
        window.controller().closeWorkspace();
        for (const auto& n : notices)
            UNSCOPED_INFO(n.front().toString().toStdString());
        copies = AutoBackup::backupsOf(file);
        REQUIRE(copies.size() == 2);
        CHECK(engagementNameIn(copies.at(0)) == "After"); // newest first
        CHECK(engagementNameIn(copies.at(1)) == "Before");
    }
    SECTION("closing without changes adds no copy")
    {
        window.controller().closeWorkspace();
        CHECK(AutoBackup::backupsOf(file).size() == 1);
    }
    SECTION("the timer copies only after changes")
    {
        window.autoBackup().setInterval(20);
        QTest::qWait(120);
        CHECK(AutoBackup::backupsOf(file).size() == 1);
        REQUIRE(window.session().run(
            [](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Name, "Timed"); }));
        QTRY_COMPARE_WITH_TIMEOUT(AutoBackup::backupsOf(file).size(), qsizetype(2), 3000);
        CHECK(engagementNameIn(AutoBackup::backupsOf(file).front()) == "Timed");
    }
}

TEST_CASE("only the newest backups are kept", "[backup]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("rotate.cwb");
    cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Rotate", "en"}).reset();
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openFile(file));
    QTRY_VERIFY_WITH_TIMEOUT(!window.autoBackup().busy(), 5000);
    window.autoBackup().setKeep(3);
    QStringList made{AutoBackup::backupsOf(file)};
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(5);
        const QString copy = window.autoBackup().backupNow();
        REQUIRE_FALSE(copy.isEmpty());
        made.prepend(copy);
    }
    const QStringList kept = AutoBackup::backupsOf(file);
    CHECK(kept == made.mid(0, 3)); // the three newest, newest first
    for (const QString& gone : made.mid(3))
        CHECK_FALSE(QFileInfo::exists(gone));
}

TEST_CASE("a background copy is consistent while the window goes on writing", "[backup]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("busy.cwb");
    cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Name 0", "en"}).reset();
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openFile(file));
    QTRY_VERIFY_WITH_TIMEOUT(!window.autoBackup().busy(), 5000);
    QSignalSpy finished(&window.autoBackup(), &AutoBackup::copyFinished);
    window.autoBackup().backupInBackground();
    REQUIRE(window.autoBackup().busy());
    for (int i = 1; i <= 20; ++i)
        REQUIRE(window.session().run([i](cw::Workspace& ws) {
            cw::setEngagementField(ws, cw::EngagementField::Name, "Name " + std::to_string(i));
        }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), qsizetype(1), 5000);
    const QString copy = finished.front().front().toString();
    REQUIRE_FALSE(copy.isEmpty());
    // Whichever committed state the copy caught, it is whole.
    auto ws = cw::Workspace::open(cw::ui::toPath(copy), cw::OpenMode::ReadOnly);
    CHECK(cw::checkWorkspace(*ws).ok());
    CHECK_THAT(cw::loadEngagement(*ws).name, Catch::StartsWith("Name "));
}

TEST_CASE("a read-only workspace is not backed up", "[backup]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("locked.cwb");
    // Another program writes to it, so the window opens it read-only.
    const auto writer = cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Locked", "en"});
    MainWindow window(fx.languages());
    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Open);
    REQUIRE(window.controller().openFile(file));
    REQUIRE(window.session().isReadOnly());
    CHECK(AutoBackup::backupsOf(file).isEmpty());
    CHECK(window.autoBackup().backupNow().isEmpty());
}

TEST_CASE("backups of different files with the same name are kept apart", "[backup]")
{
    cwtest::UiFixture fx;
    QDir().mkpath(fx.path("a"));
    QDir().mkpath(fx.path("b"));
    CHECK(AutoBackup::folderFor(fx.path("a/x.cwb")) != AutoBackup::folderFor(fx.path("b/x.cwb")));
    CHECK(QFileInfo(AutoBackup::folderFor(fx.path("a/x.cwb"))).fileName().startsWith(QStringLiteral("x-")));
}
