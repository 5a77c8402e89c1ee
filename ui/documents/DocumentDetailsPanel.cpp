#include "documents/DocumentDetailsPanel.h"

#include "documents/DocumentNames.h"
#include "documents/DocumentVersions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
std::size_t at(cw::DocumentField f)
{
    return static_cast<std::size_t>(f);
}

void showStored(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void showStored(QSpinBox* spin, const QString& text)
{
    const QSignalBlocker block(spin);
    spin->setValue(text.isEmpty() ? 0 : text.toInt());
}

void showStored(QComboBox* combo, const QString& key)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(key));
}
} // namespace

DocumentDetailsPanel::DocumentDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_overdue(new QLabel(this))
    , m_statusTitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_transitions(new QHBoxLayout)
    , m_form(new QFormLayout)
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_parent(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_approver(new QLineEdit(this))
    , m_effective(new QLabel(this))
    , m_reviewMonths(new QSpinBox(this))
    , m_nextReview(new QLineEdit(this))
    , m_retentionMonths(new QSpinBox(this))
    , m_clauses(new QLineEdit(this))
    , m_clauseTitles(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("documentDetails"));
    m_heading->setObjectName(QStringLiteral("documentHeading"));
    m_overdue->setObjectName(QStringLiteral("overdueNotice"));
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_code->setObjectName(QStringLiteral("codeField"));
    m_title->setObjectName(QStringLiteral("titleField"));
    m_level->setObjectName(QStringLiteral("levelField"));
    m_type->setObjectName(QStringLiteral("typeField"));
    m_parent->setObjectName(QStringLiteral("parentField"));
    m_owner->setObjectName(QStringLiteral("ownerField"));
    m_approver->setObjectName(QStringLiteral("approverField"));
    m_effective->setObjectName(QStringLiteral("effectiveDate"));
    m_reviewMonths->setObjectName(QStringLiteral("reviewMonthsField"));
    m_nextReview->setObjectName(QStringLiteral("nextReviewField"));
    m_retentionMonths->setObjectName(QStringLiteral("retentionMonthsField"));
    m_clauses->setObjectName(QStringLiteral("clausesField"));
    m_clauseTitles->setObjectName(QStringLiteral("clauseTitles"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_statusTitle->font();
    bold.setBold(true);
    m_statusTitle->setFont(bold);
    m_status->setFont(bold);
    QPalette warn = m_overdue->palette();
    warn.setColor(QPalette::WindowText, DocumentNames::overdueColor());
    m_overdue->setPalette(warn);
    m_overdue->setFont(bold);
    m_overdue->setWordWrap(true);
    for (QLabel* l : {m_clauseTitles, m_hint}) {
        l->setWordWrap(true);
        l->setForegroundRole(QPalette::PlaceholderText);
        l->setTextFormat(Qt::PlainText);
    }
    m_clauseTitles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clauseTitles->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    for (int level = cw::kMinDocumentLevel; level <= cw::kMaxDocumentLevel; ++level)
        m_level->addItem(QString(), QString::number(level));
    for (const auto type : cw::documentTypes())
        m_type->addItem(QString(), QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())));
    m_reviewMonths->setRange(0, 120);
    m_retentionMonths->setRange(0, 1200);
    m_nextReview->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_nextReview->setMaxLength(10);
    m_code->setMaxLength(64);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusTitle);
    statusRow->addWidget(m_status);
    statusRow->addSpacing(12);
    statusRow->addLayout(m_transitions);
    statusRow->addStretch();

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    for (QWidget* w : std::initializer_list<QWidget*>{m_code, m_title, m_level, m_type, m_parent, m_owner,
                                                      m_approver, m_effective, m_reviewMonths, m_nextReview,
                                                      m_retentionMonths, m_clauses})
        m_form->addRow(new QLabel(this), w);
    m_form->addRow(QString(), m_clauseTitles);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_overdue);
    layout->addSpacing(4);
    layout->addLayout(statusRow);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addStretch();

    const std::pair<QLineEdit*, cw::DocumentField> lines[] = {
        {m_code, cw::DocumentField::Code},         {m_title, cw::DocumentField::Title},
        {m_parent, cw::DocumentField::Parent},     {m_owner, cw::DocumentField::Owner},
        {m_approver, cw::DocumentField::Approver}, {m_nextReview, cw::DocumentField::NextReview}};
    for (const auto& [edit, field] : lines)
        connect(edit, &QLineEdit::editingFinished, this, [this, e = edit, f = field] { commitLine(f, e); });
    connect(m_clauses, &QLineEdit::editingFinished, this, [this] {
        if (m_row && m_clauses->isModified() && m_clauses->text().trimmed() != m_clausesText) {
            m_clauses->setModified(false);
            Q_EMIT clausesCommitted(m_clauses->text());
        }
    });
    const auto commitCombo = [this](QComboBox* combo, cw::DocumentField field) {
        connect(combo, &QComboBox::activated, this, [this, combo, field] {
            const QString value = combo->currentData().toString();
            if (m_row && value != m_fields[at(field)])
                Q_EMIT fieldCommitted(field, value);
        });
    };
    commitCombo(m_level, cw::DocumentField::Level);
    commitCombo(m_type, cw::DocumentField::Type);
    const auto commitSpin = [this](QSpinBox* spin, cw::DocumentField field) {
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, field] {
            const QString value = spin->value() == 0 ? QString() : QString::number(spin->value());
            if (m_row && value != m_fields[at(field)])
                Q_EMIT fieldCommitted(field, value);
        });
    };
    commitSpin(m_reviewMonths, cw::DocumentField::ReviewMonths);
    commitSpin(m_retentionMonths, cw::DocumentField::RetentionMonths);

    retranslateUi();
    showDocument(std::nullopt, {}, {}, {}, {});
}

