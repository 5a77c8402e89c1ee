#include "shell/WorkspaceSession.h"

#include "common/Actor.h"
#include "common/BackgroundTask.h"
#include "common/Error.h"
#include "common/Paths.h"
#include "platform/Platform.h"
#include "storage/Checkpoint.h"
#include "storage/Workspace.h"

#include <QUndoStack>

#include <exception>
#include <utility>

namespace cw::ui {

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_lendTask(new BackgroundTask(this))
{
    // Until a preference is set: $CW_ACTOR, else the login name.
    setActor({});
}

WorkspaceSession::~WorkspaceSession()
{
    if (m_lent && m_workspace)
        m_workspace->setBeforeClose({}); // never sign from here while a worker holds the connection
    m_lendTask->abandon();               // the worker may still use the workspace
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
        // Closing signs the trail when it moved (storage/Checkpoint.h); a failure cannot be shown
        // any more then, so it goes to the log.
        cw::checkpointOnClose(*m_workspace, [](const std::string& reason) {
            qWarning("The audit trail was not signed on closing: %s", reason.c_str());
        });
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
    // One rule with the CLI (resolveActor): the preference, else $CW_ACTOR, else the login name.
    try {
        m_actor = QString::fromStdString(cw::resolveActor(actor.toStdString()));
    } catch (const cw::Error&) {
        m_actor = QString::fromStdString(cw::platform::currentUserName()); // control characters
    }
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
