#include "documents/RecordsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

RecordsPanel::RecordsPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("recordsPanel"));
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    m_list->setObjectName(QStringLiteral("recordList"));
    m_add->setObjectName(QStringLiteral("addRecordEntry"));
    m_remove->setObjectName(QStringLiteral("removeRecordEntry"));
    m_summary->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_add, &QPushButton::clicked, this, &RecordsPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_list->currentItem())
            Q_EMIT removeRequested(item->data(0, kIdRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecordsPanel::updateState);
    retranslateUi();
}

void RecordsPanel::showEntries(int level, const std::vector<cw::RecordEntry>& entries,
                               const cw::RecordSpan& span)
{
    m_level = level;
    m_entries = entries;
    m_span = span;
    m_list->clear();
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) { // newest first
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(e->date));
        item->setText(1, QString::fromStdString(e->reference));
        item->setText(2, QString::fromStdString(e->note));
        item->setToolTip(2, QString::fromStdString(e->note));
        item->setData(0, kIdRole, QVariant::fromValue<qlonglong>(e->id));
    }
    updateState();
}

void RecordsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void RecordsPanel::updateState()
{
    const bool records = m_level == cw::kMaxDocumentLevel;
    m_list->setEnabled(records);
    m_add->setEnabled(records && !m_readOnly);
    m_remove->setEnabled(records && !m_readOnly && m_list->currentItem() != nullptr);
    if (m_level == 0)
        m_summary->clear();
    else if (!records)
        m_summary->setText(
            tr("Record entries belong to level-4 records and forms; this document is of level %1.")
                .arg(m_level));
    else if (m_span.entries == 0)
        m_summary->setText(
            tr("No record entries yet. Add a dated sample of the records each month to show how "
               "long the process has been producing them."));
    else
        m_summary->setText(
            tr("Months with records: %1 · entries: %2 · from %3 to %4")
                .arg(m_span.months)
                .arg(m_span.entries)
                .arg(QString::fromStdString(m_span.first), QString::fromStdString(m_span.last)));
}

void RecordsPanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Date"), tr("Reference"), tr("Note")});
    m_add->setText(tr("Add Entry…"));
    m_remove->setText(tr("Remove Entry"));
    updateState();
}

} // namespace cw::ui
