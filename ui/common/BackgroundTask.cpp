#include "common/BackgroundTask.h"

#include <QThread>

#include <utility>

namespace cw::ui {

namespace {
int g_running = 0; // touched on the owners' (UI) thread only
}

int BackgroundTask::runningCount()
{
    return g_running;
}

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{}

BackgroundTask::~BackgroundTask()
{
    abandon();
}

std::function<void()> BackgroundTask::join()
{
    if (!m_thread)
        return {};
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    --g_running;
    return std::exchange(m_done, {});
}

void BackgroundTask::abandon()
{
    (void)join();
}

bool BackgroundTask::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_done = std::move(done);
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &BackgroundTask::finish);
    ++g_running;
    m_thread->start();
    return true;
}

void BackgroundTask::finish()
{
    if (auto done = join())
        done();
}

} // namespace cw::ui