void DocumentDetailsPanel::commitLine(cw::DocumentField field, QLineEdit* edit)
{
    if (!m_row || !edit->isModified())
        return;
    edit->setModified(false);
    const QString value = edit->text().trimmed();
    if (value != m_fields[at(field)])
        Q_EMIT fieldCommitted(field, value);
}

void DocumentDetailsPanel::showDocument(const std::optional<cw::DocumentRow>& row,
                                        const std::vector<QString>& fields, const QString& clauses,
                                        const QString& clauseTitles, const QString& effectiveDate)
{
    m_row = row;
    m_fields = fields;
    m_fields.resize(at(cw::DocumentField::RetentionMonths) + 1);
    m_clausesText = clauses;
    m_clauseTitlesText = clauseTitles;
    m_effectiveDate = effectiveDate;
    if (!row) {
        m_heading->setText(tr("No document selected"));
        m_subheading->clear();
        m_overdue->hide();
        m_status->clear();
        for (QLineEdit* e : {m_code, m_title, m_parent, m_owner, m_approver, m_nextReview, m_clauses})
            showStored(e, QString());
        m_effective->clear();
        m_clauseTitles->clear();
        rebuildTransitions();
        updateEnabled();
        return;
    }
    m_heading->setText(
        QStringLiteral("%1  %2").arg(QString::fromStdString(row->code), QString::fromStdString(row->title)));
    m_subheading->setText(tr("%1 · %2 · version %3")
                              .arg(DocumentNames::level(row->level), DocumentNames::type(row->type),
                                   DocumentNames::version(*row)));
    m_overdue->setVisible(row->overdue);
    if (row->overdue)
        m_overdue->setText(tr("⚠ Review overdue: the next review was due on %1.")
                               .arg(QString::fromStdString(row->nextReview)));
    m_status->setText(DocumentNames::status(row->status));
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, DocumentNames::statusColor(row->status).darker(120));
    m_status->setPalette(p);
    showStored(m_code, m_fields[at(cw::DocumentField::Code)]);
    showStored(m_title, m_fields[at(cw::DocumentField::Title)]);
    showStored(m_level, m_fields[at(cw::DocumentField::Level)]);
    showStored(m_type, m_fields[at(cw::DocumentField::Type)]);
    showStored(m_parent, m_fields[at(cw::DocumentField::Parent)]);
    showStored(m_owner, m_fields[at(cw::DocumentField::Owner)]);
    showStored(m_approver, m_fields[at(cw::DocumentField::Approver)]);
    showStored(m_reviewMonths, m_fields[at(cw::DocumentField::ReviewMonths)]);
    showStored(m_nextReview, m_fields[at(cw::DocumentField::NextReview)]);
    showStored(m_retentionMonths, m_fields[at(cw::DocumentField::RetentionMonths)]);
    showStored(m_clauses, clauses);
    m_effective->setText(effectiveDate.isEmpty() ? tr("not in force") : effectiveDate);
    m_clauseTitles->setText(clauseTitles);
    rebuildTransitions();
    updateEnabled();
}

