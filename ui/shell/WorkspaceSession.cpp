#include "shell/WorkspaceSession.h"

#include "common/Error.h"
#include "common/Paths.h"
#include "storage/Workspace.h"

#include <QUndoStack>

#include <exception>

namespace cw::ui {

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

WorkspaceSession::~WorkspaceSession()
{
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
    if (m_workspace)
        Q_EMIT aboutToClose();
    m_undoStack->clear();
    if (m_workspace)
        m_workspace->unsubscribe(m_subscription);
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_workspace->setActor(m_actor.toStdString());
        // Called after each commit, on this thread: forward as a Qt signal.
        m_subscription = m_workspace->subscribe([this](const std::vector<cw::Change>&) { Q_EMIT changed(); });
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

bool WorkspaceSession::run(const std::function<void(cw::Workspace&)>& operation)
{
    if (!m_workspace)
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
