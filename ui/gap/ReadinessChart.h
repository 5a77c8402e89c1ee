#pragma once

#include "assessment/Scoring.h"

#include <QWidget>

#include <vector>

namespace cw::ui {

/// A horizontal bar chart of the readiness of the top-level clauses of an assessment (4-10,
/// Annex A groups), painted directly so that it redraws in no time after every keystroke.
class ReadinessChart : public QWidget {
    Q_OBJECT
public:
    explicit ReadinessChart(QWidget* parent = nullptr);

    void setClauses(const std::vector<cw::ClauseScore>& clauses);
    [[nodiscard]] int barCount() const { return static_cast<int>(m_bars.size()); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<cw::ClauseScore> m_bars;
};

} // namespace cw::ui
