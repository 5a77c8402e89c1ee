#pragma once

#include "audit/Audit.h"
#include "audit/Independence.h"

#include <QAbstractTableModel>

#include <vector>

namespace cw::ui {

/// The audits of a programme (cw::listAudits()), one row each, with their independence flags.
class AuditListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        DatesColumn,
        StatusColumn,
        LeadColumn,
        ClausesColumn,
        ColumnCount
    };

    struct Row {
        cw::Audit audit;
        std::vector<cw::IndependenceFlag> flags;
    };

    explicit AuditListModel(QObject* parent = nullptr);

    /// Replaces the rows; `defaultCatalog` is the catalog whose clauses show without its id.
    void setRows(std::vector<Row> rows, std::string defaultCatalog);
    void languageChanged();
    [[nodiscard]] const Row* row(int index) const;
    /// The row of the audit, or -1.
    [[nodiscard]] int rowOf(std::int64_t auditId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
    std::string m_defaultCatalog;
};

} // namespace cw::ui
