#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cw::ui {

/// How many records of each kind the workspace holds (from cw::workspaceInfo).
class EntityCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Count, ColumnCount };
    using Counts = std::vector<std::pair<std::string, std::int64_t>>;

    explicit EntityCountsModel(QObject* parent = nullptr);

    void setCounts(Counts counts);
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    Counts m_counts;
};

} // namespace cw::ui
