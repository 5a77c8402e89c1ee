#include "gap/EntryPanel.h"

#include "catalog/Catalog.h"
#include "common/Banner.h"
#include "common/CommittingTextEdit.h"
#include "gap/GapNames.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

void showStored(QLineEdit* edit, const QString& text, bool sameRequirement)
{
    if (edit->text() != text && !(sameRequirement && edit->hasFocus() && edit->isModified()))
        edit->setText(text);
}

void showStored(CommittingTextEdit* edit, const QString& text, bool sameRequirement)
{
    if (!(sameRequirement && edit->hasFocus() && edit->isEdited()))
        edit->setTextQuietly(text);
}
} // namespace

EntryPanel::EntryPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_exclusion(new Banner(this))
    , m_statusLabel(sectionTitle(this))
    , m_statusGroup(new QButtonGroup(this))
    , m_justificationRow(new QWidget(this))
    , m_justificationLabel(new QLabel(m_justificationRow))
    , m_justification(new QLineEdit(m_justificationRow))
    , m_justificationMessage(new QLabel(m_justificationRow))
    , m_questionsTitle(sectionTitle(this))
    , m_questions(new QLabel(this))
    , m_evidenceHintTitle(sectionTitle(this))
    , m_evidenceHint(new QLabel(this))
    , m_maturityLabel(new QLabel(this))
    , m_maturity(new QComboBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new CommittingTextEdit(this))
    , m_interviewedLabel(new QLabel(this))
    , m_interviewed(new QLineEdit(this))
    , m_evidenceLabel(new QLabel(this))
    , m_evidence(new CommittingTextEdit(this))
    , m_gapLabel(new QLabel(this))
    , m_gap(new CommittingTextEdit(this))
    , m_recommendationLabel(new QLabel(this))
    , m_recommendation(new CommittingTextEdit(this))
    , m_keysHint(new QLabel(this))
{
    setObjectName(QStringLiteral("entryPanel"));
    m_heading->setObjectName(QStringLiteral("requirementHeading"));
    m_exclusion->setObjectName(QStringLiteral("exclusionBanner"));
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justificationMessage->setObjectName(QStringLiteral("justificationMessage"));
    m_questions->setObjectName(QStringLiteral("questions"));
    m_evidenceHint->setObjectName(QStringLiteral("evidenceHint"));
    m_maturity->setObjectName(QStringLiteral("maturity"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_interviewed->setObjectName(QStringLiteral("interviewed"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_gap->setObjectName(QStringLiteral("gap"));
    m_recommendation->setObjectName(QStringLiteral("recommendation"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setWordWrap(true);
    for (QLabel* l : {m_questions, m_evidenceHint}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
    }
    m_keysHint->setWordWrap(true);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    m_justificationMessage->setWordWrap(true);
    QPalette warn = m_justificationMessage->palette();
    warn.setColor(QPalette::WindowText, GapNames::statusColor(cw::AssessmentStatus::Nonconformant));
    m_justificationMessage->setPalette(warn);

    m_maturity->addItem(QStringLiteral("–"), QString());
    for (int level = 0; level <= 5; ++level)
        m_maturity->addItem(QString::number(level), QString::number(level));
    m_maturity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Fixed heights: the fields stay together under the questions instead of filling the page.
    for (CommittingTextEdit* e : {m_notes, m_evidence, m_gap, m_recommendation})
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);

    auto* justificationLayout = new QGridLayout(m_justificationRow);
    justificationLayout->setContentsMargins(0, 0, 0, 0);
    justificationLayout->addWidget(m_justificationLabel, 0, 0);
    justificationLayout->addWidget(m_justification, 0, 1);
    justificationLayout->addWidget(m_justificationMessage, 1, 1);
    justificationLayout->setColumnStretch(1, 1);
    m_justificationRow->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_exclusion);
    layout->addSpacing(4);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buildStatusRow());
    layout->addWidget(m_justificationRow);
    layout->addSpacing(6);
    layout->addWidget(m_questionsTitle);
    layout->addWidget(m_questions);
    layout->addWidget(m_evidenceHintTitle);
    layout->addWidget(m_evidenceHint);
    layout->addSpacing(6);
    layout->addWidget(buildNotesForm());
    layout->addWidget(m_keysHint);
    layout->addStretch();

    connect(m_justification, &QLineEdit::returnPressed, this, &EntryPanel::commitJustification);
    connect(m_maturity, &QComboBox::activated, this, [this](int index) {
        Q_EMIT fieldCommitted(cw::ResultField::Maturity, m_maturity->itemData(index).toString());
    });
    connect(m_interviewed, &QLineEdit::editingFinished, this, [this] {
        if (!m_interviewed->isModified())
            return;
        m_interviewed->setModified(false);
        Q_EMIT fieldCommitted(cw::ResultField::Interviewed, m_interviewed->text());
    });
    const std::array<std::pair<CommittingTextEdit*, cw::ResultField>, 4> texts{{
        {m_notes, cw::ResultField::Notes},
        {m_evidence, cw::ResultField::Evidence},
        {m_gap, cw::ResultField::Gap},
        {m_recommendation, cw::ResultField::Recommendation},
    }};
    for (const auto& [edit, field] : texts) {
        connect(edit, &CommittingTextEdit::editingFinished, this,
                [this, edit, field] { Q_EMIT fieldCommitted(field, edit->toPlainText()); });
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_notes, m_interviewed, m_evidence, m_gap, m_recommendation,
                                                      m_maturity, m_justification})
        w->installEventFilter(this);

    retranslateUi();
    showRequirement(nullptr, nullptr);
}

QWidget* EntryPanel::buildStatusRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const cw::AssessmentStatus s : cw::allAssessmentStatuses()) {
        const int digit = GapNames::statusKey(s);
        auto* button = new QPushButton(row);
        button->setObjectName(QStringLiteral("status%1").arg(digit));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the keys work from the tree; Tab goes to the notes
        button->setIcon(GapNames::statusDot(s));
        m_statusGroup->addButton(button, digit);
        m_statusButtons[static_cast<std::size_t>(digit)] = button;
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, s] {
            if (s == cw::AssessmentStatus::NotApplicable)
                beginNotApplicable();
            else
                Q_EMIT statusRequested(s, {});
            // The group's check follows the stored status, not the click.
            m_statusButtons[static_cast<std::size_t>(GapNames::statusKey(m_status))]->setChecked(true);
        });
    }
    layout->addStretch();
    return row;
}

