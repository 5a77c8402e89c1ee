#include "gap/NewAssessmentDialog.h"

#include <QDate>
#include <algorithm>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

NewAssessmentDialog::NewAssessmentDialog(const std::vector<std::pair<std::string, QString>>& catalogs,
                                         QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_assessors(new QPlainTextEdit(this))
    , m_catalogs(new QListWidget(this))
    , m_scope(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("newAssessmentDialog"));
    setWindowTitle(tr("New Assessment"));
    m_name->setObjectName(QStringLiteral("assessmentName"));
    m_date->setObjectName(QStringLiteral("assessmentDate"));
    m_assessors->setObjectName(QStringLiteral("assessors"));
    m_catalogs->setObjectName(QStringLiteral("assessmentCatalogs"));
    m_scope->setObjectName(QStringLiteral("scopeNote"));

    m_name->setPlaceholderText(tr("For example: Baseline gap analysis"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_assessors->setPlaceholderText(tr("One name per line"));
    m_assessors->setTabChangesFocus(true);
    m_scope->setPlaceholderText(tr("What the assessment covers: services, sites, interviews"));
    m_scope->setTabChangesFocus(true);
    for (QPlainTextEdit* e : {m_assessors, m_scope})
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 14);
    for (const auto& [id, title] : catalogs) {
        auto* item = new QListWidgetItem(title, m_catalogs);
        item->setData(Qt::UserRole, QString::fromStdString(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(id == cw::kDefaultAssessmentCatalog ? Qt::Checked : Qt::Unchecked);
    }
    m_catalogs->setFixedHeight(m_catalogs->sizeHintForRow(0) * std::clamp(m_catalogs->count(), 2, 5) + 8);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Assessors:"), m_assessors);
    form->addRow(tr("&Catalogs:"), m_catalogs);
    form->addRow(tr("&Scope note:"), m_scope);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewAssessmentDialog::updateOk);
    connect(m_catalogs, &QListWidget::itemChanged, this, &NewAssessmentDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    updateOk();
}

void NewAssessmentDialog::updateOk()
{
    bool anyCatalog = false;
    for (int i = 0; i < m_catalogs->count(); ++i)
        anyCatalog = anyCatalog || m_catalogs->item(i)->checkState() == Qt::Checked;
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && (anyCatalog || m_catalogs->count() == 0));
}

cw::NewAssessment NewAssessmentDialog::assessment() const
{
    cw::NewAssessment a;
    a.name = m_name->text().trimmed().toStdString();
    a.date = m_date->date().toString(Qt::ISODate).toStdString();
    a.assessors = cw::splitLines(m_assessors->toPlainText().toStdString());
    for (int i = 0; i < m_catalogs->count(); ++i)
        if (m_catalogs->item(i)->checkState() == Qt::Checked)
            a.catalogs.push_back(m_catalogs->item(i)->data(Qt::UserRole).toString().toStdString());
    a.scopeNote = m_scope->toPlainText().trimmed().toStdString();
    return a;
}

} // namespace cw::ui
