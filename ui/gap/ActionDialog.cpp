#include "gap/ActionDialog.h"

#include "gap/GapNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cw::ui {

ActionDialog::ActionDialog(const cw::GapAction& proposal, const QString& requirement, QWidget* parent)
    : QDialog(parent)
    , m_proposal(proposal)
    , m_title(new QLineEdit(QString::fromStdString(proposal.title), this))
    , m_owner(new QLineEdit(QString::fromStdString(proposal.owner), this))
    , m_due(new QLineEdit(QString::fromStdString(proposal.dueDate), this))
    , m_priority(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(QString::fromStdString(proposal.notes), this))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("Create Action"));
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_priority->setObjectName(QStringLiteral("actionPriority"));
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_owner->setPlaceholderText(tr("Who does it"));
    m_due->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_due->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), m_due));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    for (const auto p : {cw::ActionPriority::High, cw::ActionPriority::Medium, cw::ActionPriority::Low})
        m_priority->addItem(GapNames::priority(p), static_cast<int>(p));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(proposal.priority)));
    for (const auto s : {cw::ActionStatus::Open, cw::ActionStatus::InProgress, cw::ActionStatus::Done,
                         cw::ActionStatus::Cancelled})
        m_status->addItem(GapNames::actionStatus(s), static_cast<int>(s));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(proposal.status)));

    auto* about = new QLabel(requirement, this);
    about->setWordWrap(true);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue date:"), m_due);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

cw::GapAction ActionDialog::action() const
{
    cw::GapAction a = m_proposal;
    a.title = m_title->text().trimmed().toStdString();
    a.owner = m_owner->text().trimmed().toStdString();
    a.dueDate = m_due->text().trimmed().toStdString();
    a.priority = static_cast<cw::ActionPriority>(m_priority->currentData().toInt());
    a.status = static_cast<cw::ActionStatus>(m_status->currentData().toInt());
    a.notes = m_notes->toPlainText().trimmed().toStdString();
    return a;
}

} // namespace cw::ui
