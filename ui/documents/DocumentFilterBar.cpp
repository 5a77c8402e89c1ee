#include "documents/DocumentFilterBar.h"

#include "documents/DocumentNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace cw::ui {

DocumentFilterBar::DocumentFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_levelLabel(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_clauseLabel(new QLabel(this))
    , m_clause(new QLineEdit(this))
    , m_overdue(new QCheckBox(this))
{
    setObjectName(QStringLiteral("documentFilters"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_clause->setObjectName(QStringLiteral("clauseFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_level->addItem(QString(), 0);
    for (int level = cw::kMinDocumentLevel; level <= cw::kMaxDocumentLevel; ++level)
        m_level->addItem(QString(), level);
    m_status->addItem(QString(), QString());
    for (const auto s : cw::allDocumentStatuses())
        m_status->addItem(DocumentNames::statusDot(s), QString(), QString::fromUtf8(cw::toString(s).data()));
    m_owner->addItem(QString(), QString());
    for (QComboBox* c : {m_level, m_status, m_owner}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    m_clause->setClearButtonEnabled(true);
    m_overdue->setIcon(DocumentNames::overdueIcon());
    m_levelLabel->setBuddy(m_level);
    m_statusLabel->setBuddy(m_status);
    m_ownerLabel->setBuddy(m_owner);
    m_clauseLabel->setBuddy(m_clause);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->addWidget(m_levelLabel, 0, 0);
    layout->addWidget(m_level, 0, 1);
    layout->addWidget(m_statusLabel, 0, 2);
    layout->addWidget(m_status, 0, 3);
    layout->addWidget(m_ownerLabel, 0, 4);
    layout->addWidget(m_owner, 0, 5);
    layout->addWidget(m_clauseLabel, 1, 0);
    layout->addWidget(m_clause, 1, 1);
    layout->addWidget(m_overdue, 1, 2, 1, 4);
    layout->setColumnStretch(6, 1);

    for (QComboBox* c : {m_level, m_status, m_owner})
        connect(c, &QComboBox::currentIndexChanged, this, &DocumentFilterBar::filterChanged);
    connect(m_clause, &QLineEdit::textChanged, this, &DocumentFilterBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &DocumentFilterBar::filterChanged);
    retranslateUi();
}

cw::DocumentFilter DocumentFilterBar::filter() const
{
    cw::DocumentFilter f;
    if (const int level = m_level->currentData().toInt(); level > 0)
        f.level = level;
    f.status = cw::documentStatusFromString(m_status->currentData().toString().toStdString());
    if (const QString owner = m_owner->currentData().toString(); m_owner->currentIndex() > 0)
        f.owner = owner.toStdString();
    if (const QString clause = m_clause->text().trimmed(); !clause.isEmpty())
        f.clause = cw::ClauseLink{{}, clause.toStdString()};
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

void DocumentFilterBar::setOwners(const std::vector<std::string>& owners)
{
    const QString chosen = m_owner->currentIndex() > 0 ? m_owner->currentData().toString() : QString();
    const QSignalBlocker block(m_owner);
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    for (const auto& o : owners)
        m_owner->addItem(QString::fromStdString(o), QString::fromStdString(o));
    const int index = chosen.isEmpty() ? 0 : m_owner->findData(chosen);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
    if (!chosen.isEmpty() && index < 0)
        Q_EMIT filterChanged();
}

void DocumentFilterBar::clear()
{
    const QSignalBlocker b1(m_level), b2(m_status), b3(m_owner), b4(m_clause), b5(m_overdue);
    m_level->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_clause->clear();
    m_overdue->setChecked(false);
}

void DocumentFilterBar::retranslateUi()
{
    m_levelLabel->setText(tr("&Level:"));
    m_level->setItemText(0, tr("All"));
    for (int i = 1; i < m_level->count(); ++i)
        m_level->setItemText(i, DocumentNames::level(m_level->itemData(i).toInt()));
    m_statusLabel->setText(tr("&Status:"));
    m_status->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, DocumentNames::status(*cw::documentStatusFromString(
                                     m_status->itemData(i).toString().toStdString())));
    m_ownerLabel->setText(tr("O&wner:"));
    m_owner->setItemText(0, tr("All"));
    m_clauseLabel->setText(tr("Cla&use:"));
    m_clause->setPlaceholderText(tr("e.g. 8.6"));
    m_clause->setToolTip(tr("Documents linked to this clause or one below it, in any catalog."));
    m_overdue->setText(tr("Overdue reviews only"));
}

} // namespace cw::ui
