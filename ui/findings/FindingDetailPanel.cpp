#include "findings/FindingDetailPanel.h"

#include "audits/AuditNames.h"
#include "audits/ChoiceDelegate.h"
#include "common/CommittingTextEdit.h"
#include "common/Error.h"
#include "common/PageWidgets.h"
#include "findings/CorrectiveActionModel.h"
#include "findings/FindingEdits.h"
#include "findings/FindingNames.h"
#include "findings/VerificationDialog.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::ui {

FindingDetailPanel::FindingDetailPanel(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(headingLabel(this, 1.2))
    , m_state(headingLabel(this))
    , m_origin(new QLabel(this))
    , m_stepRow(new QHBoxLayout)
    , m_commentLabel(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_clausesLabel(new QLabel(this))
    , m_clauses(new QLineEdit(this))
    , m_ncSection(new QWidget(this))
    , m_ncTitle(headingLabel(m_ncSection))
    , m_actionsTitle(headingLabel(m_ncSection))
    , m_actionTable(new QTableView(m_ncSection))
    , m_actionModel(new CorrectiveActionModel(session, this))
    , m_addAction(new QPushButton(m_ncSection))
    , m_implement(new QPushButton(m_ncSection))
    , m_deleteAction(new QPushButton(m_ncSection))
    , m_historyTitle(headingLabel(this))
    , m_history(new QLabel(this))
{
    setObjectName(QStringLiteral("findingDetail"));
    m_heading->setObjectName(QStringLiteral("findingHeading"));
    m_heading->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("findingState"));
    m_origin->setForegroundRole(QPalette::PlaceholderText);
    m_comment->setObjectName(QStringLiteral("findingStepComment"));
    m_clauses->setObjectName(QStringLiteral("finding_clauses"));
    m_actionTable->setObjectName(QStringLiteral("correctiveActions"));
    m_addAction->setObjectName(QStringLiteral("addCorrectiveAction"));
    m_implement->setObjectName(QStringLiteral("implementCorrectiveAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteCorrectiveAction"));
    m_history->setObjectName(QStringLiteral("findingHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_actionTable->setModel(m_actionModel);
    m_actionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_actionTable->setAlternatingRowColors(true);
    m_actionTable->verticalHeader()->hide();
    m_actionTable->setMinimumHeight(130);
    m_actionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionTable->horizontalHeader()->setSectionResizeMode(CorrectiveActionModel::DescriptionColumn,
                                                            QHeaderView::Stretch);
    m_actionTable->setItemDelegateForColumn(
        CorrectiveActionModel::StateColumn,
        new ChoiceDelegate(
            [] {
                ChoiceDelegate::Choices c;
                for (const auto s :
                     {cw::ActionState::Planned, cw::ActionState::Implemented, cw::ActionState::Cancelled})
                    c.emplace_back(FindingNames::actionState(s), QString::fromUtf8(cw::toString(s).data()));
                return c;
            },
            this));

    buildFields();
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        cw::CorrectiveAction a;
        a.description = tr("New corrective action").toStdString();
        if (addAction(a)) {
            const QModelIndex index =
                m_actionModel->index(m_actionModel->rowCount() - 1, CorrectiveActionModel::DescriptionColumn);
            m_actionTable->setCurrentIndex(index);
            m_actionTable->edit(index);
        }
    });
    connect(m_implement, &QPushButton::clicked, this, [this] {
        if (const auto* a = m_actionModel->action(m_actionTable->currentIndex().row()))
            FindingEdits::implementAction(m_session, a->id);
    });
    connect(m_deleteAction, &QPushButton::clicked, this, [this] {
        if (const auto* a = m_actionModel->action(m_actionTable->currentIndex().row()))
            FindingEdits::deleteAction(m_session, a->id);
    });
    connect(m_actionTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingDetailPanel::updateActionButtons);
    connect(m_actionModel, &QAbstractItemModel::modelReset, this, &FindingDetailPanel::updateActionButtons);
    retranslateUi();
}

void FindingDetailPanel::buildFields()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_state);
    layout->addLayout(head);
    layout->addWidget(m_origin);
    m_stepRow->addWidget(m_commentLabel);
    m_stepRow->addWidget(m_comment, 1);
    layout->addLayout(m_stepRow);

    const auto add = [this](QGridLayout* grid, QWidget* parent, cw::FindingField field, int kind, int row,
                            int column, int span) {
        Field f;
        f.label = new QLabel(parent);
        QWidget* widget = nullptr;
        if (kind == 0) {
            f.line = new QLineEdit(parent);
            connect(f.line, &QLineEdit::editingFinished, this, [this, field] { commitLine(field); });
            widget = f.line;
        } else if (kind == 1) {
            f.text = new CommittingTextEdit(parent);
            // The root cause holds five whys, one per line.
            f.text->setFixedHeight(
                f.text->fontMetrics().lineSpacing() * (field == cw::FindingField::RootCause ? 5 : 3) + 12);
            CommittingTextEdit* text = f.text;
            connect(text, &CommittingTextEdit::editingFinished, this,
                    [this, field, text] { setField(field, text->toPlainText()); });
            widget = f.text;
        } else {
            f.combo = new QComboBox(parent);
            QComboBox* combo = f.combo;
            connect(combo, &QComboBox::activated, this, [this, field, combo] {
                if (!setField(field, combo->currentData().toString()))
                    reload();
            });
            widget = f.combo;
        }
        widget->setObjectName(QStringLiteral("finding_") + QString::fromUtf8(cw::fieldKey(field).data()));
        f.label->setBuddy(widget);
        grid->addWidget(f.label, row, column, Qt::AlignTop);
        grid->addWidget(widget, row, column + 1, 1, span);
        m_fields[field] = f;
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    add(grid, this, cw::FindingField::Title, 0, 0, 0, 3);
    add(grid, this, cw::FindingField::Type, 2, 1, 0, 1);
    add(grid, this, cw::FindingField::Auditee, 0, 1, 2, 1);
    add(grid, this, cw::FindingField::RaisedBy, 0, 2, 0, 1);
    add(grid, this, cw::FindingField::RaisedOn, 0, 2, 2, 1);
    grid->addWidget(m_clausesLabel, 3, 0);
    grid->addWidget(m_clauses, 3, 1, 1, 3);
    m_clausesLabel->setBuddy(m_clauses);
    add(grid, this, cw::FindingField::Requirement, 1, 4, 0, 3);
    add(grid, this, cw::FindingField::Statement, 1, 5, 0, 3);
    add(grid, this, cw::FindingField::Evidence, 1, 6, 0, 3);
    layout->addLayout(grid);
    connect(m_clauses, &QLineEdit::editingFinished, this, [this] {
        if (!m_clauses->isModified() || !m_snapshot)
            return;
        m_clauses->setModified(false);
        const auto clauses = AuditNames::parseClauses(m_clauses->text(), m_auditCatalog);
        if (!FindingEdits::setClauses(m_session, m_findingId, clauses))
            reload();
    });

    auto* nc = new QVBoxLayout(m_ncSection);
    nc->setContentsMargins(0, 8, 0, 0);
    nc->addWidget(m_ncTitle);
    auto* ncGrid = new QGridLayout;
    ncGrid->setColumnStretch(1, 1);
    ncGrid->setColumnStretch(3, 1);
    add(ncGrid, m_ncSection, cw::FindingField::Correction, 1, 0, 0, 3);
    add(ncGrid, m_ncSection, cw::FindingField::RcaMethod, 2, 1, 0, 1);
    add(ncGrid, m_ncSection, cw::FindingField::RcaCategory, 2, 1, 2, 1);
    add(ncGrid, m_ncSection, cw::FindingField::RootCause, 1, 2, 0, 3);
    nc->addLayout(ncGrid);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_actionsTitle, 1);
    bar->addWidget(m_addAction);
    bar->addWidget(m_implement);
    bar->addWidget(m_deleteAction);
    nc->addLayout(bar);
    nc->addWidget(m_actionTable);
    layout->addWidget(m_ncSection);
    layout->addSpacing(6);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    layout->addStretch();
}

