#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QUndoStack;

namespace cw {
class Workspace;
}

namespace cw::ui {

class BackgroundTask;

/// The open workspace of a window, if any, with its undo history. Pages read the workspace
/// through it, write through run() (or undo commands calling run()), and refresh on its signals.
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    [[nodiscard]] bool isOpen() const { return m_workspace != nullptr; }
    /// The open workspace, or nullptr.
    [[nodiscard]] cw::Workspace* workspace() const { return m_workspace.get(); }
    /// The workspace's file with native separators; empty when none is open.
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] bool isReadOnly() const;

    /// The undo history of the open workspace; it starts empty with each workspace.
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

    /// Takes over `workspace`, closing the one open before.
    void setWorkspace(std::unique_ptr<cw::Workspace> workspace);
    void close();

    /// Who is recorded in the audit trail, by the rule the CLI follows (cw::resolveActor): `actor`
    /// when not blank, else $CW_ACTOR, else the operating-system user.
    void setActor(const QString& actor);
    [[nodiscard]] QString actor() const { return m_actor; }

    /// Runs one core operation on the open workspace. A cw::Error (or any other exception) is
    /// reported through errorOccurred() and gives false; so does having no workspace open. While
    /// the workspace is lent it gives false at once, silently.
    bool run(const std::function<void(cw::Workspace&)>& operation);

    /// Lends the open workspace to `work`, run on a thread of its own, and runs `done` on this
    /// thread once it has ended: for long actions (imports) that must not hold up the window.
    /// `work` must catch what it throws. While lent, run() does nothing and the changes the work
    /// commits are announced with one changed() when it has ended. Closing or replacing the
    /// workspace first waits for the work. False, and nothing started, when no workspace is open
    /// or it is lent already.
    bool lend(std::function<void(cw::Workspace&)> work, std::function<void()> done);
    [[nodiscard]] bool isLent() const { return m_lent; }

Q_SIGNALS:
    /// A workspace was opened or closed.
    void workspaceChanged();
    /// The open workspace is about to be closed or replaced; it can still be read.
    void aboutToClose();
    /// A change to the open workspace was committed.
    void changed();
    /// A core operation failed; `message` is the core's explanation.
    void errorOccurred(const QString& message);

private:
    void lendEnded(const std::function<void()>& done);

    std::unique_ptr<cw::Workspace> m_workspace;
    int m_subscription = 0;
    QUndoStack* m_undoStack;
    QString m_actor;
    std::atomic<bool> m_lent = false;
    std::atomic<bool> m_changedWhileLent = false; ///< set by the commit listener on the worker
    BackgroundTask* m_lendTask; ///< a child: waited for in the destructor, before the workspace goes
};

} // namespace cw::ui
