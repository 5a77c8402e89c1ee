#pragma once

#include "assessment/GapList.h"

#include <QAbstractTableModel>

#include <vector>

namespace cw::ui {

/// The prioritised gap list of one assessment (cw::prioritisedGaps()), one row per gap.
class GapListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, RefColumn, TitleColumn, StatusColumn, PriorityColumn, MaturityColumn,
                  GapColumn, RecommendationColumn, ActionsColumn, ColumnCount };

    explicit GapListModel(QObject* parent = nullptr);

    /// Replaces the rows (the order changes with every status, so this resets the model).
    void setRows(std::vector<cw::GapRow> rows);
    void languageChanged();
    [[nodiscard]] const cw::GapRow* gap(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cw::GapRow> m_rows;
};

} // namespace cw::ui
