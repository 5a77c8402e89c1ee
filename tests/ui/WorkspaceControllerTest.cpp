#include "UiTestSupport.h"

#include "common/Paths.h"
#include "engagement/Engagement.h"
#include "shell/FileDialogs.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/RecentFiles.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::MessageBoxes;

TEST_CASE("opening a broken file shows the reason and keeps the program running", "[files][errors]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    const QString demo = window.session().filePath();

    cwtest::writeFile(fx.dir / "garbage.cwb", std::string(4096, 'x'));
    cwtest::writeFile(fx.dir / "empty.cwb", "");
    cwtest::writeFile(fx.dir / "truncated.cwb", cwtest::readFile(cw::ui::toPath(demo)).substr(0, 600));
    std::filesystem::create_directory(fx.dir / "folder.cwb");

    const auto [name, reason] = GENERATE(table<const char*, const char*>({
        {"garbage.cwb", "not a SQLite database"},
        {"empty.cwb", "the file is empty"},
        {"truncated.cwb", "truncated"},
        {"folder.cwb", "directory"},
        {"missing.cwb", "no such file"},
    }));
    MessageBoxes::reset();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.controller().openFile(fx.path(name)));
    REQUIRE(MessageBoxes::shownTexts().size() == 1);
    const QString text = MessageBoxes::shownTexts().front();
    CHECK(text.startsWith(QStringLiteral("The workspace could not be opened.")));
    CHECK(text.contains(QLatin1String(name)));
    CHECK(text.contains(QLatin1String(reason)));
    // The workspace open before is still open and usable.
    CHECK(window.session().filePath() == demo);
    CHECK_FALSE(cw::loadEngagement(*window.session().workspace()).name.empty());
}

TEST_CASE("a workspace another program writes to can be opened read-only", "[files][errors]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("shared.cwb");
    auto other =
        cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Shared", "en"}); // holds the lock
    MainWindow window(fx.languages());

    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(window.controller().openFile(file));
    CHECK_FALSE(window.session().isOpen());
    REQUIRE(MessageBoxes::shownTexts().size() == 1);
    CHECK(MessageBoxes::shownTexts().front().contains(QStringLiteral("already open for writing")));

    MessageBoxes::setNextAnswer(QMessageBox::Open);
    REQUIRE(window.controller().openFile(file));
    CHECK(window.session().isReadOnly());
    CHECK(cw::loadEngagement(*window.session().workspace()).name == "Shared");
}

TEST_CASE("New asks for a file, appends .cwb and names the engagement after it", "[files]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    cw::ui::FileDialogs::setNextFileName(fx.path("Audit 2026"));
    window.findChild<QAction*>(QStringLiteral("actionNew"))->trigger();

    REQUIRE(window.session().isOpen());
    CHECK(QFileInfo(window.session().filePath()).fileName() == QStringLiteral("Audit 2026.cwb"));
    const cw::Engagement e = cw::loadEngagement(*window.session().workspace());
    CHECK(e.name == "Audit 2026");
    CHECK(e.language == "en");

    SECTION("an existing file is not overwritten")
    {
        window.controller().closeWorkspace();
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        cw::ui::FileDialogs::setNextFileName(fx.path("Audit 2026.cwb"));
        CHECK_FALSE(window.controller().newWorkspace());
        REQUIRE(MessageBoxes::shownTexts().size() == 1);
        CHECK(MessageBoxes::shownTexts().front().contains(QStringLiteral("already exists")));
    }
    SECTION("a cancelled dialog does nothing")
    {
        cw::ui::FileDialogs::setNextFileName(QString());
        CHECK_FALSE(window.controller().newWorkspace());
        CHECK(MessageBoxes::shownTexts().isEmpty());
        CHECK(window.session().isOpen());
    }
}

TEST_CASE("Open Demo makes a fresh demo in the application's data folder each time", "[files][demo]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    const QString file = window.session().filePath();
    CHECK(QFileInfo(file).fileName() == QStringLiteral("demo-en.cwb"));
    CHECK(file.startsWith(QDir::toNativeSeparators(fx.path(""))));
    cw::setEngagementField(*window.session().workspace(), cw::EngagementField::Name, "Changed demo");

    REQUIRE(window.controller().openDemo()); // replaces the open, changed demo
    CHECK(cw::loadEngagement(*window.session().workspace()).name ==
          "Hengyun Data Services: ISO/IEC 20000-1 certification 2026");
    CHECK(window.session().undoStack() != nullptr);

    fx.languages().setLanguage(QStringLiteral("zh"));
    REQUIRE(window.controller().openDemo());
    CHECK(QFileInfo(window.session().filePath()).fileName() == QStringLiteral("demo-zh.cwb"));
    CHECK(cw::loadEngagement(*window.session().workspace()).name ==
          "恒云数据服务 ISO/IEC 20000-1 认证项目 2026");
    CHECK(cw::ui::RecentFiles().files().isEmpty()); // the demo is not a recent file
}

TEST_CASE("opened workspaces appear under Open Recent", "[files][recent]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    for (const char* name : {"a", "b"})
        cw::Workspace::create(fx.dir / (std::string(name) + ".cwb"), cw::NewWorkspace{name, "en"}).reset();
    REQUIRE(window.controller().openFile(fx.path("a.cwb")));
    REQUIRE(window.controller().openFile(fx.path("b.cwb")));
    CHECK(cw::ui::RecentFiles().files() == QStringList{fx.path("b.cwb"), fx.path("a.cwb")});
    // Opening the open file again changes nothing.
    CHECK(window.controller().openFile(fx.path("b.cwb")));
    CHECK(MessageBoxes::shownTexts().isEmpty());
}

TEST_CASE("a damaged workspace found by the check after opening is closed with the reason", "[files][errors]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    std::string bytes = cwtest::readFile(cw::ui::toPath(window.session().filePath()));
    window.controller().closeWorkspace();
    // Garbage over the last pages; page 1 (identity and schema) stays intact, so only the page
    // check, which runs after the window shows the workspace, finds the damage.
    const std::size_t page = 4096;
    for (std::size_t p = bytes.size() / page - 3; p < bytes.size() / page; ++p)
        for (std::size_t i = 0; i < 64; ++i)
            bytes[p * page + i] = static_cast<char>(0xA5);
    cwtest::writeFile(fx.dir / "damaged.cwb", bytes);

    MessageBoxes::reset();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    REQUIRE(window.controller().openFile(fx.path("damaged.cwb")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller().checking(), 5000);
    CHECK_FALSE(window.session().isOpen());
    REQUIRE(MessageBoxes::shownTexts().size() == 1);
    const QString text = MessageBoxes::shownTexts().front();
    CHECK(text.startsWith(QStringLiteral("The workspace could not be opened.")));
    CHECK(text.contains(QStringLiteral("damaged.cwb")));
    CHECK(text.contains(QStringLiteral("the workspace is damaged")));

    SECTION("a sound workspace stays open after its check")
    {
        REQUIRE(window.controller().openDemo());
        const QString demo = window.session().filePath();
        window.controller().closeWorkspace();
        REQUIRE(window.controller().openFile(demo));
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller().checking(), 5000);
        CHECK(window.session().isOpen());
        CHECK(MessageBoxes::shownTexts().size() == 1);
    }
}
