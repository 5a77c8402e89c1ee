#include "audits/AuditsPage.h"

#include "audit/AuditProgramme.h"
#include "audit/Independence.h"
#include "audit/ProgrammeCoverage.h"
#include "audits/AuditDetailPanel.h"
#include "audits/AuditEdits.h"
#include "audits/AuditListModel.h"
#include "audits/AuditNames.h"
#include "audits/CoreEditCommand.h"
#include "audits/CoverageModel.h"
#include "audits/ReviewPanel.h"
#include "common/Banner.h"
#include "common/EmptyState.h"
#include "common/PageWidgets.h"
#include "common/RefreshWhenShown.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace cw::ui {

namespace {
const std::string kDefaultCatalog = "iso20000-1:2018";

QTableView* table(const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}
} // namespace

AuditsPage::AuditsPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_noWorkspace(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_banner(new Banner(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_auditModel(new AuditListModel(this))
    , m_coverageModel(new CoverageModel(this))
    , m_detail(new AuditDetailPanel(session, m_tabs))
    , m_reviews(new ReviewPanel(session, m_tabs))
{
    setObjectName(QStringLiteral("auditsPage"));
    m_banner->setObjectName(QStringLiteral("auditsBanner"));
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->setDocumentMode(true);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    buildTopBar(contentLayout);
    contentLayout->addWidget(m_banner);
    m_tabs->addTab(buildProgrammeTab(), QString());
    m_tabs->addTab(scrollingArea(m_detail, m_tabs), QString());
    m_tabs->addTab(scrollingArea(m_reviews, m_tabs), QString());
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_noWorkspace);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refresher = new RefreshWhenShown(*this, m_session, [this] { workspaceChanged(); }, [this] { refresh(); });
    connect(m_detail, &AuditDetailPanel::findingRaised, this, &AuditsPage::findingRaised);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_detail->commitPending();
        m_reviews->commitPending();
    });

    retranslateUi();
    workspaceChanged();
}

void AuditsPage::buildTopBar(QVBoxLayout* layout)
{
    auto* bar = new QWidget(m_content);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 10);
    row->setSpacing(8);
    m_programmeLabel = new QLabel(bar);
    m_programme = new QComboBox(bar);
    m_programme->setObjectName(QStringLiteral("programmeSelector"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_programme->setMinimumContentsLength(18);
    m_programmeLabel->setBuddy(m_programme);
    m_period = new QLabel(bar);
    m_period->setObjectName(QStringLiteral("programmePeriod"));
    m_period->setForegroundRole(QPalette::PlaceholderText);
    m_newProgramme = new QPushButton(bar);
    m_newProgramme->setObjectName(QStringLiteral("newProgramme"));
    m_newAudit = new QPushButton(bar);
    m_newAudit->setObjectName(QStringLiteral("newAudit"));
    row->addWidget(m_programmeLabel);
    row->addWidget(m_programme);
    row->addWidget(m_period);
    row->addStretch();
    row->addWidget(m_newProgramme);
    row->addWidget(m_newAudit);
    layout->addWidget(bar);
    connect(m_programme, &QComboBox::activated, this,
            [this](int index) { selectProgramme(m_programme->itemData(index).toLongLong()); });
    connect(m_newProgramme, &QPushButton::clicked, this, &AuditsPage::newProgramme);
    connect(m_newAudit, &QPushButton::clicked, this, &AuditsPage::newAudit);
}

QWidget* AuditsPage::buildProgrammeTab()
{
    // The audits on top (a programme holds a handful), the coverage of every clause below, both
    // the full width so that titles and clause names read.
    auto* splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(QStringLiteral("programmeSplitter"));
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(12, 10, 12, 6);
    m_auditsTitle = headingLabel(top, 1.1);
    m_auditTable = table("auditTable", top);
    m_auditTable->setModel(m_auditModel);
    auto* header = m_auditTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditListModel::TitleColumn, QHeaderView::Stretch);
    m_independence = new QLabel(top);
    m_independence->setObjectName(QStringLiteral("independenceWarnings"));
    m_independence->setWordWrap(true);
    m_independence->setTextFormat(Qt::RichText);
    topLayout->addWidget(m_auditsTitle);
    topLayout->addWidget(m_auditTable, 1);
    topLayout->addWidget(m_independence);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(12, 6, 12, 10);
    m_coverageTitle = headingLabel(bottom, 1.1);
    m_coverageSummary = new QLabel(bottom);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setWordWrap(true);
    m_coverageTable = table("coverageTable", bottom);
    m_coverageTable->setModel(m_coverageModel);
    m_coverageTable->setShowGrid(false);
    m_coverageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverageTable->horizontalHeader()->setSectionResizeMode(CoverageModel::ClauseColumn,
                                                              QHeaderView::Stretch);
    m_coverageTable->verticalHeader()->setDefaultSectionSize(m_coverageTable->fontMetrics().height() + 6);
    bottomLayout->addWidget(m_coverageTitle);
    bottomLayout->addWidget(m_coverageSummary);
    bottomLayout->addWidget(m_coverageTable, 1);

    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    connect(m_auditTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto* row = m_auditModel->row(index.row()))
            openAudit(row->audit.id);
    });
    return splitter;
}

