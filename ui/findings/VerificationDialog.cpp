#include "findings/VerificationDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw::ui {

VerificationDialog::VerificationDialog(const QString& code, const QString& verifier, const QString& today,
                                       QWidget* parent)
    : QDialog(parent)
    , m_by(new QLineEdit(verifier, this))
    , m_on(new QLineEdit(today, this))
    , m_effective(new QCheckBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
{
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("verificationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    setObjectName(QStringLiteral("verificationDialog"));
    m_by->setObjectName(QStringLiteral("verificationBy"));
    m_on->setObjectName(QStringLiteral("verificationOn"));
    setWindowTitle(tr("Verify Effectiveness of %1").arg(code));
    m_on->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_effective->setText(tr("The corrective actions were &effective"));
    m_effective->setChecked(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    auto* hint = new QLabel(tr("Not effective sends the finding back to “action planned” for a new round of "
                               "corrective actions."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout;
    form->addRow(tr("Verified &by:"), m_by);
    form->addRow(tr("Verified &on:"), m_on);
    form->addRow(QString(), m_effective);
    form->addRow(QString(), hint);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Comment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

cw::Verification VerificationDialog::verification() const
{
    cw::Verification v;
    v.verifiedBy = m_by->text().trimmed().toStdString();
    v.verifiedOn = m_on->text().trimmed().toStdString();
    v.effective = m_effective->isChecked();
    v.notes = m_notes->toPlainText().trimmed().toStdString();
    return v;
}

QString VerificationDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void VerificationDialog::accept()
{
    const QString refusal = m_validator ? m_validator(verification()) : QString();
    if (refusal.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setText(refusal);
    m_problem->show();
    // The field the refusal is about, when it is one of the two the dialog asks for first.
    if (m_by->text().trimmed().isEmpty())
        m_by->setFocus();
    else
        m_on->setFocus();
}

QString VerificationDialog::comment() const
{
    return m_comment->text();
}

} // namespace cw::ui
