#include "findings/NewFindingDialog.h"

#include "audits/AuditNames.h"
#include "findings/FindingNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QPlainTextEdit* textBox(const std::string& text, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(QString::fromStdString(text), parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}

const std::vector<cw::FindingSource> kSources{cw::FindingSource::InternalAudit,
                                              cw::FindingSource::ExternalAudit, cw::FindingSource::Complaint,
                                              cw::FindingSource::IncidentReview, cw::FindingSource::Other};
} // namespace

NewFindingDialog::NewFindingDialog(const cw::Finding& proposal,
                                   std::vector<std::pair<std::int64_t, QString>> audits,
                                   std::string defaultCatalog, QWidget* parent)
    : QDialog(parent)
    , m_proposal(proposal)
    , m_defaultCatalog(std::move(defaultCatalog))
    , m_type(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_audit(new QComboBox(this))
    , m_reference(new QLineEdit(QString::fromStdString(proposal.sourceReference), this))
    , m_title(new QLineEdit(QString::fromStdString(proposal.title), this))
    , m_clauses(new QLineEdit(AuditNames::clauses(proposal.clauses, m_defaultCatalog), this))
    , m_requirement(textBox(proposal.requirement, this))
    , m_statement(textBox(proposal.statement, this))
    , m_evidence(textBox(proposal.evidence, this))
    , m_auditee(new QLineEdit(QString::fromStdString(proposal.auditee), this))
{
    setObjectName(QStringLiteral("newFindingDialog"));
    setWindowTitle(tr("New Finding"));
    m_title->setObjectName(QStringLiteral("findingTitle"));
    for (const cw::FindingType t : cw::allFindingTypes())
        m_type->addItem(FindingNames::type(t), static_cast<int>(t));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(proposal.type)));
    for (const cw::FindingSource s : kSources)
        m_source->addItem(FindingNames::source(s), static_cast<int>(s));
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(proposal.source)));
    for (const auto& [id, code] : audits)
        m_audit->addItem(code, QVariant::fromValue<qlonglong>(id));
    if (proposal.auditId)
        m_audit->setCurrentIndex(m_audit->findData(QVariant::fromValue<qlonglong>(*proposal.auditId)));
    const auto updateAudit = [this] {
        m_audit->setEnabled(m_source->currentData().toInt() ==
                            static_cast<int>(cw::FindingSource::InternalAudit));
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, updateAudit);
    updateAudit();
    m_clauses->setPlaceholderText(tr("e.g. 8.7.3.2, iso27001:2022 A.5.18"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Audit:"), m_audit);
    form->addRow(tr("Source &reference:"), m_reference);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Clauses:"), m_clauses);
    form->addRow(tr("Re&quirement:"), m_requirement);
    form->addRow(tr("&Description:"), m_statement);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(tr("Audit&ee:"), m_auditee);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewFindingDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

cw::Finding NewFindingDialog::finding() const
{
    cw::Finding f = m_proposal;
    f.type = static_cast<cw::FindingType>(m_type->currentData().toInt());
    f.source = static_cast<cw::FindingSource>(m_source->currentData().toInt());
    f.auditId.reset();
    if (f.source == cw::FindingSource::InternalAudit && m_audit->currentIndex() >= 0)
        f.auditId = m_audit->currentData().toLongLong();
    f.sourceReference = m_reference->text().trimmed().toStdString();
    f.title = m_title->text().trimmed().toStdString();
    f.clauses = AuditNames::parseClauses(m_clauses->text(), m_defaultCatalog);
    f.requirement = m_requirement->toPlainText().trimmed().toStdString();
    f.statement = m_statement->toPlainText().trimmed().toStdString();
    f.evidence = m_evidence->toPlainText().trimmed().toStdString();
    f.auditee = m_auditee->text().trimmed().toStdString();
    return f;
}

void NewFindingDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_title->setFocus();
        m_title->setPlaceholderText(tr("A finding needs a title"));
        return;
    }
    QDialog::accept();
}

} // namespace cw::ui
