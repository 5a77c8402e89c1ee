#pragma once

#include "common/BackgroundTask.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace cw::ui {

class WorkspaceSession;

/// Rotating automatic backups of the open workspace, so a mistake or a damaged disk file never
/// costs more than a few minutes of an auditor's work. A copy is taken (SQLite online backup) when
/// a writable workspace opens, every few minutes while it has unsaved-to-backup changes, and when
/// it closes after changes. The newest `keep()` copies of each workspace are kept in
/// <application data>/backups/<file name>-<hash of its path>/. Failures are reported through
/// notice(), never as a dialog: a backup must not interrupt work. The copies on opening and on the
/// timer are made on a worker thread through a read-only connection of their own, so a large
/// workspace never stalls the window; the copy on closing is made before the workspace goes.
class AutoBackup : public QObject {
    Q_OBJECT
public:
    explicit AutoBackup(WorkspaceSession& session, QObject* parent = nullptr);
    ~AutoBackup() override;

    static constexpr int kDefaultIntervalMinutes = 10;
    static constexpr int kDefaultKeep = 5;

    /// The folder holding the copies of `file`.
    [[nodiscard]] static QString folderFor(const QString& file);
    /// The copies of `file`, newest first.
    [[nodiscard]] static QStringList backupsOf(const QString& file);

    void setInterval(int milliseconds);
    void setKeep(int keep) { m_keep = keep < 1 ? 1 : keep; }
    [[nodiscard]] int keep() const { return m_keep; }

    /// Copies the open workspace now and prunes old copies. Returns the copy's path, or an empty
    /// string when nothing is open, the workspace is read-only, or the copy failed.
    QString backupNow();
    /// backupNow() when there were changes since the last copy.
    void backupIfChanged();
    /// Starts a copy on a worker thread (none when one is still running); copyFinished() follows.
    void backupInBackground();
    /// Whether a background copy is running.
    [[nodiscard]] bool busy() const { return m_task.running(); }

Q_SIGNALS:
    void notice(const QString& text);
    /// A background copy ended: the copy's path, or empty when it failed.
    void copyFinished(const QString& copy);

private:
    void workspaceChanged();
    void onTimer();
    void prune(const QString& file) const;
    /// The file name of a new copy of `file`, in its folder; empty (and notice()) when the folder
    /// cannot be made.
    [[nodiscard]] QString newCopyPath(const QString& file);
    /// Reports the result of the background copy that just ended.
    void copyEnded();

    WorkspaceSession& m_session;
    QTimer* m_timer;
    QString m_file; ///< the writable workspace being backed up
    bool m_dirty = false;
    int m_keep = kDefaultKeep;
    QString m_workerFile, m_workerTarget, m_workerError; ///< of the background copy
    BackgroundTask m_task; ///< the background copy; last, so it waits before the fields go

};

} // namespace cw::ui
