#include "audits/ChecklistView.h"

#include "audit/AuditTypes.h"
#include "audits/AuditNames.h"
#include "audits/ChecklistModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace cw::ui {

namespace {
/// Edits the result column with a list of the results.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (const cw::ChecklistResult r : cw::allChecklistResults())
            box->addItem(AuditNames::dot(AuditNames::resultColor(r)), AuditNames::result(r),
                         static_cast<int>(r));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};
} // namespace

ChecklistView::ChecklistView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("checklistTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(true);
    verticalHeader()->hide();
}

void ChecklistView::setChecklistModel(ChecklistModel* model)
{
    m_model = model;
    setModel(model);
    setItemDelegateForColumn(ChecklistModel::ResultColumn, new ResultDelegate(this));
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::NumberColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::ClauseColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::QuestionColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::ResultColumn, QHeaderView::ResizeToContents);
    // The question reads best; notes and evidence keep a fixed share (the user may widen them).
    horizontalHeader()->setSectionResizeMode(ChecklistModel::NotesColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::EvidenceColumn, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(ChecklistModel::NotesColumn, 260);
    horizontalHeader()->resizeSection(ChecklistModel::EvidenceColumn, 220);
}

void ChecklistView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (m_model && state() != QAbstractItemView::EditingState && key >= Qt::Key_0 && key <= Qt::Key_4 &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && m_model->editable()) {
            const auto& all = cw::allChecklistResults();
            m_model->setResult(current.row(), all[static_cast<std::size_t>(key - Qt::Key_0)]);
            const QModelIndex next = m_model->index(current.row() + 1, current.column());
            if (next.isValid())
                setCurrentIndex(next);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace cw::ui
