// Long actions on a lent workspace (ui/common/LongAction, WorkspaceSession::lend).
#include "UiTestSupport.h"

#include "common/LongAction.h"
#include "common/Paths.h"
#include "engagement/Engagement.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

#include <catch2/catch.hpp>

using cw::ui::LongAction;
using cw::ui::WorkspaceSession;

namespace {

struct LentWorkspace {
    explicit LentWorkspace(cwtest::UiFixture& fx)
    {
        session.setWorkspace(
            cw::Workspace::create(cw::ui::toPath(fx.path("lent.cwb")), cw::NewWorkspace{"Before", "en"}));
        window.resize(400, 300);
        window.show();
    }
    [[nodiscard]] std::string name()
    {
        std::string n;
        REQUIRE(session.run([&](cw::Workspace& ws) { n = cw::loadEngagement(ws).name; }));
        return n;
    }

    WorkspaceSession session;
    QWidget window;
};

} // namespace

TEST_CASE("a long action has the workspace to itself and announces its change once, after it ends",
          "[ui][threads][long-action]")
{
    cwtest::UiFixture fx;
    LentWorkspace lw(fx);
    QSignalSpy changed(&lw.session, &WorkspaceSession::changed);
    QSignalSpy errors(&lw.session, &WorkspaceSession::errorOccurred);
    std::atomic<bool> release = false;
    bool runRefused = false;
    bool lentMeanwhile = false;
    int changedMeanwhile = -1;
    QTimer::singleShot(20, &lw.window, [&] {
        lentMeanwhile = lw.session.isLent();
        runRefused = !lw.session.run([](cw::Workspace&) {});
        changedMeanwhile = static_cast<int>(changed.count());
        release = true;
    });
    LongAction action(lw.session, &lw.window, QStringLiteral("Renaming"), true);
    CHECK(lw.window.findChild<LongAction*>() == &action);
    const auto outcome = action.run([&](cw::Workspace& ws, const cw::Progress& progress) {
        cw::setEngagementField(ws, cw::EngagementField::Name, "After");
        while (!release)
            QThread::msleep(1);
        cw::reportProgress(progress, 1, 1);
    });
    CHECK(outcome == LongAction::Outcome::Done);
    CHECK(lentMeanwhile);
    CHECK(runRefused);            // the UI thread cannot touch a lent workspace
    CHECK(changedMeanwhile == 0); // the commit happened, but is announced only at the end
    CHECK(changed.count() == 1);
    CHECK(errors.isEmpty());
    CHECK_FALSE(lw.session.isLent());
    CHECK(lw.name() == "After");
}

TEST_CASE("Cancel stops a long action and leaves the workspace as it was", "[ui][threads][long-action]")
{
    cwtest::UiFixture fx;
    LentWorkspace lw(fx);
    QSignalSpy changed(&lw.session, &WorkspaceSession::changed);
    QSignalSpy errors(&lw.session, &WorkspaceSession::errorOccurred);
    LongAction action(lw.session, &lw.window, QStringLiteral("Renaming"), true);
    bool dialogShown = false;
    // The user presses Cancel in the dialog once it has appeared.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &lw.window, [&] {
        auto* dialog = lw.window.findChild<QProgressDialog*>(QStringLiteral("longActionProgress"));
        if (dialog && dialog->isVisible()) {
            dialogShown = true;
            QPushButton* cancel = dialog->findChild<QPushButton*>();
            REQUIRE(cancel);
            cancel->click();
            poll.stop();
        }
    });
    poll.start(10);
    int reports = 0;
    const auto outcome = action.run([&](cw::Workspace& ws, const cw::Progress& progress) {
        ws.write("Rename slowly", [&](cw::WriteContext&) {
            cw::setEngagementField(ws, cw::EngagementField::Name, "Half done");
            for (std::size_t i = 0;; ++i) { // until cancelled
                cw::reportProgress(progress, i, 1000000);
                ++reports;
                QThread::msleep(1);
            }
        });
    });
    CHECK(outcome == LongAction::Outcome::Cancelled);
    CHECK(dialogShown);
    CHECK(reports > 0);
    CHECK(changed.isEmpty());
    CHECK(errors.isEmpty()); // cancelling is not an error
    CHECK(lw.name() == "Before");
    CHECK(lw.window.findChild<QProgressDialog*>() == nullptr); // gone with the action
}

