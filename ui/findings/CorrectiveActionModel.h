#pragma once

#include "findings/CorrectiveActions.h" // first: see FindingListModel.h

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// The corrective actions of one finding, all rounds. The actions of the current round are
/// editable (one undoable step per cell) while the core allows changes (finding open, correction
/// recorded or action planned); overdue actions are drawn in red.
class CorrectiveActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RoundColumn,
        DescriptionColumn,
        OwnerColumn,
        DueColumn,
        StateColumn,
        ImplementedColumn,
        NotesColumn,
        ColumnCount
    };

    explicit CorrectiveActionModel(WorkspaceSession& session, QObject* parent = nullptr);

    void setActions(std::vector<cw::CorrectiveAction> actions, int currentRound, std::string today,
                    bool editable);
    void languageChanged();
    [[nodiscard]] const cw::CorrectiveAction* action(int row) const;
    [[nodiscard]] bool overdue(const cw::CorrectiveAction& a) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    WorkspaceSession& m_session;
    std::vector<cw::CorrectiveAction> m_actions;
    int m_round = 1;
    std::string m_today;
    bool m_editable = false;
};

} // namespace cw::ui
