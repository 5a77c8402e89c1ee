#include "gap/CompareView.h"

#include "assessment/Assessment.h"
#include "assessment/Compare.h"
#include "common/PageWidgets.h"
#include "gap/CompareModels.h"
#include "gap/GapNames.h"
#include "shell/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cw::ui {

namespace {
QTableView* table(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(false);
    return t;
}

} // namespace

CompareView::CompareView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_labelA(new QLabel(this))
    , m_comboA(new QComboBox(this))
    , m_labelB(new QLabel(this))
    , m_comboB(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_clausesTitle(nullptr)
    , m_changesTitle(nullptr)
    , m_clauses(new ClauseCompareModel(this))
    , m_changes(new StatusChangeModel(this))
    , m_clauseTable(nullptr)
    , m_changeTable(nullptr)
{
    setObjectName(QStringLiteral("compareView"));
    m_comboA->setObjectName(QStringLiteral("compareA"));
    m_comboB->setObjectName(QStringLiteral("compareB"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    for (auto* c : {m_comboA, m_comboB}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMinimumContentsLength(18);
    }
    m_labelA->setBuddy(m_comboA);
    m_labelB->setBuddy(m_comboB);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_labelA);
    pick->addWidget(m_comboA);
    pick->addSpacing(12);
    pick->addWidget(m_labelB);
    pick->addWidget(m_comboB);
    pick->addStretch();
    layout->addLayout(pick);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 6, 0, 0);
    m_clausesTitle = headingLabel(top, 1.0);
    m_clauseTable = table(m_clauses, "compareClauses", top);
    m_clauseTable->horizontalHeader()->setSectionResizeMode(ClauseCompareModel::ClauseColumn,
                                                            QHeaderView::Stretch);
    for (const int c : {ClauseCompareModel::ReadinessAColumn, ClauseCompareModel::ReadinessBColumn,
                        ClauseCompareModel::ChangeColumn})
        m_clauseTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    topLayout->addWidget(m_clausesTitle);
    topLayout->addWidget(m_clauseTable);
    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    m_changesTitle = headingLabel(bottom, 1.0);
    m_changeTable = table(m_changes, "compareChanges", bottom);
    m_changeTable->horizontalHeader()->setSectionResizeMode(StatusChangeModel::TitleColumn,
                                                            QHeaderView::Stretch);
    for (const int c : {StatusChangeModel::RefColumn, StatusChangeModel::BeforeColumn,
                        StatusChangeModel::AfterColumn, StatusChangeModel::KindColumn})
        m_changeTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_changesTitle);
    bottomLayout->addWidget(m_changeTable);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    const auto picked = [this] {
        compare(m_comboA->currentData().toLongLong(), m_comboB->currentData().toLongLong());
    };
    connect(m_comboA, &QComboBox::activated, this, picked);
    connect(m_comboB, &QComboBox::activated, this, picked);
    connect(m_changeTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto* c = m_changes->change(index.row()))
            Q_EMIT requirementActivated(QString::fromStdString(c->key.catalogId),
                                        QString::fromStdString(c->key.ref));
    });
    retranslateUi();
}

void CompareView::retranslateUi()
{
    m_labelA->setText(tr("&Compare:"));
    m_labelB->setText(tr("&with:"));
    m_clausesTitle->setText(tr("Readiness by clause"));
    m_changesTitle->setText(tr("Requirements whose status changed"));
    m_clauses->languageChanged();
    m_changes->languageChanged();
    recompute();
}

void CompareView::reload(std::int64_t current)
{
    std::vector<cw::Assessment> list;
    if (!m_session.run([&](cw::Workspace& ws) { list = cw::listAssessments(ws); }))
        list.clear();
    const auto has = [&](std::int64_t id) {
        return id != 0 &&
               std::any_of(list.begin(), list.end(), [&](const cw::Assessment& a) { return a.id == id; });
    };
    if (!has(m_a) || !has(m_b) || m_a == m_b) {
        m_b = has(current) ? current : (list.empty() ? 0 : list.back().id);
        m_a = 0;
        for (const auto& a : list) { // the one listed before B, else the first other one
            if (a.id == m_b)
                break;
            m_a = a.id;
        }
        if (m_a == 0)
            for (const auto& a : list)
                if (a.id != m_b) {
                    m_a = a.id;
                    break;
                }
    }
    for (auto* combo : {m_comboA, m_comboB}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto& a : list)
            combo->addItem(
                QStringLiteral("%1 (%2)").arg(QString::fromStdString(a.name), QString::fromStdString(a.date)),
                QVariant::fromValue<qlonglong>(a.id));
    }
    m_comboA->setCurrentIndex(m_comboA->findData(QVariant::fromValue<qlonglong>(m_a)));
    m_comboB->setCurrentIndex(m_comboB->findData(QVariant::fromValue<qlonglong>(m_b)));
    recompute();
}

void CompareView::compare(std::int64_t a, std::int64_t b)
{
    m_a = a;
    m_b = b;
    m_comboA->setCurrentIndex(m_comboA->findData(QVariant::fromValue<qlonglong>(m_a)));
    m_comboB->setCurrentIndex(m_comboB->findData(QVariant::fromValue<qlonglong>(m_b)));
    recompute();
}

void CompareView::recompute()
{
    if (m_a == 0 || m_b == 0 || !m_session.isOpen()) {
        m_clauses->setComparison({});
        m_changes->setChanges({});
        m_summary->setText(
            tr("Create a second assessment (for example a follow-up) to compare it with this one."));
        return;
    }
    cw::AssessmentComparison cmp;
    if (!m_session.run([&](cw::Workspace& ws) { cmp = cw::compareAssessments(ws, m_a, m_b); }))
        return;
    m_clauses->setHeaders(tr("%1 readiness").arg(m_comboA->currentText()),
                          tr("%1 readiness").arg(m_comboB->currentText()));
    m_clauses->setComparison(cmp);
    m_changes->setChanges(cmp.changes);
    const auto ra = cmp.a.overall.readiness();
    const auto rb = cmp.b.overall.readiness();
    m_summary->setText(
        tr("Overall readiness %1 → %2 (%3 points). Improved: %4, regressed: %5, applicability changed: %6.")
            .arg(GapNames::percent(ra), GapNames::percent(rb),
                 ClauseCompareModel::points(ra && rb ? std::optional<double>(*rb - *ra) : std::nullopt))
            .arg(cmp.changesOf(cw::ChangeKind::Improved).size())
            .arg(cmp.changesOf(cw::ChangeKind::Regressed).size())
            .arg(cmp.changesOf(cw::ChangeKind::Applicability).size()));
}

} // namespace cw::ui
