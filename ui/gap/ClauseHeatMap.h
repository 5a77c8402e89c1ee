#pragma once

#include "assessment/Scoring.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace cw::ui {

/// A heat map of clauses: one line per top-level clause, one cell per clause under it, coloured
/// by readiness (grey when nothing under it is applicable). Clicking a cell opens the clause.
class ClauseHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit ClauseHeatMap(QWidget* parent = nullptr);

    void setClauses(const std::vector<cw::ClauseScore>& clauses);
    [[nodiscard]] int cellCount() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void clauseActivated(const cw::RequirementKey& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Line {
        cw::ClauseScore head;
        std::vector<cw::ClauseScore> cells;
    };
    struct Placed {
        QRect rect;
        const cw::ClauseScore* clause;
    };
    [[nodiscard]] std::vector<Placed> layoutCells(int width) const;
    [[nodiscard]] int labelWidth() const;

    std::vector<Line> m_lines;
};

} // namespace cw::ui
