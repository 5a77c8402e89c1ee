#pragma once

#include <QGroupBox>
#include <QStringList>

class QLabel;

namespace cw::ui {

class RefreshWhenShown;
class WorkspaceSession;

/// The certification readiness of the open workspace: the verdict (not ready, stage 1, stage 2)
/// with the unmet criteria and why, overall readiness and coverage of the latest ISO/IEC 20000-1
/// assessment, open major nonconformities, overdue items and the next milestones of the
/// certification timeline. Follows every change of the session.
class ReadinessPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ReadinessPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    /// "not_ready", "stage1" or "stage2"; empty when no workspace is open.
    [[nodiscard]] QString level() const { return m_level; }
    /// The ids of the unmet criteria shown ("S1.2", …).
    [[nodiscard]] QStringList unmetIds() const { return m_unmetIds; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

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
};

} // namespace cw::ui
