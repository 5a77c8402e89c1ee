#include "findings/FindingsPage.h"

#include "audit/Audit.h"
#include "common/Banner.h"
#include "common/EmptyState.h"
#include "common/RefreshWhenShown.h"
#include "findings/FindingDetailPanel.h"
#include "findings/FindingEdits.h"
#include "findings/FindingListModel.h"
#include "findings/FindingNames.h"
#include "findings/NewFindingDialog.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <span>

namespace cw::ui {

namespace {
/// Rows measured to size the register's columns.
constexpr int kSizedRows = 100;
/// Open majors named above the register; the rest are behind "and N more".
constexpr std::size_t kMajorsListed = 5;
} // namespace

FindingsPage::FindingsPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_noWorkspace(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_banner(new Banner(m_content))
    , m_majors(new QLabel(m_content))
    , m_typeLabel(new QLabel(m_content))
    , m_type(new QComboBox(m_content))
    , m_stateLabel(new QLabel(m_content))
    , m_state(new QComboBox(m_content))
    , m_open(new QCheckBox(m_content))
    , m_overdue(new QCheckBox(m_content))
    , m_clauseLabel(new QLabel(m_content))
    , m_clause(new QLineEdit(m_content))
    , m_count(new QLabel(m_content))
    , m_new(new QPushButton(m_content))
    , m_model(new FindingListModel(session, this))
    , m_table(new QTableView(m_content))
    , m_detail(new FindingDetailPanel(session, m_content))
{
    setObjectName(QStringLiteral("findingsPage"));
    m_banner->setObjectName(QStringLiteral("findingsBanner"));
    m_majors->setObjectName(QStringLiteral("openMajors"));
    m_majors->setWordWrap(true);
    m_majors->setTextFormat(Qt::RichText);
    m_majors->setContentsMargins(16, 8, 16, 0);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    for (QComboBox* box : {m_type, m_state}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    m_open->setObjectName(QStringLiteral("openFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_clause->setObjectName(QStringLiteral("clauseFilter"));
    m_clause->setClearButtonEnabled(true);
    m_clause->setMaximumWidth(80); // refs are short; the bar must fit a small window
    m_clauseLabel->setBuddy(m_clause);
    m_count->setObjectName(QStringLiteral("findingCount"));
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // may be cut short, not the filters
    m_new->setObjectName(QStringLiteral("newFinding"));
    m_table->setObjectName(QStringLiteral("findingTable"));
    m_typeLabel->setBuddy(m_type);
    m_stateLabel->setBuddy(m_state);

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(16, 8, 16, 6);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(4);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addSpacing(8);
    filters->addWidget(m_clauseLabel);
    filters->addWidget(m_clause);
    filters->addWidget(m_open);
    filters->addWidget(m_overdue);
    filters->addSpacing(4);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_new);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the first rows, not the whole register (thousands of findings in a large one).
    m_table->horizontalHeader()->setResizeContentsPrecision(kSizedRows);
    m_table->horizontalHeader()->setSectionResizeMode(FindingListModel::TitleColumn, QHeaderView::Stretch);

    auto* detailScroll = new QScrollArea(m_content);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setObjectName(QStringLiteral("findingsSplitter"));
    auto* tableHolder = new QWidget(splitter);
    auto* tableLayout = new QVBoxLayout(tableHolder);
    tableLayout->setContentsMargins(12, 0, 12, 0);
    tableLayout->addWidget(m_table);
    splitter->addWidget(tableHolder);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 420});
    splitter->setChildrenCollapsible(false);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_majors);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_noWorkspace);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refresher = new RefreshWhenShown(
        *this, m_session, [this] { workspaceChanged(); }, [this] { refresh(); });
    connect(m_type, &QComboBox::activated, this, &FindingsPage::applyFilters);
    connect(m_state, &QComboBox::activated, this, &FindingsPage::applyFilters);
    connect(m_open, &QCheckBox::toggled, this, &FindingsPage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &FindingsPage::applyFilters);
    connect(m_clause, &QLineEdit::textChanged, this, &FindingsPage::applyFilters);
    connect(m_new, &QPushButton::clicked, this, &FindingsPage::newFinding);
    connect(m_majors, &QLabel::linkActivated, this, [this] { // "… and N more": the open majors
        const QSignalBlocker blockOpen(m_open);
        const QSignalBlocker blockOverdue(m_overdue);
        m_open->setChecked(true);
        m_overdue->setChecked(false);
        setTypeFilter(cw::FindingType::Major);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPage::showCurrent);

    retranslateUi();
    workspaceChanged();
}

QString FindingsPage::title() const
{
    return tr("Findings & actions");
}

void FindingsPage::retranslateUi()
{
    m_noWorkspace->setTexts(tr("No workspace is open"),
                            tr("Create or open a workspace to record audit findings and follow corrective "
                               "actions to verified closure."));
    m_typeLabel->setText(tr("&Type:"));
    m_stateLabel->setText(tr("&State:"));
    m_open->setText(tr("&Open only"));
    m_overdue->setText(tr("O&verdue only"));
    m_clauseLabel->setText(tr("C&lause:"));
    m_clause->setPlaceholderText(tr("e.g. 8.6"));
    m_clause->setToolTip(tr("Only findings citing this clause or one under it. Put the catalog first to "
                            "limit it to one standard: iso27001:2022 A.5"));
    m_new->setText(tr("New finding…"));
    const QVariant type = m_type->currentData();
    const QVariant state = m_state->currentData();
    {
        const QSignalBlocker b1(m_type);
        const QSignalBlocker b2(m_state);
        m_type->clear();
        m_type->addItem(tr("All types"), -1);
        for (const cw::FindingType t : cw::allFindingTypes())
            m_type->addItem(FindingNames::type(t), static_cast<int>(t));
        m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
        m_state->clear();
        m_state->addItem(tr("All states"), -1);
        for (const cw::FindingState s : cw::allFindingStates())
            m_state->addItem(FindingNames::state(s), static_cast<int>(s));
        m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    }
    m_model->languageChanged();
    m_detail->retranslateUi();
    if (m_session.isOpen())
        refresh();
}

void FindingsPage::workspaceChanged()
{
    m_model->clear();
    m_detail->showFinding(0);
    refresh();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void FindingsPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const bool open = m_session.isOpen();
    m_stack->setCurrentWidget(open ? m_content : static_cast<QWidget*>(m_noWorkspace));
    if (open) {
        const std::int64_t selected = m_detail->findingId();
        m_model->reload();
        if (const int row = m_model->rowOf(selected); row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(row, 0));
        }
        m_detail->reload();
        updateSummary();
        m_new->setEnabled(!m_session.isReadOnly());
        m_banner->setText(
            tr("This workspace is read-only, so findings and corrective actions cannot be edited."));
        m_banner->setVisible(m_session.isReadOnly());
    } else {
        m_model->clear();
        m_detail->showFinding(0);
    }
    m_refreshing = false;
}

