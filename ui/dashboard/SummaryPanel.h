#pragma once

#include <QWidget>

class QAbstractItemModel;
class QGroupBox;
class QLabel;
class QTableView;

namespace cw::ui {

class Banner;
class EntityCountsModel;
class ReadinessPanel;
class RecentActivityModel;
class RefreshWhenShown;
class WorkspaceSession;

/// The open workspace at a glance: engagement, organization, language, schema version, file,
/// certification readiness, record counts and the latest audit-trail entries. Refreshes on every committed change.
class SummaryPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kRecentEntries = 10;

    explicit SummaryPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString engagementName() const;
    [[nodiscard]] EntityCountsModel* countsModel() const { return m_counts; }
    [[nodiscard]] RecentActivityModel* activityModel() const { return m_activity; }
    [[nodiscard]] ReadinessPanel* readinessPanel() const { return m_readiness; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslateUi();
    void updateReadOnlyBanner();
    [[nodiscard]] QTableView* makeTable(QAbstractItemModel* model);

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    QLabel* m_name;
    QLabel* m_organization;
    Banner* m_readOnly;
    QGroupBox* m_workspaceBox;
    QGroupBox* m_countsBox;
    QGroupBox* m_activityBox;
    QLabel* m_languageLabel;
    QLabel* m_language;
    QLabel* m_schemaLabel;
    QLabel* m_schema;
    QLabel* m_fileLabel;
    QLabel* m_file;
    QLabel* m_scopeLabel;
    QLabel* m_scope;
    EntityCountsModel* m_counts;
    RecentActivityModel* m_activity;
    ReadinessPanel* m_readiness;
    std::string m_languageCode;
};

} // namespace cw::ui
