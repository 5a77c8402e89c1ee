#include "UiTestSupport.h"

#include "common/EmptyState.h"
#include "common/Page.h"
#include "common/Paths.h"
#include "dashboard/DashboardPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/NavigationSidebar.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QPushButton>
#include <QStackedWidget>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::PageId;

TEST_CASE("the main window opens with a sidebar of the eight pages", "[mainwindow]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    window.show();
    cwtest::processEvents();

    auto* sidebar = window.findChild<cw::ui::NavigationSidebar*>();
    REQUIRE(sidebar);
    QStringList entries;
    for (int i = 0; i < sidebar->count(); ++i)
        entries << sidebar->item(i)->text();
    CHECK(entries == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Engagement & scope"),
                                 QStringLiteral("Catalog"), QStringLiteral("Documents"),
                                 QStringLiteral("Gap analysis"), QStringLiteral("Audits"),
                                 QStringLiteral("Findings & actions"), QStringLiteral("Reports")});
    CHECK(window.currentPage() == PageId::Dashboard);
    CHECK(window.windowTitle() == QStringLiteral("Conformance Workbench"));

    sidebar->setCurrentRow(static_cast<int>(PageId::Audits));
    CHECK(window.currentPage() == PageId::Audits);
}

TEST_CASE("every page of the sidebar is a built page with its own title", "[mainwindow]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* sidebar = window.findChild<cw::ui::NavigationSidebar*>();
    REQUIRE(sidebar);
    QStringList titles;
    for (std::size_t i = 0; i < cw::ui::kPageCount; ++i) {
        auto* page = window.page(static_cast<PageId>(i));
        REQUIRE(page);
        CHECK_FALSE(page->title().isEmpty());
        CHECK(sidebar->item(static_cast<int>(i))->text() == page->title());
        titles << page->title();
    }
    titles.removeDuplicates();
    CHECK(titles.size() == static_cast<qsizetype>(cw::ui::kPageCount));
}

TEST_CASE("the welcome state offers New, Open and Open Demo", "[mainwindow][dashboard]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* dashboard = window.page(PageId::Dashboard);
    for (const char* name : {"welcomeNew", "welcomeOpen", "welcomeDemo"})
        CHECK(dashboard->findChild<QPushButton*>(QLatin1String(name)));

    dashboard->findChild<QPushButton*>(QStringLiteral("welcomeDemo"))->click();
    CHECK(window.session().isOpen());
    CHECK(window.windowTitle().startsWith(QStringLiteral("Hengyun Data Services")));
}

TEST_CASE("the window title names engagement, file and product, and marks read-only", "[mainwindow]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("title.cwb");
    {
        auto ws = cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Title test", "en"});
    }
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openFile(file));
    CHECK(window.windowTitle() == QStringLiteral("Title test — title.cwb — Conformance Workbench"));

    using std::filesystem::perms;
    std::filesystem::permissions(cw::ui::toPath(file),
                                 perms::owner_write | perms::group_write | perms::others_write,
                                 std::filesystem::perm_options::remove);
    window.controller().closeWorkspace();
    CHECK(window.windowTitle() == QStringLiteral("Conformance Workbench"));
    REQUIRE(window.controller().openFile(file));
    CHECK(window.windowTitle() ==
          QStringLiteral("Title test — title.cwb (read-only) — Conformance Workbench"));
}

TEST_CASE("the File and Edit actions have the standard shortcuts", "[mainwindow]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    const auto shortcut = [&](const char* name) {
        auto* action = window.findChild<QAction*>(QLatin1String(name));
        REQUIRE(action);
        return action->shortcut();
    };
    CHECK(shortcut("actionNew") == QKeySequence(QKeySequence::New));
    CHECK(shortcut("actionOpen") == QKeySequence(QKeySequence::Open));
    CHECK(shortcut("actionClose") == QKeySequence(QKeySequence::Close));
    CHECK(shortcut("actionQuit") == QKeySequence(Qt::CTRL | Qt::Key_Q));
    CHECK(shortcut("actionUndo") == QKeySequence(QKeySequence::Undo));
    CHECK(shortcut("actionRedo") == QKeySequence(QKeySequence::Redo));
}

TEST_CASE("the window remembers its geometry", "[mainwindow]")
{
    cwtest::UiFixture fx;
    {
        MainWindow window(fx.languages());
        window.show();
        window.resize(1000, 700);
        window.close();
    }
    CHECK_FALSE(cw::ui::AppSettings::windowGeometry().isEmpty());
    MainWindow again(fx.languages());
    CHECK(again.size() == QSize(1000, 700));
}
