#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which the readiness headers reach through <compare>.
#ifndef Q_MOC_RUN
#include "readiness/CertificationTimeline.h"
#include "readiness/Readiness.h"
#include "readiness/ReadinessFacts.h"
#endif

#include "common/BackgroundTask.h"

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QLabel;

namespace cw::ui {

class RefreshWhenShown;
class WorkspaceSession;

/// The certification readiness of the open workspace: the verdict (not ready, stage 1, stage 2)
/// with the unmet criteria and why, overall readiness and coverage of the latest ISO/IEC 20000-1
/// assessment, open major nonconformities, overdue items and the next milestones of the
/// certification timeline. Follows every change of the session. In a shown window the facts are
/// gathered on a worker thread through a read-only connection of its own (about 0.1 s on a large
/// engagement) and shown when they arrive, so neither opening nor editing waits for them.
class ReadinessPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ReadinessPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Whether facts are being gathered on the worker thread.
    [[nodiscard]] bool busy() const { return m_gather.running(); }

    /// "not_ready", "stage1" or "stage2"; empty when no workspace is open.
    [[nodiscard]] QString level() const { return m_level; }
    /// The ids of the unmet criteria shown ("S1.2", …).
    [[nodiscard]] QStringList unmetIds() const { return m_unmetIds; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void gathered();
    /// Fills the labels and the chart.
    void present(const cw::ReadinessFacts& facts, const cw::Verdict& verdict,
                 const cw::CertificationTimeline& timeline);

    struct Gathered {
        cw::ReadinessFacts facts;
        cw::Verdict verdict;
        cw::CertificationTimeline timeline;
    };

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    QLabel* m_verdict;
    QLabel* m_figures;
    QLabel* m_unmetTitle;
    QLabel* m_unmet;
    QLabel* m_milestonesTitle;
    QLabel* m_milestones;
    QLabel* m_timelineChart; ///< the whole certification cycle, drawn as in the readiness report
    QString m_level;
    QStringList m_unmetIds;
    bool m_again = false;              ///< the workspace changed while the worker gathered
    std::optional<Gathered> m_result;  ///< written by the worker, read after it ended
    QString m_error;                   ///< written by the worker
    BackgroundTask m_gather; ///< gathers the facts; last, so it waits before the fields go
};

} // namespace cw::ui