void FindingDetailPanel::retranslateUi()
{
    const auto label = [this](cw::FindingField field, const QString& text) {
        m_fields[field].label->setText(text);
    };
    label(cw::FindingField::Title, tr("Title:"));
    label(cw::FindingField::Type, tr("Type:"));
    label(cw::FindingField::Auditee, tr("Auditee:"));
    label(cw::FindingField::RaisedBy, tr("Raised by:"));
    label(cw::FindingField::RaisedOn, tr("Raised on:"));
    label(cw::FindingField::Requirement, tr("Requirement:"));
    label(cw::FindingField::Statement, tr("Description:"));
    label(cw::FindingField::Evidence, tr("Evidence:"));
    label(cw::FindingField::Correction, tr("Correction:"));
    label(cw::FindingField::RcaMethod, tr("Root-cause method:"));
    label(cw::FindingField::RcaCategory, tr("Fishbone category:"));
    label(cw::FindingField::RootCause, tr("Root cause:"));
    m_clausesLabel->setText(tr("Clauses:"));
    m_clauses->setPlaceholderText(tr("e.g. 8.7.3.2, iso27001:2022 A.5.18"));
    m_fields[cw::FindingField::RaisedOn].line->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_fields[cw::FindingField::RootCause].text->setPlaceholderText(tr("Five whys: one “why” per line"));
    m_commentLabel->setText(tr("Comment for the next step:"));
    m_comment->setPlaceholderText(tr("optional, kept with who and when"));
    m_ncTitle->setText(tr("Correction and root cause"));
    m_actionsTitle->setText(tr("Corrective actions"));
    m_addAction->setText(tr("Add action"));
    m_implement->setText(tr("Mark implemented"));
    m_deleteAction->setText(tr("Delete action"));
    m_historyTitle->setText(tr("History"));

    QComboBox* type = m_fields[cw::FindingField::Type].combo;
    type->clear();
    for (const cw::FindingType t : cw::allFindingTypes())
        type->addItem(AuditNames::dot(FindingNames::typeColor(t)), FindingNames::type(t),
                      QString::fromUtf8(cw::toString(t).data()));
    QComboBox* method = m_fields[cw::FindingField::RcaMethod].combo;
    method->clear();
    for (const auto m :
         {cw::RcaMethod::None, cw::RcaMethod::FiveWhys, cw::RcaMethod::Fishbone, cw::RcaMethod::FreeText})
        method->addItem(FindingNames::rcaMethod(m), QString::fromUtf8(cw::toString(m).data()));
    QComboBox* category = m_fields[cw::FindingField::RcaCategory].combo;
    category->clear();
    category->addItem(FindingNames::rcaMethod(cw::RcaMethod::None), QString());
    for (const auto c : cw::fishboneCategories())
        category->addItem(FindingNames::fishboneCategory(c),
                          QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size())));
    m_actionModel->languageChanged();
    reload();
}

