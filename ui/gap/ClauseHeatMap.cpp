#include "gap/ClauseHeatMap.h"

#include "gap/GapNames.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cw::ui {

namespace {
constexpr int kCellWidth = 58;
constexpr int kCellHeight = 34;
constexpr int kGap = 4;
constexpr int kMargin = 8;
} // namespace

ClauseHeatMap::ClauseHeatMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("clauseHeatMap"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

void ClauseHeatMap::setClauses(const std::vector<cw::ClauseScore>& clauses)
{
    m_lines.clear();
    for (const auto& c : clauses) {
        if (c.level == 1)
            m_lines.push_back({c, {}});
        else if (c.level == 2 && !m_lines.empty() && m_lines.back().head.key.catalogId == c.key.catalogId)
            m_lines.back().cells.push_back(c);
    }
    for (auto& line : m_lines)
        if (line.cells.empty())
            line.cells.push_back(line.head); // a top-level clause with no subclauses is its own cell
    updateGeometry();
    update();
}

int ClauseHeatMap::cellCount() const
{
    int n = 0;
    for (const auto& line : m_lines)
        n += static_cast<int>(line.cells.size());
    return n;
}

int ClauseHeatMap::labelWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("A.88")) + 16;
}

std::vector<ClauseHeatMap::Placed> ClauseHeatMap::layoutCells(int width) const
{
    std::vector<Placed> out;
    const int left = kMargin + labelWidth();
    const int perLine = std::max(1, (width - left - kMargin + kGap) / (kCellWidth + kGap));
    int y = kMargin;
    for (const auto& line : m_lines) {
        int column = 0;
        for (const auto& cell : line.cells) {
            if (column == perLine) {
                column = 0;
                y += kCellHeight + kGap;
            }
            out.push_back({QRect(left + column * (kCellWidth + kGap), y, kCellWidth, kCellHeight), &cell});
            ++column;
        }
        y += kCellHeight + kGap * 2;
    }
    return out;
}

int ClauseHeatMap::heightForWidth(int width) const
{
    const auto cells = layoutCells(width);
    return cells.empty() ? 2 * kMargin : cells.back().rect.bottom() + kMargin;
}

QSize ClauseHeatMap::sizeHint() const
{
    return {560, heightForWidth(560)};
}

QSize ClauseHeatMap::minimumSizeHint() const
{
    return {200, kCellHeight + 2 * kMargin};
}

void ClauseHeatMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto cells = layoutCells(width());
    // The line labels: the top-level clause's ref left of its first cell.
    QFont bold = font();
    bold.setBold(true);
    std::size_t i = 0;
    for (const auto& line : m_lines) {
        if (i >= cells.size())
            break;
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kMargin, cells[i].rect.top(), labelWidth() - 8, kCellHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, QString::fromStdString(line.head.key.ref));
        i += line.cells.size();
    }
    p.setFont(font());
    for (const auto& placed : cells) {
        const auto readiness = placed.clause->score.readiness();
        const QColor fill = GapNames::readinessColor(readiness);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(placed.rect, 4, 4);
        p.setPen(readiness ? QColor(Qt::white) : palette().color(QPalette::PlaceholderText));
        p.drawText(placed.rect, Qt::AlignCenter, QString::fromStdString(placed.clause->key.ref));
    }
}

void ClauseHeatMap::mousePressEvent(QMouseEvent* event)
{
    for (const auto& placed : layoutCells(width()))
        if (placed.rect.contains(event->position().toPoint())) {
            Q_EMIT clauseActivated(placed.clause->key);
            return;
        }
    QWidget::mousePressEvent(event);
}

bool ClauseHeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const auto& placed : layoutCells(width()))
            if (placed.rect.contains(help->pos())) {
                const auto& c = *placed.clause;
                QToolTip::showText(help->globalPos(),
                                   tr("%1 %2\nReadiness %3, coverage %4")
                                       .arg(QString::fromStdString(c.key.ref), GapNames::pick(c.titleEn, c.titleZh),
                                            GapNames::percent(c.score.readiness()),
                                            GapNames::percent(c.score.coverage())),
                                   this, placed.rect);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cw::ui
