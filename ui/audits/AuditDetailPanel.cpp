#include "audits/AuditDetailPanel.h"

#include "audit/AuditChecklist.h"
#include "audit/Independence.h"
#include "audits/AuditEdits.h"
#include "audits/AuditNames.h"
#include "audits/ChecklistModel.h"
#include "audits/ChecklistView.h"
#include "common/Banner.h"
#include "common/CommittingTextEdit.h"
#include "common/Error.h"
#include "findings/FindingEdits.h"
#include "findings/NewFindingDialog.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
bool isNames(cw::AuditField f)
{
    return f == cw::AuditField::Auditors || f == cw::AuditField::Auditees ||
           f == cw::AuditField::ProcessOwners;
}

/// People one per line in the core, "A, B" in a one-line field.
QString namesForLine(const std::string& text)
{
    return QString::fromStdString(text)
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        .join(QStringLiteral(", "));
}

QString namesFromLine(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、]"));
    return text.split(separators, Qt::SkipEmptyParts).join(QLatin1Char('\n'));
}

void showStored(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text && !(edit->hasFocus() && edit->isModified()))
        edit->setText(text);
}

void showStored(CommittingTextEdit* edit, const QString& text)
{
    if (!(edit->hasFocus() && edit->isEdited()))
        edit->setTextQuietly(text);
}
} // namespace