void FindingDetailPanel::showFinding(std::int64_t findingId)
{
    if (findingId != m_findingId)
        commitPending();
    m_findingId = findingId;
    reload();
}

bool FindingDetailPanel::writable() const
{
    return m_session.isOpen() && !m_session.isReadOnly() && m_snapshot &&
           m_snapshot->finding.state != cw::FindingState::Closed;
}

void FindingDetailPanel::reload()
{
    m_snapshot.reset();
    std::vector<cw::FindingStepOption> steps;
    std::map<cw::FindingField, std::string> values;
    std::string today;
    if (m_findingId != 0 && m_session.isOpen()) {
        const bool ok = m_session.run([&](cw::Workspace& ws) {
            try {
                m_snapshot = cw::snapshotFinding(ws, m_findingId);
            } catch (const cw::Error& e) {
                if (e.code() != cw::ErrorCode::NotFound)
                    throw;
                return; // gone (an undone creation): show nothing, quietly
            }
            steps = cw::findingSteps(*m_snapshot);
            for (auto& [field, f] : m_fields)
                values[field] = cw::findingField(ws, m_snapshot->finding, field);
            today = cw::formatDate(ws.clock().today());
        });
        if (!ok)
            m_snapshot.reset();
    }
    setEnabled(m_snapshot.has_value());
    if (!m_snapshot) {
        m_findingId = 0;
        m_heading->setText(tr("No finding selected"));
        m_state->clear();
        m_origin->clear();
        rebuildSteps({});
        m_actionModel->setActions({}, 1, {}, false);
        m_history->clear();
        return;
    }
    const cw::FindingSnapshot& s = *m_snapshot;
    const cw::Finding& f = s.finding;
    m_heading->setText(
        QStringLiteral("%1  %2").arg(QString::fromStdString(f.code), QString::fromStdString(f.title)));
    m_state->setText(FindingNames::state(f.state));
    QPalette pal = m_state->palette();
    pal.setColor(QPalette::WindowText, f.state == cw::FindingState::Closed ? QColor(0x3a, 0x9d, 0x5d)
                                                                           : FindingNames::typeColor(f.type));
    m_state->setPalette(pal);
    const QString source = f.source == cw::FindingSource::InternalAudit
                               ? tr("Internal audit %1").arg(QString::fromStdString(s.auditCode))
                               : FindingNames::source(f.source);
    m_origin->setText(f.sourceReference.empty() ? tr("%1 · %2").arg(FindingNames::type(f.type), source)
                                                : tr("%1 · %2 %3")
                                                      .arg(FindingNames::type(f.type), source,
                                                           QString::fromStdString(f.sourceReference)));
    const bool edit = writable();
    for (auto& [field, w] : m_fields) {
        const QString v = QString::fromStdString(values[field]);
        if (w.line) {
            if (w.line->text() != v && !(w.line->hasFocus() && w.line->isModified()))
                w.line->setText(v);
            w.line->setReadOnly(!edit);
        } else if (w.text) {
            if (!(w.text->hasFocus() && w.text->isEdited()))
                w.text->setTextQuietly(v);
            w.text->setReadOnly(!edit);
        } else {
            w.combo->setCurrentIndex(std::max(0, w.combo->findData(v)));
            w.combo->setEnabled(edit);
        }
    }
    m_fields[cw::FindingField::RcaCategory].combo->setEnabled(edit && f.rcaMethod == cw::RcaMethod::Fishbone);
    const QString clauses = AuditNames::clauses(f.clauses, m_auditCatalog);
    if (m_clauses->text() != clauses && !(m_clauses->hasFocus() && m_clauses->isModified()))
        m_clauses->setText(clauses);
    m_clauses->setReadOnly(!edit);
    const bool nonconformity = cw::isNonconformity(f.type);
    m_ncSection->setVisible(nonconformity);
    const bool actionsEditable =
        edit && (f.state == cw::FindingState::Open || f.state == cw::FindingState::CorrectionRecorded ||
                 f.state == cw::FindingState::ActionPlanned);
    m_actionModel->setActions(s.actions, s.round(), today, actionsEditable);
    m_addAction->setEnabled(actionsEditable);
    updateActionButtons();
    rebuildSteps(steps);

    m_history->setText(FindingNames::history(s));
}

