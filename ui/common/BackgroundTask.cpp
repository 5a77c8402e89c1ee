#include "common/BackgroundTask.h"

#include <QThread>

#include <utility>

namespace cw::ui {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    abandon();
}

void BackgroundTask::abandon()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_done = {};
}

bool BackgroundTask::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_done = std::move(done);
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &BackgroundTask::finish);
    m_thread->start();
    return true;
}

void BackgroundTask::finish()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (auto done = std::exchange(m_done, {}))
        done();
}

} // namespace cw::ui
