#include "shell/WorkspaceController.h"

#include "common/Error.h"
#include "common/Paths.h"
#include "demo/Demo.h"
#include "platform/Platform.h"
#include "shell/FileDialogs.h"
#include "shell/InstanceChannel.h"
#include "shell/LanguageManager.h"
#include "shell/MessageBoxes.h"
#include "shell/RecentFiles.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cw::ui {

namespace {
constexpr QLatin1String kSuffix(".cwb");

QString errorText(const std::exception& e)
{
    return QString::fromStdString(e.what());
}
} // namespace

WorkspaceController::WorkspaceController(WorkspaceSession& session, RecentFiles& recent,
                                         const LanguageManager& languages, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_recent(recent)
    , m_languages(languages)
    , m_window(window)
{
}


bool WorkspaceController::newWorkspace()
{
    QString file = FileDialogs::getSaveFileName(m_window, tr("New Workspace"), tr("Workspaces (*.cwb)"));
    if (file.isEmpty())
        return false;
    if (!file.endsWith(kSuffix, Qt::CaseInsensitive))
        file += kSuffix;
    return createWorkspace(file);
}

bool WorkspaceController::createWorkspace(const QString& file)
{
    cw::NewWorkspace init;
    init.name = QFileInfo(file).completeBaseName().toStdString();
    init.language = m_languages.language().toStdString();
    try {
        adopt(cw::Workspace::create(toPath(file), init), true);
        Q_EMIT notice(tr("Created %1").arg(QDir::toNativeSeparators(file)));
        return true;
    } catch (const std::exception& e) {
        showFailure(tr("Cannot Create Workspace"), tr("The workspace could not be created."), errorText(e));
    }
    return false;
}

bool WorkspaceController::openWorkspace()
{
    const QString file =
        FileDialogs::getOpenFileName(m_window, tr("Open Workspace"), tr("Workspaces (*.cwb);;All files (*)"));
    return !file.isEmpty() && openFile(file);
}

bool WorkspaceController::openFile(const QString& file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (isOpenHere(path))
        return true;
    if (InstanceChannel::askToRaise(path)) {
        Q_EMIT notice(tr("%1 is open in another window; that window was brought to the front.")
                          .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        auto workspace = cw::Workspace::open(toPath(path), cw::OpenMode::ReadWrite, {}, cw::OpenCheck::Deferred);
        const int before = workspace->openedSchemaVersion();
        const int now = workspace->schemaVersion();
        adopt(std::move(workspace), true);
        startIntegrityCheck(path);
        if (before != now)
            Q_EMIT notice(
                tr("The workspace was upgraded from schema version %1 to %2.").arg(before).arg(now));
        return true;
    } catch (const cw::Error& e) {
        if (e.code() == cw::ErrorCode::AlreadyOpen)
            return offerReadOnly(path);
        showFailure(tr("Cannot Open Workspace"), tr("The workspace could not be opened."), errorText(e));
    } catch (const std::exception& e) {
        showFailure(tr("Cannot Open Workspace"), tr("The workspace could not be opened."), errorText(e));
    }
    return false;
}

bool WorkspaceController::offerReadOnly(const QString& file)
{
    const auto answer =
        MessageBoxes::warning(m_window, tr("Workspace In Use"),
                              tr("%1 is already open for writing in another program.\n\n"
                                 "You can open it read-only to look at it, or close it there first.")
                                  .arg(QDir::toNativeSeparators(file)),
                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel,
                              {{QMessageBox::Open, tr("Open Read-Only")}});
    return answer == QMessageBox::Open && openReadOnly(file);
}

bool WorkspaceController::openReadOnly(const QString& file)
{
    try {
        adopt(cw::Workspace::open(toPath(file), cw::OpenMode::ReadOnly, {}, cw::OpenCheck::Deferred), true);
        startIntegrityCheck(file);
        return true;
    } catch (const std::exception& e) {
        showFailure(tr("Cannot Open Workspace"), tr("The workspace could not be opened."), errorText(e));
    }
    return false;
}

bool WorkspaceController::openDemo()
{
    const QString language = m_languages.language();
    const QString file = demoFile(language);
    const auto path = toPath(file);
    if (isOpenHere(file))
        m_session.close();
    try {
        if (!QDir().mkpath(QFileInfo(file).absolutePath()))
            throw cw::Error(cw::ErrorCode::CannotOpen,
                            QDir::toNativeSeparators(QFileInfo(file).absolutePath()).toStdString() +
                                ": the folder cannot be created");
        if (QFileInfo::exists(file)) {
            // Replace the demo made last time, unless another program is using it.
            if (!cw::platform::FileLock::tryLock(path))
                return offerReadOnly(file);
            for (const QString& f : {file, file + QStringLiteral("-journal"), file + QStringLiteral("-wal"),
                                     file + QStringLiteral("-shm")})
                QFile::remove(f);
        }
        adopt(cw::createDemoWorkspace(path, language.toStdString()), false);
        Q_EMIT notice(tr("Opened a fresh copy of the demo workspace."));
        return true;
    } catch (const std::exception& e) {
        showFailure(tr("Cannot Open Demo"), tr("The demo workspace could not be created."), errorText(e));
    }
    return false;
}

void WorkspaceController::closeWorkspace()
{
    m_session.close();
}

QString WorkspaceController::demoFile(const QString& language)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo-%1.cwb").arg(language));
}

void WorkspaceController::adopt(std::unique_ptr<cw::Workspace> workspace, bool remember)
{
    const QString file = fromPath(workspace->file());
    m_session.setWorkspace(std::move(workspace));
    if (remember)
        m_recent.add(file);
}

bool WorkspaceController::isOpenHere(const QString& file) const
{
    if (!m_session.isOpen())
        return false;
    const QFileInfo open(m_session.filePath());
    const QFileInfo other(file);
    return open.canonicalFilePath() == other.canonicalFilePath() && !open.canonicalFilePath().isEmpty();
}

void WorkspaceController::startIntegrityCheck(const QString& file)
{
    m_check.finish(); // one at a time; an earlier file's result still counts
    m_checkedFile = file;
    m_checkProblem.clear();
    m_check.start([this, path = toPath(file)] { m_checkProblem = cw::quickCheckFile(path); },
                  [this] { integrityCheckEnded(); });
}

void WorkspaceController::integrityCheckEnded()
{
    const QString problem = QString::fromStdString(m_checkProblem);
    if (!problem.isEmpty() && isOpenHere(m_checkedFile)) {
        // Nothing more may be written to a damaged file: close it, as opening would have refused.
        m_session.close();
        showFailure(tr("Cannot Open Workspace"), tr("The workspace could not be opened."),
                    QDir::toNativeSeparators(m_checkedFile) + QStringLiteral(": ") + problem);
    }
    Q_EMIT integrityChecked(m_checkedFile, problem);
}

void WorkspaceController::showFailure(const QString& title, const QString& sentence, const QString& detail)
{
    MessageBoxes::critical(m_window, title, sentence + QStringLiteral("\n\n") + detail);
}

} // namespace cw::ui
