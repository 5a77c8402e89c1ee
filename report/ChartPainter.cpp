#include "ChartPainter.h"

#include <QDate>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace cw::report {

namespace {

constexpr int kRow = 26;
constexpr int kLabelWidth = 260;
const QColor kBar(0x2f, 0x7f, 0xb8);
const QColor kTrack(0xe6, 0xee, 0xf5);
const QColor kText(0x22, 0x2b, 0x33);

QColor toneFor(double v)
{
    if (v >= 0.9)
        return QColor(0x23, 0x96, 0x5c);
    if (v >= 0.6)
        return kBar;
    return QColor(0xd0, 0x7a, 0x1a);
}

QString percent(double v)
{
    return v < 0 ? QStringLiteral("–") : QString::number(v * 100.0, 'f', 0) + QLatin1Char('%');
}

QString xmlEscaped(QString s)
{
    return s.toHtmlEscaped();
}

QDate dateOf(const QString& iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

} // namespace

QImage ChartPainter::barChart(const BarChart& chart, int widthPx, const QString& fontFamily)
{
    const int height = 12 + kRow * static_cast<int>(chart.labels.size());
    QImage img(widthPx * 2, height * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2.0);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(fontFamily);
    f.setPixelSize(13);
    p.setFont(f);
    const int barX = kLabelWidth;
    const int barW = widthPx - kLabelWidth - 56;
    for (qsizetype i = 0; i < chart.labels.size(); ++i) {
        const int y = 6 + kRow * static_cast<int>(i);
        const double v = i < chart.values.size() ? chart.values[i] : -1.0;
        p.setPen(kText);
        const QString label = QFontMetrics(f).elidedText(chart.labels[i], Qt::ElideRight, kLabelWidth - 10);
        p.drawText(QRect(0, y, kLabelWidth - 10, kRow - 6), Qt::AlignVCenter | Qt::AlignLeft, label);
        p.setPen(Qt::NoPen);
        p.setBrush(kTrack);
        p.drawRoundedRect(QRectF(barX, y + 3, barW, kRow - 12), 3, 3);
        if (v >= 0) {
            p.setBrush(toneFor(v));
            p.drawRoundedRect(QRectF(barX, y + 3, barW * std::clamp(v, 0.0, 1.0), kRow - 12), 3, 3);
        }
        p.setPen(kText);
        p.drawText(QRect(barX + barW + 6, y, 50, kRow - 6), Qt::AlignVCenter | Qt::AlignLeft, percent(v));
    }
    return img;
}

QString ChartPainter::barChartSvg(const BarChart& chart)
{
    const int width = 720;
    const int height = 12 + kRow * static_cast<int>(chart.labels.size());
    const int barW = width - kLabelWidth - 56;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-size=\"13\">")
                      .arg(width)
                      .arg(height);
    for (qsizetype i = 0; i < chart.labels.size(); ++i) {
        const int y = 6 + kRow * static_cast<int>(i);
        const double v = i < chart.values.size() ? chart.values[i] : -1.0;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" fill=\"#222b33\">%2</text>")
                   .arg(y + 15)
                   .arg(xmlEscaped(chart.labels[i]));
        svg +=
            QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" fill=\"#e6eef5\"/>")
                .arg(kLabelWidth)
                .arg(y + 3)
                .arg(barW)
                .arg(kRow - 12);
        if (v >= 0)
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" fill=\"%5\"/>")
                       .arg(kLabelWidth)
                       .arg(y + 3)
                       .arg(barW * std::clamp(v, 0.0, 1.0), 0, 'f', 1)
                       .arg(kRow - 12)
                       .arg(toneFor(v).name());
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#222b33\">%3</text>")
                   .arg(kLabelWidth + barW + 6)
                   .arg(y + 15)
                   .arg(percent(v));
    }
    return svg + QStringLiteral("</svg>");
}

QImage ChartPainter::timeline(const Timeline& t, int widthPx, const QString& fontFamily)
{
    const int n = static_cast<int>(t.milestones.size());
    const int height = 40 + 22 * std::max(1, n);
    QImage img(widthPx * 2, height * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2.0);
    img.fill(Qt::white);
    if (n == 0)
        return img;
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(fontFamily);
    f.setPixelSize(12);
    p.setFont(f);
    const QDate first = dateOf(t.milestones.front().first);
    const QDate last = dateOf(t.milestones.back().first);
    const double span = std::max<qint64>(1, first.daysTo(last));
    const int x0 = 20, x1 = widthPx / 2;
    p.setPen(QPen(QColor(0x9f, 0xb9, 0xcf), 3));
    p.drawLine(x0, 20, x1, 20);
    for (int i = 0; i < n; ++i) {
        const auto& [date, label] = t.milestones[i];
        const double x = x0 + (x1 - x0) * (first.daysTo(dateOf(date)) / span);
        p.setPen(Qt::NoPen);
        p.setBrush(kBar);
        p.drawEllipse(QPointF(x, 20), 6, 6);
        const int y = 40 + 22 * i;
        p.setPen(QPen(QColor(0xcf, 0xe0, 0xee), 1, Qt::DotLine));
        p.drawLine(QPointF(x, 26), QPointF(x, y - 4));
        p.setPen(kText);
        p.drawText(QPointF(x1 + 16, y + 4), date + QStringLiteral("  ") + label);
        p.drawLine(QPointF(x, y), QPointF(x1 + 10, y));
    }
    return img;
}

QString ChartPainter::timelineSvg(const Timeline& t)
{
    const int n = static_cast<int>(t.milestones.size());
    const int width = 720;
    const int height = 40 + 22 * std::max(1, n);
    QString svg =
        QStringLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" font-size=\"12\">")
            .arg(width)
            .arg(height);
    if (n > 0) {
        const QDate first = dateOf(t.milestones.front().first);
        const double span = std::max<qint64>(1, first.daysTo(dateOf(t.milestones.back().first)));
        const int x0 = 20, x1 = width / 2;
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"20\" x2=\"%2\" y2=\"20\" stroke=\"#9fb9cf\" stroke-width=\"3\"/>")
                   .arg(x0)
                   .arg(x1);
        for (int i = 0; i < n; ++i) {
            const auto& [date, label] = t.milestones[i];
            const double x = x0 + (x1 - x0) * (first.daysTo(dateOf(date)) / span);
            const int y = 40 + 22 * i;
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"20\" r=\"6\" fill=\"#2f7fb8\"/>").arg(x, 0, 'f', 1);
            svg += QStringLiteral("<polyline points=\"%1,26 %1,%2 %3,%2\" fill=\"none\" stroke=\"#cfe0ee\"/>")
                       .arg(x, 0, 'f', 1)
                       .arg(y)
                       .arg(x1 + 10);
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#222b33\">%3  %4</text>")
                       .arg(x1 + 16)
                       .arg(y + 4)
                       .arg(date, xmlEscaped(label));
        }
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace cw::report
