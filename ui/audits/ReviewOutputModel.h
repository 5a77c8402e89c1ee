#pragma once

#include "review/ManagementReview.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// The outputs of one management review: decisions, and actions with owner, due date and state.
/// Every cell is editable (one undoable step each) unless the workspace is read-only; open
/// actions past their due date are drawn in red.
class ReviewOutputModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, OwnerColumn, DueColumn, StateColumn, ColumnCount };

    explicit ReviewOutputModel(WorkspaceSession& session, QObject* parent = nullptr);

    void setOutputs(std::vector<cw::ReviewOutput> outputs, std::string today, bool editable);
    void languageChanged();
    [[nodiscard]] const cw::ReviewOutput* output(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    [[nodiscard]] bool overdue(const cw::ReviewOutput& o) const;

    WorkspaceSession& m_session;
    std::vector<cw::ReviewOutput> m_outputs;
    std::string m_today;
    bool m_editable = false;
};

} // namespace cw::ui