void FindingsPage::reload()
{
    refresh();
}

void FindingsPage::updateSummary()
{
    const auto& all = m_model->allFindings(); // read with the table, whatever its filter
    const cw::FindingCounts counts = cw::countFindings(all);
    std::vector<const cw::FindingRow*> majors;
    for (const auto& r : all)
        if (r.finding.type == cw::FindingType::Major && r.open())
            majors.push_back(&r);
    if (majors.empty()) {
        m_majors->setText(tr("No open major nonconformity."));
    } else {
        // The first few, in the register's order (overdue first); a large engagement can have
        // dozens, and the rest are one click away in the table.
        QStringList items;
        for (const cw::FindingRow* r : std::span(majors).first(std::min(majors.size(), kMajorsListed)))
            items << QStringLiteral("<b>%1</b> %2 (%3%4)")
                         .arg(QString::fromStdString(r->finding.code),
                              QString::fromStdString(r->finding.title).toHtmlEscaped(),
                              FindingNames::state(r->finding.state),
                              r->nextDue.empty()
                                  ? QString()
                                  : tr(", next due %1").arg(QString::fromStdString(r->nextDue)));
        QString more;
        if (majors.size() > kMajorsListed)
            more =
                QStringLiteral(" <a href=\"majors\">%1</a>")
                    .arg(tr("and %1 more: show them all").arg(majors.size() - kMajorsListed).toHtmlEscaped());
        m_majors->setText(QStringLiteral("<span style=\"color:#c02b2b\">%1</span> %2%3")
                              .arg(tr("Open major nonconformities: %1.").arg(majors.size()),
                                   items.join(QStringLiteral("; ")), more));
    }
    m_count->setText(tr("%1 shown · %2 open · %3 overdue corrective actions")
                         .arg(m_model->rowCount())
                         .arg(counts.total - counts.closed)
                         .arg(counts.overdueActions));
}