TEST_CASE("a quick long action shows no dialog, a failing one reports like run()",
          "[ui][threads][long-action]")
{
    cwtest::UiFixture fx;
    LentWorkspace lw(fx);
    QSignalSpy errors(&lw.session, &WorkspaceSession::errorOccurred);
    bool everShown = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &lw.window, [&] {
        if (auto* d = lw.window.findChild<QProgressDialog*>(); d && d->isVisible())
            everShown = true;
    });
    poll.start(5);
    {
        LongAction action(lw.session, &lw.window, QStringLiteral("Renaming"), false);
        CHECK(action.run([](cw::Workspace& ws, const cw::Progress&) {
            cw::setEngagementField(ws, cw::EngagementField::Name, "Quick");
        }) == LongAction::Outcome::Done);
    }
    CHECK_FALSE(everShown);
    CHECK(lw.name() == "Quick");

    LongAction failing(lw.session, &lw.window, QStringLiteral("Renaming"), false);
    CHECK(failing.run([](cw::Workspace& ws, const cw::Progress&) {
        cw::setEngagementField(ws, cw::EngagementField::Name, ""); // refused: a name is needed
    }) == LongAction::Outcome::Failed);
    REQUIRE(errors.count() == 1);
    CHECK(errors.front().front().toString() == failing.error());
    CHECK_FALSE(failing.error().isEmpty());
    CHECK(lw.name() == "Quick");

    lw.session.close();
    CHECK(failing.run([](cw::Workspace&, const cw::Progress&) {}) == LongAction::Outcome::NotStarted);
}

TEST_CASE("input waits while a long action runs", "[ui][threads][long-action]")
{
    cwtest::UiFixture fx;
    LentWorkspace lw(fx);
    auto* button = new QPushButton(QStringLiteral("Edit"), &lw.window);
    button->show();
    int clicks = 0;
    QObject::connect(button, &QPushButton::clicked, [&] { ++clicks; });
    std::atomic<bool> release = false;
    QTimer::singleShot(20, &lw.window, [&] {
        QTest::mouseClick(button, Qt::LeftButton); // while lent: swallowed
        release = true;
    });
    LongAction action(lw.session, &lw.window, QStringLiteral("Working"), false);
    CHECK(action.run([&](cw::Workspace&, const cw::Progress&) {
        while (!release)
            QThread::msleep(1);
    }) == LongAction::Outcome::Done);
    CHECK(clicks == 0);
    QTest::mouseClick(button, Qt::LeftButton); // afterwards: delivered
    CHECK(clicks == 1);
}

TEST_CASE("an action without Cancel cannot be stopped or its dialog closed", "[ui][threads][long-action]")
{
    cwtest::UiFixture fx;
    LentWorkspace lw(fx);
    std::atomic<bool> release = false;
    bool stillShown = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &lw.window, [&] {
        auto* dialog = lw.window.findChild<QProgressDialog*>(QStringLiteral("longActionProgress"));
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        QTest::keyClick(dialog, Qt::Key_Escape); // swallowed: nothing to cancel
        stillShown = dialog->isVisible() && !dialog->wasCanceled();
        release = true;
    });
    poll.start(10);
    LongAction action(lw.session, &lw.window, QStringLiteral("Undoing"), false);
    const auto outcome = action.run([&](cw::Workspace& ws, const cw::Progress& progress) {
        ws.write("Undo slowly", [&](cw::WriteContext&) {
            cw::setEngagementField(ws, cw::EngagementField::Name, "Undone");
            for (std::size_t i = 0; !release; ++i) {
                cw::reportProgress(progress, i, 1000000);
                QThread::msleep(1);
            }
        });
    });
    CHECK(stillShown);
    CHECK(outcome == LongAction::Outcome::Done);
    CHECK(lw.name() == "Undone");
}