QWidget* EntryPanel::buildNotesForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addRow(m_notesLabel, m_notes);
    layout->addRow(m_interviewedLabel, m_interviewed);
    layout->addRow(m_evidenceLabel, m_evidence);
    layout->addRow(m_gapLabel, m_gap);
    layout->addRow(m_recommendationLabel, m_recommendation);
    layout->addRow(m_maturityLabel, m_maturity);
    for (auto [label, buddy] : std::initializer_list<std::pair<QLabel*, QWidget*>>{
             {m_notesLabel, m_notes}, {m_interviewedLabel, m_interviewed}, {m_evidenceLabel, m_evidence},
             {m_gapLabel, m_gap}, {m_recommendationLabel, m_recommendation}, {m_maturityLabel, m_maturity}})
        label->setBuddy(buddy);
    // Tab from the tree lands in the notes, then walks down the fields.
    setTabOrder(m_notes, m_interviewed);
    setTabOrder(m_interviewed, m_evidence);
    setTabOrder(m_evidence, m_gap);
    setTabOrder(m_gap, m_recommendation);
    setTabOrder(m_recommendation, m_maturity);
    return form;
}

void EntryPanel::retranslateUi()
{
    m_statusLabel->setText(tr("Status"));
    for (const cw::AssessmentStatus s : cw::allAssessmentStatuses()) {
        const int digit = GapNames::statusKey(s);
        auto* button = m_statusButtons[static_cast<std::size_t>(digit)];
        button->setText(QStringLiteral("%1  %2").arg(digit).arg(GapNames::status(s)));
        button->setToolTip(tr("Press %1 in the clause tree").arg(digit));
    }
    m_justificationLabel->setText(tr("Justification:"));
    m_justification->setPlaceholderText(tr("Why the requirement does not apply; Enter records it"));
    m_questionsTitle->setText(tr("Questions to ask"));
    m_evidenceHintTitle->setText(tr("Evidence to look for"));
    m_maturityLabel->setText(tr("Maturity (0–5):"));
    m_notesLabel->setText(tr("Findings:"));
    m_interviewedLabel->setText(tr("People interviewed:"));
    m_evidenceLabel->setText(tr("Evidence seen:"));
    m_gapLabel->setText(tr("Gap:"));
    m_recommendationLabel->setText(tr("Recommended action:"));
    m_notes->setPlaceholderText(tr("What you found: practice, records, interviews"));
    m_interviewed->setPlaceholderText(tr("Names and roles"));
    m_evidence->setPlaceholderText(tr("Documents and records seen"));
    m_gap->setPlaceholderText(tr("What is missing against the requirement"));
    m_recommendation->setPlaceholderText(tr("What the organization should do"));
    m_keysHint->setText(tr("In the clause tree: 1–4 set the status (0 clears it), Tab goes to the findings, "
                           "Enter goes to the next requirement. In a field: Ctrl+Enter saves and goes to the "
                           "next requirement, Esc goes back to the tree."));
}

