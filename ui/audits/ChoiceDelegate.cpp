#include "audits/ChoiceDelegate.h"

#include <QComboBox>

namespace cw::ui {

ChoiceDelegate::ChoiceDelegate(std::function<Choices()> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    for (const auto& [label, value] : m_choices())
        box->addItem(label, value);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace cw::ui
