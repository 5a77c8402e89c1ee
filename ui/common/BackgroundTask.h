#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace cw::ui {

/// One piece of work at a time on a thread of its own, for work that must not hold up the window
/// (backups, page checks, gathering reports). start() runs `work` on a new thread and then
/// `done` on the owner's thread once the thread has ended; results pass through the caller's own
/// members, written by `work` and read in `done`. Destroying the task waits for a running thread
/// and drops its `done`: declare it after the members its work writes, so it goes first.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    /// False (and nothing started) while an earlier piece of work still runs.
    bool start(std::function<void()> work, std::function<void()> done);
    [[nodiscard]] bool running() const { return m_thread != nullptr; }
    /// How many tasks of the program are running (whose `done` has not run or been dropped).
    [[nodiscard]] static int runningCount();
    /// Waits for the running work, if any, and runs its `done` now.
    void finish();
    /// Waits for the running work, if any, and drops its `done`.
    void abandon();

private:
    /// Waits for the running work, if any, and hands back its `done`.
    std::function<void()> join();

    QThread* m_thread = nullptr;
    std::function<void()> m_done;
};

} // namespace cw::ui