void EntryPanel::showRequirement(const cw::WorksheetRow* row, const cw::Requirement* requirement)
{
    const bool same = row && m_key && *m_key == row->key;
    m_key = row && row->assessable ? std::optional(row->key) : std::nullopt;
    const bool assessable = m_key.has_value();
    if (!row) {
        m_heading->setText(tr("Select a requirement in the clause tree"));
        m_subheading->clear();
    } else {
        m_heading->setText(QString::fromStdString(row->key.ref) + QStringLiteral("  ") +
                           GapNames::pick(row->titleEn, row->titleZh));
        QStringList notes;
        if (!assessable)
            notes << tr("A heading: choose one of the requirements under it.");
        if (row->requiresDocumentedInfo)
            notes << tr("The standard requires documented information for this clause.");
        if (row->activeActions > 0)
            notes << tr("Open actions: %1.").arg(row->activeActions);
        m_subheading->setText(notes.join(QLatin1Char(' ')));
    }
    m_subheading->setVisible(!m_subheading->text().isEmpty());
    const cw::RequirementResult result = assessable ? row->result : cw::RequirementResult{};
    m_status = result.status;
    m_statusButtons[static_cast<std::size_t>(GapNames::statusKey(m_status))]->setChecked(true);
    m_exclusion->setVisible(row && row->exclusionFlagged);
    if (row && row->exclusionFlagged)
        m_exclusion->setText(tr("Marked not applicable, but this standard permits no exclusion here: %1.")
                                 .arg(GapNames::exclusionNotPermitted()));

    QStringList questions;
    if (requirement)
        for (const auto& q : requirement->questions)
            questions << QStringLiteral("• ") + GapNames::pick(q.en, q.zh);
    m_questions->setText(questions.join(QLatin1Char('\n')));
    const QString hint = requirement ? GapNames::pick(requirement->evidence.en, requirement->evidence.zh) : QString();
    m_evidenceHint->setText(hint);
    const bool hasQuestions = assessable && !questions.isEmpty();
    m_questionsTitle->setVisible(hasQuestions);
    m_questions->setVisible(hasQuestions);
    m_evidenceHintTitle->setVisible(assessable && !hint.isEmpty());
    m_evidenceHint->setVisible(assessable && !hint.isEmpty());

    m_storedJustification = QString::fromStdString(result.justification);
    if (!(same && m_justification->hasFocus()))
        m_justification->setText(m_storedJustification);
    if (!same)
        m_justificationMessage->clear();
    setJustificationVisible(m_status == cw::AssessmentStatus::NotApplicable ||
                            (same && m_justification->hasFocus()));

    m_maturity->setCurrentIndex(result.maturity ? *result.maturity + 1 : 0);
    showStored(m_notes, QString::fromStdString(result.notes), same);
    showStored(m_interviewed, QString::fromStdString(result.interviewed), same);
    showStored(m_evidence, QString::fromStdString(result.evidence), same);
    showStored(m_gap, QString::fromStdString(result.gap), same);
    showStored(m_recommendation, QString::fromStdString(result.recommendation), same);
    setReadOnly(m_readOnly);
}

void EntryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = !readOnly && m_key.has_value();
    for (QPushButton* b : m_statusButtons)
        b->setEnabled(editable);
    m_justification->setReadOnly(!editable);
    m_maturity->setEnabled(editable);
    m_interviewed->setReadOnly(!editable);
    for (CommittingTextEdit* e : {m_notes, m_evidence, m_gap, m_recommendation})
        e->setReadOnly(!editable);
}

void EntryPanel::setJustificationVisible(bool visible)
{
    m_justificationRow->setVisible(visible && m_key.has_value());
}

void EntryPanel::beginNotApplicable()
{
    if (!m_key || m_readOnly)
        return;
    setJustificationVisible(true);
    m_justificationMessage->setText(tr("Give the justification and press Enter (Esc cancels)."));
    m_justification->setFocus(Qt::OtherFocusReason);
    m_justification->selectAll();
}

void EntryPanel::commitJustification()
{
    if (!m_key || m_readOnly)
        return;
    const QString text = m_justification->text().trimmed();
    if (text.isEmpty()) {
        m_justificationMessage->setText(tr("Not applicable needs a justification: say why the requirement "
                                           "does not apply."));
        return;
    }
    m_justificationMessage->clear();
    Q_EMIT statusRequested(cw::AssessmentStatus::NotApplicable, text);
    Q_EMIT treeRequested();
}

void EntryPanel::focusNotes()
{
    if (m_key)
        m_notes->setFocus(Qt::TabFocusReason);
}

void EntryPanel::commitPending()
{
    if (!m_key || m_readOnly)
        return;
    if (m_interviewed->isModified()) {
        m_interviewed->setModified(false);
        Q_EMIT fieldCommitted(cw::ResultField::Interviewed, m_interviewed->text());
    }
    const std::array<std::pair<CommittingTextEdit*, cw::ResultField>, 4> texts{{
        {m_notes, cw::ResultField::Notes},
        {m_evidence, cw::ResultField::Evidence},
        {m_gap, cw::ResultField::Gap},
        {m_recommendation, cw::ResultField::Recommendation},
    }};
    for (const auto& [edit, field] : texts)
        if (edit->isEdited()) {
            const QString text = edit->toPlainText();
            edit->setTextQuietly(text); // no longer counts as edited
            Q_EMIT fieldCommitted(field, text);
        }
}

bool EntryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (watched == m_justification) {
                commitJustification();
            } else {
                commitPending();
                Q_EMIT nextRequested();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (watched == m_justification) {
                m_justification->setText(m_storedJustification); // cancelled
                m_justificationMessage->clear();
                setJustificationVisible(m_status == cw::AssessmentStatus::NotApplicable);
            } else {
                commitPending();
            }
            Q_EMIT treeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cw::ui
