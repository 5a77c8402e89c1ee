#pragma once

#include <QTableView>

namespace cw::ui {

class ChecklistModel;

/// The checklist table, fast to fill from the keyboard like the gap analysis: 1 conforming,
/// 2 nonconformity, 3 observation, 4 not audited, 0 pending, each saved at once and moving to the
/// next line; F2 or a double-click edits a cell (the result with a list of results).
class ChecklistView : public QTableView {
    Q_OBJECT
public:
    explicit ChecklistView(QWidget* parent = nullptr);
    void setChecklistModel(ChecklistModel* model);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    ChecklistModel* m_model = nullptr;
};

} // namespace cw::ui