void FindingsPage::applyFilters()
{
    cw::FindingFilter f;
    if (const int t = m_type->currentData().toInt(); t >= 0)
        f.type = static_cast<cw::FindingType>(t);
    if (const int s = m_state->currentData().toInt(); s >= 0)
        f.state = static_cast<cw::FindingState>(s);
    f.openOnly = m_open->isChecked();
    f.overdueOnly = m_overdue->isChecked();
    f.clause = m_clause->text().trimmed().toStdString();
    const std::int64_t selected = m_detail->findingId();
    m_model->setFilter(f);
    const int row = m_model->rowOf(selected);
    m_table->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    if (m_model->rowCount() == 0)
        m_detail->showFinding(0);
    updateSummary();
}

void FindingsPage::setTypeFilter(std::optional<cw::FindingType> type)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    m_type->setCurrentIndex(std::max(0, m_type->findData(type ? static_cast<int>(*type) : -1)));
    applyFilters();
}

void FindingsPage::setStateFilter(std::optional<cw::FindingState> state)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    m_state->setCurrentIndex(std::max(0, m_state->findData(state ? static_cast<int>(*state) : -1)));
    applyFilters();
}

void FindingsPage::setOverdueOnly(bool overdue)
{
    m_refresher->flush();           // the page may be hidden with a refresh pending
    m_overdue->setChecked(overdue); // toggled() applies the filters
    applyFilters();
}

void FindingsPage::setClauseFilter(const QString& clause)
{
    m_refresher->flush();      // the page may be hidden with a refresh pending
    m_clause->setText(clause); // textChanged() applies the filters
}

void FindingsPage::setOpenOnly(bool open)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    m_open->setChecked(open);
    applyFilters();
}

void FindingsPage::showCurrent()
{
    const cw::FindingRow* r = m_model->finding(m_table->currentIndex().row());
    m_detail->showFinding(r ? r->finding.id : 0);
}

void FindingsPage::showFinding(std::int64_t findingId)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    if (m_model->rowOf(findingId) < 0) {
        const QSignalBlocker b1(m_type);
        const QSignalBlocker b2(m_state);
        const QSignalBlocker b3(m_open);
        const QSignalBlocker b4(m_overdue);
        const QSignalBlocker b5(m_clause);
        m_type->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        m_open->setChecked(false);
        m_overdue->setChecked(false);
        m_clause->clear();
        m_model->setFilter({});
    }
    const int row = m_model->rowOf(findingId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_detail->showFinding(findingId);
    updateSummary();
}

bool FindingsPage::createFinding(const cw::Finding& finding)
{
    std::int64_t id = 0;
    if (!FindingEdits::create(m_session, finding, &id))
        return false;
    showFinding(id);
    return true;
}

void FindingsPage::newFinding()
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    m_detail->commitPending();
    std::vector<std::pair<std::int64_t, QString>> audits;
    m_session.run([&](cw::Workspace& ws) {
        for (const auto& a : cw::listAudits(ws))
            audits.emplace_back(a.id, QString::fromStdString(a.code));
    });
    cw::Finding proposal;
    proposal.source = audits.empty() ? cw::FindingSource::Other : cw::FindingSource::InternalAudit;
    if (!audits.empty())
        proposal.auditId = audits.back().first;
    NewFindingDialog dialog(proposal, audits, "iso20000-1:2018", this);
    while (dialog.exec() == QDialog::Accepted)
        if (createFinding(dialog.finding()))
            return;
}

} // namespace cw::ui
