#pragma once

#include "audit/AuditChecklist.h"

#include <QAbstractTableModel>

#include <vector>

namespace cw::ui {

class WorkspaceSession;

/// The checklist of one audit (cw::listChecklist()). Question, result, notes and evidence are
/// editable while the audit's checklist may change: each edit is one undoable step (Tiled's
/// setData-pushes-a-command), written with one core call.
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ClauseColumn,
        QuestionColumn,
        ResultColumn,
        NotesColumn,
        EvidenceColumn,
        ColumnCount
    };

    explicit ChecklistModel(WorkspaceSession& session, QObject* parent = nullptr);

    /// Shows the lines; the same lines again (by id) only repaint, so selection and scrolling stay.
    void setLines(std::int64_t auditId, std::vector<cw::ChecklistLine> lines, bool editable);
    void languageChanged();
    [[nodiscard]] const cw::ChecklistLine* line(int row) const;
    [[nodiscard]] int rowOfLine(std::int64_t lineId) const;
    [[nodiscard]] bool editable() const { return m_editable; }

    /// Sets one field of a line as an undoable step; false when unchanged or refused.
    bool setField(int row, cw::ChecklistLineField field, const QString& value);
    bool setResult(int row, cw::ChecklistResult result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    WorkspaceSession& m_session;
    std::int64_t m_auditId = 0;
    std::vector<cw::ChecklistLine> m_lines;
    bool m_editable = false;
};

} // namespace cw::ui
