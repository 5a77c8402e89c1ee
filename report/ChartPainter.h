#pragma once

#include "ReportDocument.h"

#include <QImage>
#include <QString>

namespace cw::report {

/// Draws charts as raster images (PDF, ODT) and as inline SVG (HTML), in the same style.
class ChartPainter {
public:
    [[nodiscard]] static QImage barChart(const BarChart& chart, int widthPx, const QString& fontFamily);
    [[nodiscard]] static QString barChartSvg(const BarChart& chart);
    [[nodiscard]] static QImage timeline(const Timeline& timeline, int widthPx, const QString& fontFamily);
    [[nodiscard]] static QString timelineSvg(const Timeline& timeline);
};

} // namespace cw::report