void FindingDetailPanel::rebuildSteps(const std::vector<cw::FindingStepOption>& steps)
{
    for (QPushButton* b : m_stepButtons)
        delete b;
    m_stepButtons.clear();
    const bool edit = m_session.isOpen() && !m_session.isReadOnly();
    int position = 0;
    for (const auto& option : steps) {
        auto* button = new QPushButton(FindingNames::step(option.step), this);
        button->setObjectName(QStringLiteral("findingStep_") +
                              QString::fromUtf8(cw::toString(option.step).data()));
        button->setEnabled(edit);
        button->setToolTip(option.refusal
                               ? QString::fromStdString(*option.refusal)
                               : tr("Moves the finding to “%1”").arg(FindingNames::state(option.to)));
        const cw::FindingStep step = option.step;
        connect(button, &QPushButton::clicked, this, [this, step] { takeStep(step); });
        m_stepRow->insertWidget(position++, button);
        m_stepButtons.push_back(button);
    }
    m_commentLabel->setVisible(!steps.empty());
    m_comment->setVisible(!steps.empty());
    m_comment->setEnabled(edit);
}

void FindingDetailPanel::updateActionButtons()
{
    const cw::CorrectiveAction* a = m_actionModel->action(m_actionTable->currentIndex().row());
    const bool editable =
        a && (m_actionModel->flags(m_actionModel->index(m_actionTable->currentIndex().row(),
                                                        CorrectiveActionModel::DescriptionColumn)) &
              Qt::ItemIsEditable);
    m_implement->setEnabled(editable && a->state == cw::ActionState::Planned);
    m_deleteAction->setEnabled(editable);
}