QString AuditsPage::title() const
{
    return tr("Audits");
}

void AuditsPage::retranslateUi()
{
    m_noWorkspace->setTexts(tr("No workspace is open"),
                            tr("Create or open a workspace to plan internal audits, record their checklists "
                               "and hold management reviews."));
    m_programmeLabel->setText(tr("&Programme:"));
    m_newProgramme->setText(tr("New programme"));
    m_newAudit->setText(tr("New audit"));
    m_tabs->setTabText(ProgrammeTab, tr("Programme"));
    m_tabs->setTabText(AuditTab, tr("Audit"));
    m_tabs->setTabText(ReviewTab, tr("Management review"));
    m_auditsTitle->setText(tr("Audits (double-click or Enter opens one)"));
    m_coverageTitle->setText(tr("Coverage of clauses 4–10"));
    m_auditModel->languageChanged();
    m_coverageModel->languageChanged();
    m_detail->retranslateUi();
    m_reviews->retranslateUi();
    if (m_session.isOpen())
        refresh();
}

void AuditsPage::workspaceChanged()
{
    m_programmeId = 0;
    m_auditModel->setRows({}, kDefaultCatalog);
    m_coverageModel->setCoverage({}, {});
    m_detail->showAudit(0, kDefaultCatalog);
    m_tabs->setCurrentIndex(ProgrammeTab);
    refresh();
}

void AuditsPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const bool open = m_session.isOpen();
    m_stack->setCurrentWidget(open ? m_content : static_cast<QWidget*>(m_noWorkspace));
    if (open) {
        reloadProgrammes();
        reloadProgramme();
    }
    m_detail->reload();
    m_reviews->reload();
    m_refreshing = false;
}

void AuditsPage::reload()
{
    refresh();
}

void AuditsPage::reloadProgrammes()
{
    std::vector<cw::AuditProgramme> list;
    if (!m_session.run([&](cw::Workspace& ws) { list = cw::listProgrammes(ws); }))
        return;
    const cw::AuditProgramme* current = nullptr;
    for (const auto& p : list)
        if (p.id == m_programmeId)
            current = &p;
    if (!current && !list.empty())
        current = &list.back(); // the latest cycle
    m_programmeId = current ? current->id : 0;
    m_defaultCatalog = current && !current->catalogs.empty() ? current->catalogs.front() : kDefaultCatalog;
    const QSignalBlocker block(m_programme);
    m_programme->clear();
    for (const auto& p : list)
        m_programme->addItem(QString::fromStdString(p.name), QVariant::fromValue<qlonglong>(p.id));
    m_programme->setCurrentIndex(m_programme->findData(QVariant::fromValue<qlonglong>(m_programmeId)));
    m_programme->setEnabled(!list.empty());
    m_period->setText(current ? tr("%1 to %2")
                                    .arg(QString::fromStdString(current->periodStart),
                                         QString::fromStdString(current->periodEnd))
                              : tr("No audit programme yet: start with New programme."));
    const bool edit = !m_session.isReadOnly();
    m_newProgramme->setEnabled(edit);
    m_newAudit->setEnabled(edit && m_programmeId != 0);
    m_banner->setText(tr("This workspace is read-only, so audits and reviews cannot be edited."));
    m_banner->setVisible(m_session.isReadOnly());
}