void DocumentDetailsPanel::rebuildTransitions()
{
    while (QLayoutItem* item = m_transitions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_row)
        return;
    for (const cw::DocumentStatus to : cw::allowedTransitions(m_row->status)) {
        auto* button =
            new QPushButton(DocumentNames::transitionVerb(m_row->status, to) + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("transition_") + QString::fromUtf8(cw::toString(to).data()));
        button->setEnabled(!m_readOnly);
        connect(button, &QPushButton::clicked, this, [this, to] { Q_EMIT transitionRequested(to); });
        m_transitions->addWidget(button);
    }
}

void DocumentDetailsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuildTransitions();
    updateEnabled();
}

void DocumentDetailsPanel::updateEnabled()
{
    const bool editable = m_row.has_value() && !m_readOnly;
    for (QLineEdit* e : {m_code, m_title, m_parent, m_owner, m_approver, m_nextReview, m_clauses})
        e->setReadOnly(!editable);
    for (QWidget* w : std::initializer_list<QWidget*>{m_level, m_type, m_reviewMonths, m_retentionMonths})
        w->setEnabled(editable);
}

void DocumentDetailsPanel::retranslateUi()
{
    const char* const labels[] = {
        QT_TR_NOOP("&Code:"),        QT_TR_NOOP("&Title:"),         QT_TR_NOOP("&Level:"),
        QT_TR_NOOP("T&ype:"),        QT_TR_NOOP("Derives &from:"),  QT_TR_NOOP("&Owner:"),
        QT_TR_NOOP("&Approver:"),    QT_TR_NOOP("Effective date:"), QT_TR_NOOP("&Review every:"),
        QT_TR_NOOP("&Next review:"), QT_TR_NOOP("Re&tention:"),     QT_TR_NOOP("Cla&uses:")};
    for (int i = 0; i < 12; ++i) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget());
        label->setText(tr(labels[i]));
        label->setBuddy(m_form->itemAt(i, QFormLayout::FieldRole)->widget());
    }
    m_statusTitle->setText(tr("Status:"));
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, DocumentNames::level(m_level->itemData(i).toString().toInt()));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, DocumentNames::type(m_type->itemData(i).toString().toStdString()));
    m_reviewMonths->setSpecialValueText(tr("no periodic review"));
    m_reviewMonths->setSuffix(tr(" months"));
    m_retentionMonths->setSpecialValueText(tr("not set"));
    m_retentionMonths->setSuffix(tr(" months"));
    m_parent->setPlaceholderText(tr("code of the document it derives from; empty for level 1"));
    m_clauses->setPlaceholderText(tr("e.g. 8.6.1, 8.6.2, iso27001:2022 A.5.24"));
    m_clauses->setToolTip(tr("Clause references separated by commas. A reference without a catalog is of the "
                             "workspace's main catalog; write the catalog id before it for another one."));
    m_hint->setText(tr("Each change is saved when you leave the field and can be undone with Edit ▸ Undo."));
    if (m_row)
        showDocument(m_row, m_fields, m_clausesText, m_clauseTitlesText, m_effectiveDate);
    else
        showDocument(std::nullopt, {}, {}, {}, {});
}

} // namespace cw::ui
