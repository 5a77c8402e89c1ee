#pragma once

#include "common/Page.h"

class QStackedWidget;

namespace cw::ui {

class SummaryPanel;
class WelcomePanel;
class WorkspaceSession;

/// The first page: the open workspace at a glance, or a welcome with New / Open / Open Demo.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(WorkspaceSession& session, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();

protected:
    void retranslateUi() override;

private:
    void showCurrentPanel();

    WorkspaceSession& m_session;
    QStackedWidget* m_panels;
    WelcomePanel* m_welcome;
    SummaryPanel* m_summary;
};

} // namespace cw::ui