void AuditsPage::reloadProgramme()
{
    std::vector<AuditListModel::Row> rows;
    cw::AuditCoverage coverage;
    std::string since;
    if (m_programmeId != 0 && !m_session.run([&](cw::Workspace& ws) {
            for (auto& a : cw::listAudits(ws, m_programmeId)) {
                auto flags = cw::independenceFlags(ws, a);
                rows.push_back({std::move(a), std::move(flags)});
            }
            coverage = cw::programmeCoverage(ws, m_programmeId);
            const cw::Date now = ws.clock().today();
            since = cw::formatDate(cw::Date{now.year() - std::chrono::years{1}, now.month(), now.day()});
        }))
        return;
    const std::int64_t selected = [&] {
        const auto* r = m_auditModel->row(m_auditTable->currentIndex().row());
        return r ? r->audit.id : std::int64_t{0};
    }();
    QStringList warnings;
    for (const auto& r : rows)
        for (const auto& f : r.flags)
            warnings << QStringLiteral("⚠ <b>%1</b>: %2")
                            .arg(QString::fromStdString(r.audit.code),
                                 AuditNames::independence(f).toHtmlEscaped());
    m_auditModel->setRows(std::move(rows), m_defaultCatalog);
    if (const int row = m_auditModel->rowOf(selected); row >= 0)
        m_auditTable->setCurrentIndex(m_auditModel->index(row, 0));
    m_independence->setText(warnings.isEmpty()
                                ? tr("No independence conflicts: no auditor audits a process they own.")
                                : tr("Independence warnings:") + QStringLiteral("<br>") +
                                      warnings.join(QStringLiteral("<br>")));
    m_coverageModel->setCoverage(std::move(coverage), since);
    const cw::AuditCoverage& c = m_coverageModel->coverage();
    const int recent = m_coverageModel->recentlyAuditedLeaves();
    QString summary = tr("%1 of %2 clauses audited within the last 12 months (since %3); %4 planned, %5 not "
                         "planned.")
                          .arg(recent)
                          .arg(c.leaves)
                          .arg(QString::fromStdString(since))
                          .arg(c.plannedLeaves)
                          .arg(c.notPlannedLeaves);
    if (c.leaves > 0 && recent == c.leaves)
        summary +=
            QLatin1Char(' ') +
            tr("Every clause 4–10 has been audited since %1.").arg(QString::fromStdString(c.auditedSince()));
    m_coverageSummary->setText(summary);
}

void AuditsPage::selectProgramme(std::int64_t id)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    if (id == m_programmeId)
        return;
    m_programmeId = id;
    refresh();
}

void AuditsPage::openAudit(std::int64_t auditId)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    m_detail->showAudit(auditId, m_defaultCatalog);
    m_tabs->setCurrentIndex(AuditTab);
}

void AuditsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool AuditsPage::newAudit()
{
    if (m_programmeId == 0)
        return false;
    cw::Audit a;
    a.programmeId = m_programmeId;
    a.title = tr("New audit").toStdString();
    std::int64_t id = 0;
    if (!AuditEdits::create(m_session, a, &id))
        return false;
    openAudit(id);
    return true;
}

bool AuditsPage::newProgramme()
{
    cw::AuditProgramme p;
    std::string year;
    m_session.run([&](cw::Workspace& ws) { year = cw::formatDate(ws.clock().today()).substr(0, 4); });
    if (year.empty())
        return false;
    p.name = tr("Internal audit programme %1").arg(QString::fromStdString(year)).toStdString();
    p.periodStart = year + "-01-01";
    p.periodEnd = year + "-12-31";
    auto id = std::make_shared<std::int64_t>(0);
    const bool ok =
        CoreEditCommand::push(m_session, new CoreEditCommand(
                                             m_session, tr("New Audit Programme"),
                                             [p, id](cw::Workspace& ws) {
                                                 cw::AuditProgramme again = p;
                                                 again.id = *id; // after an undo: back under the same id
                                                 *id = cw::createProgramme(ws, again);
                                             },
                                             [id](cw::Workspace& ws) { cw::deleteProgramme(ws, *id); }));
    if (ok)
        selectProgramme(*id);
    return ok;
}

} // namespace cw::ui
