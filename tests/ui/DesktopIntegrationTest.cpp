// Program behaviour users expect from a desktop application: one window per workspace and an
// About box that states the license and the libraries'.
#include "UiTestSupport.h"

#include "common/Paths.h"
#include "engagement/Engagement.h"
#include "shell/Application.h"
#include "shell/InstanceChannel.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using cw::ui::InstanceChannel;
using cw::ui::MainWindow;
using cw::ui::MessageBoxes;

TEST_CASE("the instance channel's name identifies the file, however it is spelled", "[instance]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("a.cwb");
    QFile(file).open(QIODevice::WriteOnly);
    const QString viaDots = QDir(fx.path("sub")).filePath(QStringLiteral("../a.cwb"));
    QDir().mkpath(fx.path("sub"));
    CHECK(InstanceChannel::serverName(file) == InstanceChannel::serverName(viaDots));
    CHECK(InstanceChannel::serverName(file) != InstanceChannel::serverName(fx.path("b.cwb")));
    CHECK(InstanceChannel::serverName(file).size() < 40);
}

TEST_CASE("asking about a file nobody has open gets no answer", "[instance]")
{
    cwtest::UiFixture fx;
    CHECK_FALSE(InstanceChannel::askToRaise(fx.path("nobody.cwb")));
}

TEST_CASE("a window with a workspace open is raised when another program asks for the file", "[instance]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("shared.cwb");
    cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Shared", "en"}).reset();
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openFile(file));
    CHECK(window.instanceChannel().file() == window.session().filePath());

    QSignalSpy raised(&window.instanceChannel(), &InstanceChannel::raiseRequested);
    REQUIRE(InstanceChannel::askToRaise(file));
    REQUIRE(raised.wait(2000));
    CHECK(raised.count() == 1);

    SECTION("a second window asked to open the file leaves it to the first")
    {
        MainWindow second(fx.languages());
        QSignalSpy notices(&second.controller(), &cw::ui::WorkspaceController::notice);
        CHECK_FALSE(second.controller().openFile(file));
        CHECK_FALSE(second.session().isOpen());
        REQUIRE(notices.count() == 1);
        CHECK(notices.front().front().toString().contains(QStringLiteral("another window")));
        CHECK(MessageBoxes::shownTexts().isEmpty()); // no "already open for writing" box
    }
    SECTION("closing the workspace stops answering for it")
    {
        window.controller().closeWorkspace();
        cwtest::processEvents();
        CHECK(window.instanceChannel().file().isEmpty());
        CHECK_FALSE(InstanceChannel::askToRaise(file));
    }
}

TEST_CASE("a socket left behind by a crashed program does not stop the next one", "[instance]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("crashed.cwb");
    QFile(file).open(QIODevice::WriteOnly);
    // What a crash leaves: the socket's file with nobody listening.
    const QString leftover = QDir::temp().filePath(InstanceChannel::serverName(file));
    {
        QFile stale(leftover);
        REQUIRE(stale.open(QIODevice::WriteOnly));
    }
    InstanceChannel first;
    first.listenFor(file);
    REQUIRE(first.file() == file);
    // A second channel for the same file while the first answers: it stands aside and does not
    // take the socket over.
    InstanceChannel second;
    second.listenFor(file);
    CHECK(second.file().isEmpty());
    QSignalSpy raised(&first, &InstanceChannel::raiseRequested);
    REQUIRE(InstanceChannel::askToRaise(file));
    CHECK(raised.wait(2000));
    first.listenFor(QString());
    second.listenFor(file);
    CHECK(second.file() == file);
}

TEST_CASE("the About box states the license and the libraries used", "[about]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    REQUIRE(MessageBoxes::shownTexts().size() == 1);
    const QString text = MessageBoxes::shownTexts().front();
    CHECK(text.contains(QStringLiteral("MIT License")));
    for (const char* library : {"Qt", "SQLite", "Boost", "nlohmann/json", "yaml-cpp", "libxlsxwriter", "zlib"})
        CHECK(text.contains(QLatin1String(library)));
    CHECK(text.contains(QStringLiteral("LGPL-3.0")));
}

TEST_CASE("the program names the desktop file it is installed with", "[about]")
{
    cwtest::UiFixture fx;
    const cw::ui::Application application(cwtest::application());
    const QString name = QGuiApplication::desktopFileName();
    CHECK(name == QStringLiteral("org.conformanceworkbench.ConformanceWorkbench"));
    CHECK(QFile::exists(QStringLiteral(CW_TEST_SOURCE_DIR "/packaging/linux/") + name +
                        QStringLiteral(".desktop")));
}
