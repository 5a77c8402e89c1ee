#pragma once

#include <QStyledItemDelegate>

#include <functional>
#include <utility>
#include <vector>

namespace cw::ui {

/// Edits a cell by choosing from a list: each choice a label and the value written with
/// setData(Qt::EditRole); the cell's Qt::EditRole value selects the current one. The choices are
/// asked for each time an editor opens, so they follow the language.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using Choices = std::vector<std::pair<QString, QVariant>>;
    ChoiceDelegate(std::function<Choices()> choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    std::function<Choices()> m_choices;
};

} // namespace cw::ui
