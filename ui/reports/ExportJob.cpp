#include "reports/ExportJob.h"

#include "common/Paths.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cw::ui {

ExportJob::ExportJob(std::filesystem::path workspace, std::shared_ptr<const cw::Clock> clock,
                     cw::report::ReportRequest request, QString target, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_clock(std::move(clock))
    , m_request(std::move(request))
    , m_target(std::move(target))
{
    const QFileInfo info(m_target);
    m_partial = info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".partial"));
}

ExportJob::~ExportJob()
{
    if (m_task.running()) {
        m_task.abandon();
        QFile::remove(m_partial);
    }
}

void ExportJob::start()
{
    if (m_task.running())
        return;
    QFile::remove(m_partial);
    m_task.start(
        [this] {
            try {
                auto ws = cw::Workspace::open(m_workspace, cw::OpenMode::ReadOnly, m_clock, cw::OpenCheck::Deferred);
                cw::report::writeReport(*ws, m_request, m_partial);
            } catch (const std::exception& e) {
                m_error = QString::fromStdString(e.what());
            }
        },
        [this] { workerEnded(); });
}

void ExportJob::cancel()
{
    m_cancelled = true;
    if (!m_task.running())
        deleteLater();
}

void ExportJob::workerEnded()
{
    if (m_cancelled) {
        QFile::remove(m_partial);
        deleteLater();
        return;
    }
    QString error = m_error;
    if (error.isEmpty()) {
        std::error_code ec;
        std::filesystem::rename(toPath(m_partial), toPath(m_target), ec); // replaces the target
        if (ec)
            error = m_target + QStringLiteral(": the report cannot be put in place (") +
                    QString::fromStdString(ec.message()) + QLatin1Char(')');
    }
    if (!error.isEmpty())
        QFile::remove(m_partial);
    Q_EMIT finished(error);
}

} // namespace cw::ui