void FindingDetailPanel::commitLine(cw::FindingField field)
{
    QLineEdit* edit = m_fields[field].line;
    if (!edit->isModified())
        return;
    edit->setModified(false);
    if (!setField(field, edit->text()))
        reload();
}

bool FindingDetailPanel::setField(cw::FindingField field, const QString& value)
{
    if (!writable())
        return false;
    return FindingEdits::setField(m_session, m_findingId, field, value);
}

bool FindingDetailPanel::showRefusal(const std::optional<std::string>& refusal)
{
    if (!refusal)
        return false;
    MessageBoxes::warning(this, tr("Step Refused"), QString::fromStdString(*refusal), QMessageBox::Ok,
                          QMessageBox::Ok);
    return true;
}

bool FindingDetailPanel::takeStep(cw::FindingStep step)
{
    if (!m_snapshot || !m_session.isOpen() || m_session.isReadOnly())
        return false;
    commitPending();
    reload();
    if (!m_snapshot)
        return false;
    if (step == cw::FindingStep::Verify) {
        if (showRefusal(cw::findingStepRefusal(*m_snapshot, step)))
            return false;
        QString today;
        m_session.run(
            [&](cw::Workspace& ws) { today = QString::fromStdString(cw::formatDate(ws.clock().today())); });
        VerificationDialog dialog(QString::fromStdString(m_snapshot->finding.code), m_session.actor(), today,
                                  this);
        dialog.setValidator([this](const cw::Verification& v) {
            const auto refusal = cw::findingStepRefusal(*m_snapshot, cw::FindingStep::Verify, &v);
            return refusal ? QString::fromStdString(*refusal) : QString();
        });
        if (dialog.exec() != QDialog::Accepted)
            return false;
        return verify(dialog.verification(), dialog.comment());
    }
    if (showRefusal(cw::findingStepRefusal(*m_snapshot, step)))
        return false;
    if (!FindingEdits::takeStep(m_session, m_findingId, step, m_comment->text()))
        return false;
    m_comment->clear();
    return true;
}

bool FindingDetailPanel::verify(const cw::Verification& verification, const QString& comment)
{
    if (!m_snapshot || !m_session.isOpen() || m_session.isReadOnly())
        return false;
    if (showRefusal(cw::findingStepRefusal(*m_snapshot, cw::FindingStep::Verify, &verification)))
        return false;
    return FindingEdits::verify(m_session, m_findingId, verification, comment);
}

bool FindingDetailPanel::addAction(const cw::CorrectiveAction& action)
{
    if (!writable())
        return false;
    return FindingEdits::addAction(m_session, m_findingId, action);
}

void FindingDetailPanel::commitPending()
{
    for (auto& [field, f] : m_fields) {
        if (f.line && f.line->isModified())
            commitLine(field);
        else if (f.text && f.text->isEdited())
            setField(field, f.text->toPlainText());
    }
    if (m_clauses->isModified())
        Q_EMIT m_clauses->editingFinished();
}

} // namespace cw::ui
