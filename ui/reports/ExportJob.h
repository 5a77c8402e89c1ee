#pragma once

#include "builders/ReportExport.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <filesystem>
#include <memory>


namespace cw::ui {

/// Writes one report on a worker thread through a read-only connection of its own to the
/// workspace file, so the window stays responsive while a large report is written and the user
/// can cancel. The report goes to a hidden file beside the target and is renamed into place only
/// when it is complete and the job was not cancelled; a cancelled or failed job leaves nothing.
class ExportJob : public QObject {
    Q_OBJECT
public:
    ExportJob(std::filesystem::path workspace, std::shared_ptr<const cw::Clock> clock,
              cw::report::ReportRequest request, QString target, QObject* parent = nullptr);
    /// Waits for the worker (only when the job is destroyed while it still runs).
    ~ExportJob() override;

    void start();
    /// Stops waiting: finished() is not emitted, and the partial file is removed when the worker
    /// ends. The job then deletes itself.
    void cancel();
    [[nodiscard]] bool running() const { return m_task.running(); }
    /// The hidden file the worker writes (for tests).
    [[nodiscard]] QString partialPath() const { return m_partial; }

Q_SIGNALS:
    /// The report is in place (`error` empty), or it failed with `error`.
    void finished(const QString& error);

private:
    void workerEnded();

    std::filesystem::path m_workspace;
    std::shared_ptr<const cw::Clock> m_clock;
    cw::report::ReportRequest m_request;
    QString m_target;
    QString m_partial;
    QString m_error; ///< written by the worker, read after it ended
    std::atomic<bool> m_cancelled = false;
    BackgroundTask m_task; ///< the writing; last, so it waits before the fields go
};

} // namespace cw::ui
