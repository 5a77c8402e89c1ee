#include "gap/ReadinessChart.h"

#include "gap/GapNames.h"

#include <QPainter>

#include <algorithm>

namespace cw::ui {

namespace {
constexpr int kRowHeight = 26;
constexpr int kMargin = 8;
} // namespace

ReadinessChart::ReadinessChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readinessChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ReadinessChart::setClauses(const std::vector<cw::ClauseScore>& clauses)
{
    m_bars.clear();
    for (const auto& c : clauses)
        if (c.level == 1)
            m_bars.push_back(c);
    updateGeometry();
    update();
}

QSize ReadinessChart::sizeHint() const
{
    return {560, 2 * kMargin + std::max<int>(1, barCount()) * kRowHeight};
}

QSize ReadinessChart::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void ReadinessChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = std::min(width() / 2, std::max(160, width() * 2 / 5));
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 12;
    const int trackLeft = kMargin + labelWidth;
    const int trackWidth = std::max(20, width() - trackLeft - valueWidth - kMargin);
    int y = kMargin;
    for (const auto& c : m_bars) {
        const QString label = QString::fromStdString(c.key.ref) + QStringLiteral("  ") +
                              GapNames::pick(c.titleEn, c.titleZh);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kMargin, y, labelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(label, Qt::ElideRight, labelWidth - 8));
        const QRectF track(trackLeft, y + 6, trackWidth, kRowHeight - 12);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(track, 3, 3);
        const auto readiness = c.score.readiness();
        if (readiness && *readiness > 0) {
            QRectF bar = track;
            bar.setWidth(track.width() * *readiness);
            p.setBrush(GapNames::readinessColor(readiness));
            p.drawRoundedRect(bar, 3, 3);
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(trackLeft + trackWidth + 8, y, valueWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   GapNames::percent(readiness));
        y += kRowHeight;
    }
}

} // namespace cw::ui
