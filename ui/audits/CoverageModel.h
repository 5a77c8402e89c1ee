#pragma once

#include "audit/ProgrammeCoverage.h"

#include <QAbstractTableModel>

#include <string>

namespace cw::ui {

/// The coverage of clauses 4–10 by a programme's audits (cw::programmeCoverage()), one row per
/// clause in tree order, indented by depth. A clause last audited before `since` (12 months
/// before today) counts as due again and is marked so.
class CoverageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ClauseColumn, StatusColumn, AuditsColumn, LastAuditedColumn, ColumnCount };

    explicit CoverageModel(QObject* parent = nullptr);

    void setCoverage(cw::AuditCoverage coverage, std::string since);
    void languageChanged();
    [[nodiscard]] const cw::AuditCoverage& coverage() const { return m_coverage; }
    [[nodiscard]] const cw::CoverageRow* row(int index) const;
    /// Audited, but longer ago than 12 months.
    [[nodiscard]] bool stale(const cw::CoverageRow& row) const;
    /// Leaves audited within the last 12 months.
    [[nodiscard]] int recentlyAuditedLeaves() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    cw::AuditCoverage m_coverage;
    std::string m_since;
};

} // namespace cw::ui
