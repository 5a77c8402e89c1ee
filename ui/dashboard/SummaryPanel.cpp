#include "dashboard/SummaryPanel.h"

#include "common/Banner.h"
#include "common/RefreshWhenShown.h"
#include "dashboard/EntityCountsModel.h"
#include "dashboard/ReadinessPanel.h"
#include "dashboard/RecentActivityModel.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementFieldNames.h"
#include "shell/WorkspaceSession.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cw::ui {

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

SummaryPanel::SummaryPanel(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(valueLabel(this))
    , m_organization(valueLabel(this))
    , m_readOnly(new Banner(this))
    , m_workspaceBox(new QGroupBox(this))
    , m_countsBox(new QGroupBox(this))
    , m_activityBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(valueLabel(this))
    , m_schemaLabel(new QLabel(this))
    , m_schema(valueLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_file(valueLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(valueLabel(this))
    , m_counts(new EntityCountsModel(this))
    , m_activity(new RecentActivityModel(this))
    , m_readiness(new ReadinessPanel(session, this))
{
    setObjectName(QStringLiteral("summaryPanel"));
    m_name->setObjectName(QStringLiteral("engagementNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    QFont orgFont = m_organization->font();
    orgFont.setPointSizeF(orgFont.pointSizeF() * 1.15);
    m_organization->setFont(orgFont);
    m_organization->setForegroundRole(QPalette::PlaceholderText);

    auto* facts = new QFormLayout(m_workspaceBox);
    facts->addRow(m_languageLabel, m_language);
    facts->addRow(m_schemaLabel, m_schema);
    facts->addRow(m_fileLabel, m_file);
    facts->addRow(m_scopeLabel, m_scope);
    auto* countsLayout = new QVBoxLayout(m_countsBox);
    countsLayout->addWidget(makeTable(m_counts));
    auto* activityLayout = new QVBoxLayout(m_activityBox);
    QTableView* activity = makeTable(m_activity);
    activity->setObjectName(QStringLiteral("recentActivityView"));
    activity->horizontalHeader()->setSectionResizeMode(RecentActivityModel::Change, QHeaderView::Stretch);
    activityLayout->addWidget(activity);

    // Left: the readiness, then the activity; right: the engagement, then the record counts.
    auto* left = new QVBoxLayout;
    left->addWidget(m_readiness);
    left->addWidget(m_activityBox, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_workspaceBox);
    right->addWidget(m_countsBox, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_name);
    layout->addWidget(m_organization);
    layout->addSpacing(8);
    layout->addWidget(m_readOnly);
    layout->addLayout(columns, 1);

    m_refresher = new RefreshWhenShown(*this, m_session, [this] { refresh(); }, [this] { refresh(); });
    retranslateUi();
    refresh();
}

QTableView* SummaryPanel::makeTable(QAbstractItemModel* model)
{
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString SummaryPanel::engagementName() const
{
    return m_name->text();
}

void SummaryPanel::refresh()
{
    if (!m_session.isOpen()) {
        m_counts->setCounts({});
        m_activity->setEntries({});
        return;
    }
    cw::WorkspaceInfo info;
    cw::Engagement engagement;
    std::vector<cw::AuditEntry> recent;
    const bool ok = m_session.run([&](cw::Workspace& ws) {
        info = cw::workspaceInfo(ws);
        engagement = cw::loadEngagement(ws);
        recent = cw::listAuditTrail(ws, cw::AuditQuery{std::nullopt, std::nullopt, kRecentEntries});
    });
    if (!ok)
        return;
    std::reverse(recent.begin(), recent.end()); // newest first

    m_name->setText(QString::fromStdString(engagement.name));
    QStringList organization;
    for (const std::string& org : {engagement.organizationEn, engagement.organizationZh})
        if (!org.empty())
            organization.append(QString::fromStdString(org));
    m_organization->setText(organization.join(QStringLiteral("  ·  ")));
    m_organization->setVisible(!organization.isEmpty());
    m_languageCode = engagement.language;
    m_language->setText(EngagementFieldNames::languageName(m_languageCode));
    m_schema->setText(QString::number(info.schemaVersion));
    m_file->setText(m_session.filePath());
    m_scope->setText(QString::fromStdString(engagement.scope));
    updateReadOnlyBanner();
    m_counts->setCounts(info.counts);
    m_activity->setEntries(std::move(recent));
}

void SummaryPanel::updateReadOnlyBanner()
{
    const bool readOnly = m_session.isReadOnly();
    m_readOnly->setVisible(readOnly);
    m_readOnly->setText(readOnly ? tr("This workspace is read-only: %1")
                                       .arg(QString::fromStdString(m_session.workspace()->readOnlyReason()))
                                 : QString());
}

void SummaryPanel::retranslateUi()
{
    m_workspaceBox->setTitle(tr("Engagement"));
    m_countsBox->setTitle(tr("Records"));
    m_activityBox->setTitle(tr("Recent activity"));
    m_languageLabel->setText(tr("Language:"));
    m_schemaLabel->setText(tr("Schema version:"));
    m_fileLabel->setText(tr("File:"));
    m_scopeLabel->setText(tr("Scope:"));
    m_language->setText(EngagementFieldNames::languageName(m_languageCode));
    updateReadOnlyBanner();
    m_counts->retranslate();
    m_activity->retranslate();
}

void SummaryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cw::ui
