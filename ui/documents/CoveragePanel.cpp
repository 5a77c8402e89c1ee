#include "documents/CoveragePanel.h"

#include "catalog/CatalogNames.h"
#include "gap/GapNames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::ui {

CoveragePanel::CoveragePanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_starter(new QWidget(this))
    , m_starterText(new QLabel(m_starter))
    , m_starterButton(new QPushButton(m_starter))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("coveragePanel"));
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_starterButton->setObjectName(QStringLiteral("createStarterSet"));
    m_list->setObjectName(QStringLiteral("coverageList"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_starterText->setWordWrap(true);
    m_list->setColumnCount(6);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* starterLayout = new QHBoxLayout(m_starter);
    starterLayout->setContentsMargins(0, 0, 0, 0);
    starterLayout->addWidget(m_starterText, 1);
    starterLayout->addWidget(m_starterButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_summary);
    layout->addWidget(m_starter);
    layout->addWidget(m_list, 1);
    m_starter->hide();

    connect(m_starterButton, &QPushButton::clicked, this, &CoveragePanel::starterSetRequested);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString code = item->data(5, Qt::UserRole).toString();
        if (!code.isEmpty())
            Q_EMIT documentRequested(code);
    });
    retranslateUi();
}

QString CoveragePanel::statusName(cw::DocumentCoverageStatus s)
{
    switch (s) {
    case cw::DocumentCoverageStatus::Covered:
        return tr("Covered by an approved document");
    case cw::DocumentCoverageStatus::Draft:
        return tr("Draft only");
    case cw::DocumentCoverageStatus::Missing:
        return tr("Missing");
    }
    return {};
}

QColor CoveragePanel::statusColor(cw::DocumentCoverageStatus s)
{
    switch (s) {
    case cw::DocumentCoverageStatus::Covered:
        return QColor(0x3a, 0x9d, 0x5d);
    case cw::DocumentCoverageStatus::Draft:
        return QColor(0xe8, 0x9a, 0x24);
    case cw::DocumentCoverageStatus::Missing:
        return QColor(0xd6, 0x45, 0x41);
    }
    return {};
}

void CoveragePanel::showCoverage(const std::vector<cw::DocumentCoverageRow>& rows, bool registerEmpty)
{
    m_rows = rows;
    m_empty = registerEmpty;
    m_list->clear();
    int counts[3] = {0, 0, 0};
    for (const auto& r : rows) {
        ++counts[static_cast<int>(r.status)];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(r.clause));
        item->setText(1, GapNames::pick(r.title.en, r.title.zh));
        item->setToolTip(1, QString::fromStdString(r.itemId));
        item->setText(2, CatalogNames::kind(r.kind));
        item->setText(3, CatalogNames::level(r.level));
        item->setText(4, statusName(r.status));
        item->setForeground(4, statusColor(r.status).darker(115));
        QStringList codes;
        for (const auto& c : r.documents)
            codes << QString::fromStdString(c);
        item->setText(5, codes.join(QStringLiteral(", ")));
        item->setData(5, Qt::UserRole, codes.isEmpty() ? QString() : codes.front());
    }
    m_summary->setText(
        tr("Required documented information: %1 items — %2 covered, %3 in draft only, %4 missing.")
            .arg(rows.size())
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2]));
    m_starter->setVisible(registerEmpty);
    m_starterButton->setEnabled(!m_readOnly);
}

void CoveragePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_starterButton->setEnabled(!m_readOnly);
}

void CoveragePanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Clause"), tr("Required documented information"), tr("Kind"), tr("Level"),
                             tr("Status"), tr("Documents")});
    m_starterText->setText(
        tr("The register is empty. The starter set creates a recommended skeleton register for "
           "ISO/IEC 20000-1:2018 — the manual, a procedure for each process, key templates and "
           "records — as drafts, titled in the engagement's language."));
    m_starterButton->setText(tr("Create Starter Set"));
    showCoverage(std::vector<cw::DocumentCoverageRow>(m_rows), m_empty);
}

} // namespace cw::ui
