#include "documents/RecordEntryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw::ui {

RecordEntryDialog::RecordEntryDialog(const QString& document, const QString& today, QWidget* parent)
    : QDialog(parent)
    , m_date(new QLineEdit(today, this))
    , m_reference(new QLineEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("recordEntryDialog"));
    setWindowTitle(tr("Add Record Entry"));
    m_date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_reference->setPlaceholderText(tr("e.g. INC-2026-11 sample"));
    auto* intro = new QLabel(tr("A dated sample of the records %1 stands for.").arg(document), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

cw::RecordEntry RecordEntryDialog::entry() const
{
    cw::RecordEntry e;
    e.date = m_date->text().trimmed().toStdString();
    e.reference = m_reference->text().trimmed().toStdString();
    e.note = m_note->text().trimmed().toStdString();
    return e;
}

} // namespace cw::ui