AuditDetailPanel::AuditDetailPanel(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_stepRow(new QHBoxLayout)
    , m_commentLabel(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_independence(new Banner(this))
    , m_checklistTitle(new QLabel(this))
    , m_tally(new QLabel(this))
    , m_generate(new QPushButton(this))
    , m_addLine(new QPushButton(this))
    , m_removeLine(new QPushButton(this))
    , m_raise(new QPushButton(this))
    , m_keysHint(new QLabel(this))
    , m_checklistModel(new ChecklistModel(session, this))
    , m_checklist(new ChecklistView(this))
{
    setObjectName(QStringLiteral("auditDetail"));
    m_heading->setObjectName(QStringLiteral("auditHeading"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_comment->setObjectName(QStringLiteral("stepComment"));
    m_independence->setObjectName(QStringLiteral("independenceBanner"));
    m_tally->setObjectName(QStringLiteral("checklistTally"));
    m_generate->setObjectName(QStringLiteral("generateChecklist"));
    m_addLine->setObjectName(QStringLiteral("addChecklistLine"));
    m_removeLine->setObjectName(QStringLiteral("removeChecklistLine"));
    m_raise->setObjectName(QStringLiteral("raiseFinding"));
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    QFont bold = m_checklistTitle->font();
    bold.setBold(true);
    m_checklistTitle->setFont(bold);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    m_checklist->setChecklistModel(m_checklistModel);
    m_checklist->setMinimumHeight(260);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_status);
    layout->addLayout(head);
    m_stepRow->addWidget(m_commentLabel);
    m_stepRow->addWidget(m_comment, 1);
    layout->addLayout(m_stepRow);
    layout->addWidget(m_independence);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    buildForm(grid);
    layout->addLayout(grid);
    layout->addSpacing(8);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_checklistTitle);
    bar->addWidget(m_tally, 1);
    bar->addWidget(m_generate);
    bar->addWidget(m_addLine);
    bar->addWidget(m_removeLine);
    bar->addWidget(m_raise);
    layout->addLayout(bar);
    layout->addWidget(m_checklist, 1);
    layout->addWidget(m_keysHint);

    connect(m_generate, &QPushButton::clicked, this,
            [this] { AuditEdits::generateChecklist(m_session, m_auditId); });
    connect(m_addLine, &QPushButton::clicked, this, &AuditDetailPanel::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &AuditDetailPanel::removeLine);
    connect(m_raise, &QPushButton::clicked, this, &AuditDetailPanel::raiseFindingFromSelection);
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuditDetailPanel::updateButtons);
    connect(m_checklistModel, &QAbstractItemModel::modelReset, this, &AuditDetailPanel::updateButtons);
    retranslateUi();
}

void AuditDetailPanel::buildForm(QGridLayout* grid)
{
    const auto add = [&](cw::AuditField field, bool multiLine, int row, int column, int span) {
        Field f;
        f.label = new QLabel(this);
        if (multiLine) {
            f.text = new CommittingTextEdit(this);
            f.text->setFixedHeight(f.text->fontMetrics().lineSpacing() * 3 + 12);
            f.label->setBuddy(f.text);
            connect(f.text, &CommittingTextEdit::editingFinished, this,
                    [this, field] { setField(field, m_fields[field].text->toPlainText()); });
            grid->addWidget(f.text, row, column + 1, 1, span);
        } else {
            f.line = new QLineEdit(this);
            f.label->setBuddy(f.line);
            connect(f.line, &QLineEdit::editingFinished, this, [this, field] { commitLine(field); });
            grid->addWidget(f.line, row, column + 1, 1, span);
        }
        (f.line ? static_cast<QWidget*>(f.line) : f.text)
            ->setObjectName(QStringLiteral("audit_") + QString::fromUtf8(cw::fieldKey(field).data()));
        grid->addWidget(f.label, row, column, Qt::AlignTop);
        m_fields[field] = f;
    };
    add(cw::AuditField::Title, false, 0, 0, 3);
    add(cw::AuditField::LeadAuditor, false, 1, 0, 1);
    add(cw::AuditField::Auditors, false, 1, 2, 1);
    add(cw::AuditField::Auditees, false, 2, 0, 1);
    add(cw::AuditField::ProcessOwners, false, 2, 2, 1);
    add(cw::AuditField::PlannedStart, false, 3, 0, 1);
    add(cw::AuditField::PlannedEnd, false, 3, 2, 1);
    add(cw::AuditField::ActualStart, false, 4, 0, 1);
    add(cw::AuditField::ActualEnd, false, 4, 2, 1);
    add(cw::AuditField::Criteria, false, 5, 0, 3);
    m_clausesLabel = new QLabel(this);
    m_clauses = new QLineEdit(this);
    m_clauses->setObjectName(QStringLiteral("audit_clauses"));
    m_clausesLabel->setBuddy(m_clauses);
    grid->addWidget(m_clausesLabel, 6, 0);
    grid->addWidget(m_clauses, 6, 1, 1, 3);
    connect(m_clauses, &QLineEdit::editingFinished, this, &AuditDetailPanel::commitClauses);
    add(cw::AuditField::Scope, true, 7, 0, 3);
    add(cw::AuditField::Summary, true, 8, 0, 3);
    for (const auto field : {cw::AuditField::PlannedStart, cw::AuditField::PlannedEnd,
                             cw::AuditField::ActualStart, cw::AuditField::ActualEnd})
        m_fields[field].line->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
}

void AuditDetailPanel::retranslateUi()
{
    for (auto& [field, f] : m_fields)
        f.label->setText(AuditEdits::fieldName(field) + QLatin1Char(':'));
    m_clausesLabel->setText(tr("Clauses:"));
    m_clauses->setPlaceholderText(tr("e.g. 8.1, 8.2, iso27001:2022 A.5.18"));
    m_commentLabel->setText(tr("Comment for the next step:"));
    m_comment->setPlaceholderText(tr("optional, kept with who and when"));
    m_checklistTitle->setText(tr("Checklist"));
    m_generate->setText(tr("Generate from catalog"));
    m_addLine->setText(tr("Add line"));
    m_removeLine->setText(tr("Remove line"));
    m_raise->setText(tr("Raise finding…"));
    m_keysHint->setText(tr("In the checklist: 1 conforming, 2 nonconformity, 3 observation, 4 not audited, "
                           "0 pending; F2 edits a cell."));
    m_checklistModel->languageChanged();
    reload();
}

void AuditDetailPanel::showAudit(std::int64_t auditId, const std::string& defaultCatalog)
{
    if (auditId != m_auditId)
        commitPending();
    m_auditId = auditId;
    m_defaultCatalog = defaultCatalog;
    reload();
}

bool AuditDetailPanel::writable() const
{
    return m_session.isOpen() && !m_session.isReadOnly() && m_audit &&
           m_audit->status != cw::AuditStatus::Closed;
}

void AuditDetailPanel::reload()
{
    m_audit.reset();
    std::vector<cw::ChecklistLine> lines;
    std::vector<cw::AuditStepOption> steps;
    std::vector<cw::IndependenceFlag> flags;
    if (m_auditId != 0 && m_session.isOpen()) {
        const bool ok = m_session.run([&](cw::Workspace& ws) {
            try {
                m_audit = cw::loadAudit(ws, m_auditId);
            } catch (const cw::Error& e) {
                if (e.code() != cw::ErrorCode::NotFound)
                    throw;
                return; // gone (an undone creation): show nothing, quietly
            }
            lines = cw::listChecklist(ws, m_auditId);
            steps = cw::auditSteps(ws, m_auditId);
            flags = cw::independenceFlags(ws, *m_audit);
        });
        if (!ok)
            m_audit.reset();
    }
    if (!m_audit) {
        m_auditId = 0;
        m_heading->setText(tr("No audit selected"));
        m_status->clear();
        m_checklistModel->setLines(0, {}, false);
        m_independence->hide();
        rebuildSteps({});
        for (auto& [field, f] : m_fields)
            f.line ? f.line->clear() : f.text->setTextQuietly({});
        m_clauses->clear();
        updateButtons();
        return;
    }
    const cw::Audit& a = *m_audit;
    m_heading->setText(
        QStringLiteral("%1  %2").arg(QString::fromStdString(a.code), QString::fromStdString(a.title)));
    m_status->setText(AuditNames::status(a.status));
    m_status->setPixmap({});
    m_status->setText(QStringLiteral("● ") + AuditNames::status(a.status));
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, AuditNames::statusColor(a.status));
    m_status->setPalette(pal);
    std::map<cw::AuditField, std::string> values;
    m_session.run([&](cw::Workspace& ws) {
        for (auto& [field, f] : m_fields)
            values[field] = cw::auditField(ws, a, field);
    });
    const bool edit = writable();
    for (auto& [field, f] : m_fields) {
        const std::string& v = values[field];
        if (f.line) {
            showStored(f.line, isNames(field) ? namesForLine(v) : QString::fromStdString(v));
            f.line->setReadOnly(!edit);
        } else {
            showStored(f.text, QString::fromStdString(v));
            f.text->setReadOnly(!edit);
        }
    }
    showStored(m_clauses, AuditNames::clauses(a.clauses, m_defaultCatalog));
    const bool checklistEditable =
        edit && (a.status == cw::AuditStatus::Planned || a.status == cw::AuditStatus::InProgress);
    m_clauses->setReadOnly(!checklistEditable);
    QStringList warnings;
    for (const auto& flag : flags)
        warnings << AuditNames::independence(flag);
    m_independence->setText(tr("Independence: %1.").arg(warnings.join(QStringLiteral("; "))));
    m_independence->setVisible(!warnings.isEmpty());
    rebuildSteps(steps);
    m_checklistModel->setLines(a.id, std::move(lines), checklistEditable);
    const cw::ChecklistTally t = [&] {
        std::vector<cw::ChecklistLine> copy;
        for (int r = 0; r < m_checklistModel->rowCount(); ++r)
            copy.push_back(*m_checklistModel->line(r));
        return cw::tallyChecklist(copy);
    }();
    m_tally->setText(
        tr("%1 lines: %2 conforming, %3 nonconformity, %4 observation, %5 not audited, %6 pending")
            .arg(t.total())
            .arg(t.conforming)
            .arg(t.nonconformity)
            .arg(t.observation)
            .arg(t.notAudited)
            .arg(t.pending));
    updateButtons();
}

