#include "gap/GapNames.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>
#include <cmath>

namespace cw::ui {

QString GapNames::status(cw::AssessmentStatus s)
{
    switch (s) {
    case cw::AssessmentStatus::NotAssessed: return tr("Not assessed");
    case cw::AssessmentStatus::Nonconformant: return tr("Nonconformant");
    case cw::AssessmentStatus::Partial: return tr("Partial");
    case cw::AssessmentStatus::Conformant: return tr("Conformant");
    case cw::AssessmentStatus::NotApplicable: return tr("Not applicable");
    }
    return {};
}

int GapNames::statusKey(cw::AssessmentStatus s)
{
    return static_cast<int>(s); // the core's picker order is the key order
}

std::optional<cw::AssessmentStatus> GapNames::statusForKey(int digit)
{
    const auto& all = cw::allAssessmentStatuses();
    if (digit < 0 || static_cast<std::size_t>(digit) >= all.size())
        return std::nullopt;
    return all[static_cast<std::size_t>(digit)];
}

QColor GapNames::statusColor(cw::AssessmentStatus s)
{
    switch (s) {
    case cw::AssessmentStatus::NotAssessed: return QColor(0xb0, 0xb6, 0xbe);
    case cw::AssessmentStatus::Nonconformant: return QColor(0xd6, 0x45, 0x41);
    case cw::AssessmentStatus::Partial: return QColor(0xe8, 0x9a, 0x24);
    case cw::AssessmentStatus::Conformant: return QColor(0x3a, 0x9d, 0x5d);
    case cw::AssessmentStatus::NotApplicable: return QColor(0x6f, 0x86, 0xa8);
    }
    return {};
}

QIcon GapNames::statusDot(cw::AssessmentStatus s)
{
    static std::array<QIcon, 5> cache;
    QIcon& icon = cache[static_cast<std::size_t>(s)];
    if (icon.isNull()) {
        for (const int size : {12, 16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(statusColor(s));
            const qreal margin = size / 5.0;
            p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
            p.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QString GapNames::priority(cw::ActionPriority p)
{
    switch (p) {
    case cw::ActionPriority::High: return tr("High");
    case cw::ActionPriority::Medium: return tr("Medium");
    case cw::ActionPriority::Low: return tr("Low");
    }
    return {};
}

QString GapNames::actionStatus(cw::ActionStatus s)
{
    switch (s) {
    case cw::ActionStatus::Open: return tr("Open");
    case cw::ActionStatus::InProgress: return tr("In progress");
    case cw::ActionStatus::Done: return tr("Done");
    case cw::ActionStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QColor GapNames::readinessColor(const std::optional<double>& ratio)
{
    if (!ratio)
        return QColor(0xdd, 0xe1, 0xe6);
    const QColor red(0xd6, 0x45, 0x41);
    const QColor amber(0xf0, 0xb4, 0x3c);
    const QColor green(0x3a, 0x9d, 0x5d);
    const double r = std::clamp(*ratio, 0.0, 1.0);
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                                static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return r < 0.5 ? mix(red, amber, r * 2) : mix(amber, green, (r - 0.5) * 2);
}

QString GapNames::percent(const std::optional<double>& ratio)
{
    // The core's rounding, as the command line shows it.
    return ratio ? QString::fromStdString(cw::formatPercent(ratio)) : QStringLiteral("–");
}

QString GapNames::exclusionNotPermitted()
{
    return tr("not permitted for a conformity claim");
}

bool GapNames::chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString GapNames::pick(const std::string& en, const std::string& zh)
{
    const std::string& text = chinese() ? (zh.empty() ? en : zh) : (en.empty() ? zh : en);
    return QString::fromStdString(text);
}

} // namespace cw::ui
