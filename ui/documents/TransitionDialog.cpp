#include "documents/TransitionDialog.h"

#include "documents/DocumentNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

TransitionDialog::TransitionDialog(const QString& document, cw::DocumentStatus from, cw::DocumentStatus to,
                                   const QString& today, QWidget* parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(DocumentNames::transitionVerb(from, to));
    auto* intro =
        new QLabel(tr("%1: from %2 to %3. The move is recorded with your name, the time and this comment.")
                       .arg(document, DocumentNames::status(from), DocumentNames::status(to)),
                   this);
    intro->setWordWrap(true);
    m_comment->setObjectName(QStringLiteral("transitionComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    auto* form = new QFormLayout;
    form->addRow(tr("&Comment:"), m_comment);
    if (to == cw::DocumentStatus::Approved) {
        m_effective = new QLineEdit(today, this);
        m_effective->setObjectName(QStringLiteral("effectiveDateField"));
        m_effective->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        form->addRow(tr("&Effective date:"), m_effective);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(DocumentNames::transitionVerb(from, to));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString TransitionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString TransitionDialog::effectiveDate() const
{
    return m_effective ? m_effective->text().trimmed() : QString();
}

} // namespace cw::ui
