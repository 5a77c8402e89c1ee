#include "dashboard/DashboardPage.h"

#include "dashboard/SummaryPanel.h"
#include "dashboard/WelcomePanel.h"
#include "shell/WorkspaceSession.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace cw::ui {

DashboardPage::DashboardPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_panels(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(this))
    , m_summary(new SummaryPanel(session, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_panels->addWidget(m_welcome);
    m_panels->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panels);

    connect(m_welcome, &WelcomePanel::newRequested, this, &DashboardPage::newRequested);
    connect(m_welcome, &WelcomePanel::openRequested, this, &DashboardPage::openRequested);
    connect(m_welcome, &WelcomePanel::demoRequested, this, &DashboardPage::demoRequested);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &DashboardPage::showCurrentPanel);
    showCurrentPanel();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::retranslateUi()
{
    // The panels retranslate themselves.
}

void DashboardPage::showCurrentPanel()
{
    m_panels->setCurrentWidget(m_session.isOpen() ? static_cast<QWidget*>(m_summary) : m_welcome);
}

} // namespace cw::ui
