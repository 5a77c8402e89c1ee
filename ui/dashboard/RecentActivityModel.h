#pragma once

#include "storage/AuditTrail.h"

#include <QAbstractTableModel>

#include <vector>

namespace cw::ui {

/// Audit-trail entries as a table (when, who, action, record, change), in the order given.
class RecentActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Action, Record, Change, ColumnCount };

    explicit RecentActivityModel(QObject* parent = nullptr);

    void setEntries(std::vector<cw::AuditEntry> entries);
    /// Headers and formatted values follow the current language and locale.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const cw::AuditEntry& entry, int column) const;
    [[nodiscard]] static QString changeText(const cw::AuditEntry& entry);

    std::vector<cw::AuditEntry> m_entries;
};

} // namespace cw::ui