void AuditDetailPanel::rebuildSteps(const std::vector<cw::AuditStepOption>& steps)
{
    for (QPushButton* b : m_stepButtons)
        delete b;
    m_stepButtons.clear();
    const bool edit = m_session.isOpen() && !m_session.isReadOnly();
    int position = 0;
    for (const auto& option : steps) {
        auto* button = new QPushButton(AuditNames::step(option.step), this);
        button->setObjectName(QStringLiteral("auditStep_") +
                              QString::fromUtf8(cw::toString(option.step).data()));
        button->setEnabled(edit);
        if (option.refusal)
            button->setToolTip(QString::fromStdString(*option.refusal));
        const cw::AuditStep step = option.step;
        connect(button, &QPushButton::clicked, this, [this, step] { takeStep(step); });
        m_stepRow->insertWidget(position++, button);
        m_stepButtons.push_back(button);
    }
    m_comment->setEnabled(edit && !steps.empty());
    m_commentLabel->setVisible(!steps.empty());
    m_comment->setVisible(!steps.empty());
}

void AuditDetailPanel::updateButtons()
{
    const bool editable = m_checklistModel->editable() && m_auditId != 0;
    const bool selected = m_checklist->currentIndex().isValid();
    m_generate->setEnabled(editable && m_audit && !m_audit->clauses.empty());
    m_addLine->setEnabled(editable);
    m_removeLine->setEnabled(editable && selected);
    m_raise->setEnabled(m_session.isOpen() && !m_session.isReadOnly() && selected);
}

