#include "shell/WorkspaceSession.h"

#include "common/BackgroundTask.h"
#include "common/Error.h"
#include "common/Paths.h"
#include "storage/Workspace.h"

#include <QUndoStack>

#include <exception>
#include <utility>

namespace cw::ui {

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_lendTask(new BackgroundTask(this))
{}

WorkspaceSession::~WorkspaceSession()
{
    m_lendTask->abandon(); // the worker may still use the workspace
    // Commands refer to this session; drop them before the workspace goes.
    m_undoStack->clear();
    if (m_workspace)
        m_workspace->unsubscribe(m_subscription);
}

QString WorkspaceSession::filePath() const
{
    return m_workspace ? fromPath(m_workspace->file()) : QString();
}

bool WorkspaceSession::isReadOnly() const
{
    return m_workspace && m_workspace->isReadOnly();
}

void WorkspaceSession::setWorkspace(std::unique_ptr<cw::Workspace> workspace)
{
    m_lendTask->finish(); // a lent workspace is closed only once its work has ended
    if (m_workspace)
        Q_EMIT aboutToClose();
    m_undoStack->clear();
    if (m_workspace)
        m_workspace->unsubscribe(m_subscription);
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_workspace->setActor(m_actor.toStdString());
        // Called after each commit, on this thread: forward as a Qt signal.
        m_subscription = m_workspace->subscribe([this](const std::vector<cw::Change>&) {
            if (m_lent)
                m_changedWhileLent = true; // on the worker: announced when it has ended
            else
                Q_EMIT changed();
        });
    }
    Q_EMIT workspaceChanged();
}

void WorkspaceSession::close()
{
    if (m_workspace)
        setWorkspace(nullptr);
}

void WorkspaceSession::setActor(const QString& actor)
{
    m_actor = actor.trimmed();
    if (m_workspace)
        m_workspace->setActor(m_actor.toStdString());
}

bool WorkspaceSession::lend(std::function<void(cw::Workspace&)> work, std::function<void()> done)
{
    if (!m_workspace || m_lent)
        return false;
    m_lent = true;
    m_changedWhileLent = false;
    cw::Workspace* ws = m_workspace.get();
    m_lendTask->start([ws, work = std::move(work)] { work(*ws); },
                      [this, done = std::move(done)] { lendEnded(done); });
    return true;
}

void WorkspaceSession::lendEnded(const std::function<void()>& done)
{
    m_lent = false;
    if (m_changedWhileLent.exchange(false))
        Q_EMIT changed();
    if (done)
        done();
}

bool WorkspaceSession::run(const std::function<void(cw::Workspace&)>& operation)
{
    if (!m_workspace || m_lent)
        return false;
    try {
        operation(*m_workspace);
        return true;
    } catch (const cw::Error& e) {
        Q_EMIT errorOccurred(QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        Q_EMIT errorOccurred(tr("Unexpected error: %1").arg(QString::fromStdString(e.what())));
    }
    return false;
}

} // namespace cw::ui
