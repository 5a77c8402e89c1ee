#include "shell/AutoBackup.h"

#include "common/Error.h"
#include "common/Paths.h"
#include "shell/WorkspaceSession.h"
#include "storage/Backup.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace cw::ui {

AutoBackup::AutoBackup(WorkspaceSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::onTimer);
    // Each change marks the workspace dirty; the timer, or closing it, takes the copy.
    connect(&m_session, &WorkspaceSession::changed, this, [this] { m_dirty = true; });
    connect(&m_session, &WorkspaceSession::aboutToClose, this, &AutoBackup::backupIfChanged);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &AutoBackup::workspaceChanged);
}

AutoBackup::~AutoBackup() = default;

void AutoBackup::copyEnded()
{
    if (!m_workerError.isEmpty()) {
        m_dirty = true; // try again on the next tick
        Q_EMIT notice(tr("Automatic backup failed: %1").arg(m_workerError));
        Q_EMIT copyFinished({});
        return;
    }
    prune(m_workerFile);
    Q_EMIT copyFinished(m_workerTarget);
}

QString AutoBackup::folderFor(const QString& file)
{
    const QFileInfo info(file);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("backups/") + info.completeBaseName() + QLatin1Char('-') + hash);
}

QStringList AutoBackup::backupsOf(const QString& file)
{
    const QDir dir(folderFor(file));
    QStringList out;
    // Names carry the time, so name order is time order.
    for (const QString& name : dir.entryList({QStringLiteral("*.cwb")}, QDir::Files, QDir::Name | QDir::Reversed))
        out << dir.filePath(name);
    return out;
}

void AutoBackup::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void AutoBackup::workspaceChanged()
{
    m_dirty = false;
    m_file.clear();
    m_timer->stop();
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    m_file = m_session.filePath();
    backupInBackground(); // the state before this session's edits
    m_timer->start();
}

void AutoBackup::onTimer()
{
    if (m_dirty)
        backupInBackground();
}

void AutoBackup::backupIfChanged()
{
    if (m_dirty)
        backupNow();
}

QString AutoBackup::newCopyPath(const QString& file)
{
    const QDir dir(folderFor(file));
    if (!dir.mkpath(QStringLiteral("."))) {
        Q_EMIT notice(tr("Automatic backup failed: the folder %1 cannot be created.")
                          .arg(QDir::toNativeSeparators(dir.path())));
        return {};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return dir.filePath(QFileInfo(file).completeBaseName() + QLatin1Char('-') + stamp + QStringLiteral(".cwb"));
}

void AutoBackup::backupInBackground()
{
    if (m_task.running() || !m_session.isOpen() || m_session.isReadOnly())
        return;
    const QString file = m_session.filePath();
    const QString target = newCopyPath(file);
    if (target.isEmpty())
        return;
    m_dirty = false; // changes from now on are for the next copy
    m_workerFile = file;
    m_workerTarget = target;
    m_workerError.clear();
    // The thread writes m_workerError only; it is read after wait().
    m_task.start(
        [this, file, target] {
            try {
                cw::backupWorkspaceFile(toPath(file), toPath(target));
            } catch (const std::exception& e) {
                m_workerError = QString::fromStdString(e.what());
            }
        },
        [this] { copyEnded(); });
}

QString AutoBackup::backupNow()
{
    cw::Workspace* ws = m_session.workspace();
    if (!ws || m_session.isReadOnly())
        return {};
    m_task.finish(); // one copy at a time
    const QString file = m_session.filePath();
    const QString target = newCopyPath(file);
    if (target.isEmpty())
        return {};
    try {
        cw::backupWorkspace(*ws, toPath(target));
    } catch (const std::exception& e) {
        Q_EMIT notice(tr("Automatic backup failed: %1").arg(QString::fromStdString(e.what())));
        return {};
    }
    m_dirty = false;
    prune(file);
    return target;
}

void AutoBackup::prune(const QString& file) const
{
    const QStringList copies = backupsOf(file);
    for (qsizetype i = m_keep; i < copies.size(); ++i)
        QFile::remove(copies.at(i));
}

} // namespace cw::ui