void AuditDetailPanel::commitLine(cw::AuditField field)
{
    QLineEdit* edit = m_fields[field].line;
    if (!edit->isModified())
        return;
    edit->setModified(false);
    const QString value = isNames(field) ? namesFromLine(edit->text()) : edit->text();
    if (!setField(field, value))
        reload(); // refused or unchanged: show what is stored
}

void AuditDetailPanel::commitClauses()
{
    if (!m_clauses->isModified() || !m_audit)
        return;
    m_clauses->setModified(false);
    const auto clauses = AuditNames::parseClauses(m_clauses->text(), m_defaultCatalog);
    if (clauses == m_audit->clauses || !AuditEdits::setClauses(m_session, m_auditId, clauses))
        reload();
}

bool AuditDetailPanel::setField(cw::AuditField field, const QString& value)
{
    if (m_auditId == 0 || !writable())
        return false;
    return AuditEdits::setField(m_session, m_auditId, field, value);
}

bool AuditDetailPanel::takeStep(cw::AuditStep step)
{
    if (m_auditId == 0 || !m_session.isOpen() || m_session.isReadOnly())
        return false;
    commitPending();
    std::optional<std::string> refusal;
    if (!m_session.run([&](cw::Workspace& ws) { refusal = cw::auditStepRefusal(ws, m_auditId, step); }))
        return false;
    if (refusal) {
        MessageBoxes::warning(this, tr("Step Refused"), QString::fromStdString(*refusal), QMessageBox::Ok,
                              QMessageBox::Ok);
        return false;
    }
    if (!AuditEdits::takeStep(m_session, m_auditId, step, m_comment->text()))
        return false;
    m_comment->clear();
    return true;
}

cw::Finding AuditDetailPanel::proposalFor(int row) const
{
    cw::Finding f;
    const cw::ChecklistLine* line = m_checklistModel->line(row);
    if (!line || !m_audit)
        return f;
    f.type = line->result == cw::ChecklistResult::Nonconformity ? cw::FindingType::Minor
                                                                : cw::FindingType::Observation;
    f.source = cw::FindingSource::InternalAudit;
    f.auditId = m_audit->id;
    f.title = line->notes.empty() ? line->question : line->notes.substr(0, line->notes.find('\n'));
    f.requirement = line->question;
    f.statement = line->notes;
    f.evidence = line->evidence;
    if (line->clause)
        f.clauses.push_back(*line->clause);
    f.raisedBy = m_audit->leadAuditor;
    if (!m_audit->auditees.empty())
        f.auditee = m_audit->auditees.front();
    return f;
}

bool AuditDetailPanel::raiseFinding(const cw::Finding& finding)
{
    std::int64_t id = 0;
    if (!FindingEdits::create(m_session, finding, &id))
        return false;
    Q_EMIT findingRaised(id);
    return true;
}

void AuditDetailPanel::raiseFindingFromSelection()
{
    const int row = m_checklist->currentIndex().row();
    if (!m_checklistModel->line(row) || !m_audit)
        return;
    commitPending();
    NewFindingDialog dialog(proposalFor(row), {{m_audit->id, QString::fromStdString(m_audit->code)}},
                            m_defaultCatalog, this);
    while (dialog.exec() == QDialog::Accepted)
        if (raiseFinding(dialog.finding()))
            return;
}

void AuditDetailPanel::addLine()
{
    cw::ChecklistLine line;
    line.question = tr("New question").toStdString();
    if (const cw::ChecklistLine* current = m_checklistModel->line(m_checklist->currentIndex().row())) {
        line.position = current->position + 1;
        line.clause = current->clause;
    }
    if (AuditEdits::addLine(m_session, m_auditId, line)) {
        const int row = line.position > 0 ? line.position - 1 : m_checklistModel->rowCount() - 1;
        const QModelIndex index = m_checklistModel->index(row, ChecklistModel::QuestionColumn);
        m_checklist->setCurrentIndex(index);
        m_checklist->edit(index);
    }
}

void AuditDetailPanel::removeLine()
{
    if (const cw::ChecklistLine* line = m_checklistModel->line(m_checklist->currentIndex().row()))
        AuditEdits::removeLine(m_session, line->id);
}

void AuditDetailPanel::commitPending()
{
    for (auto& [field, f] : m_fields) {
        if (f.line && f.line->isModified())
            commitLine(field);
        else if (f.text && f.text->isEdited())
            setField(field, f.text->toPlainText());
    }
    if (m_clauses->isModified())
        commitClauses();
}

} // namespace cw::ui
