#pragma once

#ifndef Q_MOC_RUN
#include "assessment/Compare.h"
#endif

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace cw::ui {

/// Readiness per clause of two assessments side by side (cw::compareAssessments()), with the
/// change in percentage points: improvements green, regressions red.
class ClauseCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ClauseColumn, ReadinessAColumn, ReadinessBColumn, ChangeColumn, ColumnCount };
    /// Qt::UserRole of the readiness and change columns: the ratio (0..1, change -1..1) or null.
    static constexpr int RatioRole = Qt::UserRole;

    explicit ClauseCompareModel(QObject* parent = nullptr);

    /// Shows the comparison's clauses down to `depth` levels.
    void setComparison(const cw::AssessmentComparison& comparison, int depth = 2);
    void setHeaders(const QString& nameA, const QString& nameB);
    void languageChanged();
    [[nodiscard]] const cw::ClauseComparison* clause(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "+12.5", "-3.0", "–": the change in percentage points, as the command line prints it.
    [[nodiscard]] static QString points(const std::optional<double>& change);

private:
    std::vector<cw::ClauseComparison> m_rows;
    QString m_nameA;
    QString m_nameB;
};

/// The requirements whose status changed between the two assessments.
class StatusChangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RefColumn, TitleColumn, BeforeColumn, AfterColumn, KindColumn, ColumnCount };

    explicit StatusChangeModel(QObject* parent = nullptr);

    void setChanges(std::vector<cw::RequirementChange> changes);
    void languageChanged();
    [[nodiscard]] const cw::RequirementChange* change(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cw::RequirementChange> m_rows;
};

} // namespace cw::ui
