#pragma once

#include "common/Progress.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>

class QProgressDialog;
class QTimer;
class QWidget;

namespace cw {
class Workspace;
}

namespace cw::ui {

class WorkspaceSession;

/// One long action on the open workspace (an import of a thousand rows), run on a worker with the
/// workspace lent to it (WorkspaceSession::lend) so the window keeps drawing. Input waits until
/// the action has ended; if it takes more than a moment, a progress dialog appears, with Cancel
/// when the action can be stopped. run() returns once the action has ended, so callers read like
/// a plain call. It is a child of `parent` while it lives (tests find it there).
class LongAction : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Done,
        Cancelled, ///< stopped by Cancel: the action threw cw::Cancelled and changed nothing
        Failed,    ///< the action threw; its message went to the session's errorOccurred()
        NotStarted ///< no workspace open, or it is lent already
    };
    using Work = std::function<void(cw::Workspace&, const cw::Progress&)>;

    LongAction(WorkspaceSession& session, QWidget* parent, QString label, bool cancellable);
    ~LongAction() override;

    Outcome run(Work work);
    /// Asks the running action to stop at its next progress report (the dialog's Cancel).
    void requestCancel() { m_cancel = true; }
    /// The error message of a Failed run.
    [[nodiscard]] const QString& error() const { return m_error; }
    /// How long an action runs before the progress dialog shows (ms).
    static constexpr int kDialogDelayMs = 300;

Q_SIGNALS:
    /// The worker reported `done` of `total` steps (sent on this object's thread, for tests).
    void progressed(qulonglong done, qulonglong total);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void poll();

    WorkspaceSession& m_session;
    QString m_label;
    bool m_cancellable;
    QProgressDialog* m_dialog = nullptr;
    QTimer* m_poll = nullptr;
    std::atomic<bool> m_cancel = false;
    std::atomic<std::size_t> m_done = 0;
    std::atomic<std::size_t> m_total = 0;
    QString m_error;
};

} // namespace cw::ui
