#include "documents/VersionsPanel.h"

#include "documents/DocumentNames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::ui {

VersionsPanel::VersionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_minor(new QPushButton(this))
    , m_major(new QPushButton(this))
    , m_summary(new QPushButton(this))
{
    setObjectName(QStringLiteral("versionsPanel"));
    m_tree->setObjectName(QStringLiteral("versionTree"));
    m_minor->setObjectName(QStringLiteral("newMinorVersion"));
    m_major->setObjectName(QStringLiteral("newMajorVersion"));
    m_summary->setObjectName(QStringLiteral("editChangeSummary"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Narrow date columns (full time in the tooltip), so the change summary gets the room.
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_tree->setColumnWidth(2, 150);
    m_tree->setColumnWidth(3, 84);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_minor);
    buttons->addWidget(m_major);
    buttons->addWidget(m_summary);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);

    connect(m_minor, &QPushButton::clicked, this,
            [this] { Q_EMIT newVersionRequested(cw::VersionStep::Minor); });
    connect(m_major, &QPushButton::clicked, this,
            [this] { Q_EMIT newVersionRequested(cw::VersionStep::Major); });
    connect(m_summary, &QPushButton::clicked, this, [this] {
        if (!m_versions.empty())
            Q_EMIT summaryEditRequested(m_versions.back().id,
                                        QString::fromStdString(m_versions.back().changeSummary));
    });
    retranslateUi();
}

void VersionsPanel::showVersions(const std::vector<cw::DocumentVersion>& versions)
{
    m_versions = versions;
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (auto v = versions.rbegin(); v != versions.rend(); ++v) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, QStringLiteral("%1  %2").arg(QString::fromStdString(v->number.toString()),
                                                      DocumentNames::status(v->status)));
        item->setIcon(0, DocumentNames::statusDot(v->status));
        item->setText(1, QString::fromStdString(v->changeSummary));
        item->setToolTip(1, QString::fromStdString(v->changeSummary));
        item->setText(2, QStringLiteral("%1 · %2").arg(QString::fromStdString(v->createdAt.substr(0, 10)),
                                                       QString::fromStdString(v->createdBy)));
        item->setText(3, QString::fromStdString(v->effectiveDate));
        if (v->status == cw::DocumentStatus::Approved)
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        for (const auto& t : v->transitions) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(
                0, QStringLiteral("%1 → %2").arg(DocumentNames::status(t.from), DocumentNames::status(t.to)));
            child->setText(1, QString::fromStdString(t.comment));
            child->setToolTip(1, QString::fromStdString(t.comment));
            QString at = QString::fromStdString(t.atUtc);
            at.replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z'));
            child->setText(2, QStringLiteral("%1 · %2").arg(at.left(10), QString::fromStdString(t.actor)));
            child->setToolTip(2, QStringLiteral("%1 UTC · %2").arg(at, QString::fromStdString(t.actor)));
        }
    }
    m_tree->expandAll();
    updateButtons();
}

void VersionsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void VersionsPanel::updateButtons()
{
    const bool any = !m_versions.empty();
    const cw::DocumentStatus current = any ? m_versions.back().status : cw::DocumentStatus::Draft;
    const bool released = current == cw::DocumentStatus::Approved || current == cw::DocumentStatus::Obsolete;
    m_minor->setEnabled(any && !m_readOnly && released);
    m_major->setEnabled(any && !m_readOnly && released);
    m_summary->setEnabled(any && !m_readOnly && !released);
}

void VersionsPanel::retranslateUi()
{
    m_tree->setHeaderLabels(
        {tr("Version / status"), tr("Change summary / comment"), tr("When · who"), tr("Effective")});
    m_minor->setText(tr("New Minor Version…"));
    m_major->setText(tr("New Major Version…"));
    m_summary->setText(tr("Edit Change Summary…"));
    m_hint->setText(
        tr("A new version can be started once the current one is approved or obsolete; the version in "
           "force stays in force until the new one is approved."));
    if (!m_versions.empty())
        showVersions(std::vector<cw::DocumentVersion>(m_versions));
}

} // namespace cw::ui
