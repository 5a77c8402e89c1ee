// Work off the UI thread, one piece at a time (ui/common/BackgroundTask).
#include "UiTestSupport.h"

#include "common/BackgroundTask.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <atomic>

#include <catch2/catch.hpp>

using cw::ui::BackgroundTask;

TEST_CASE("a background task runs its work on another thread and its end on the owner's", "[ui][threads]")
{
    cwtest::UiFixture fx;
    BackgroundTask task;
    std::atomic<bool> release = false;
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    int done = 0;
    const int before = BackgroundTask::runningCount();
    REQUIRE(task.start(
        [&] {
            workThread = QThread::currentThread();
            while (!release)
                QThread::msleep(1);
        },
        [&] {
            doneThread = QThread::currentThread();
            ++done;
        }));
    CHECK(task.running());
    CHECK(BackgroundTask::runningCount() == before + 1);
    // One piece of work at a time.
    CHECK_FALSE(task.start([] {}, [&] { ++done; }));
    release = true;
    REQUIRE(QTest::qWaitFor([&] { return done == 1; }, 5000));
    CHECK_FALSE(task.running());
    CHECK(BackgroundTask::runningCount() == before);
    CHECK(workThread != QCoreApplication::instance()->thread());
    CHECK(doneThread == QCoreApplication::instance()->thread());

    SECTION("finish() waits and runs the end at once; abandon() drops it")
    {
        REQUIRE(task.start([] { QThread::msleep(20); }, [&] { ++done; }));
        task.finish();
        CHECK(done == 2);
        REQUIRE(task.start([] { QThread::msleep(20); }, [&] { ++done; }));
        CHECK(BackgroundTask::runningCount() == before + 1);
        task.abandon();
        CHECK_FALSE(task.running());
        CHECK(BackgroundTask::runningCount() == before);
        QTest::qWait(50);
        CHECK(done == 2);
    }
}
