#include "documents/DocumentNames.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <array>

namespace cw::ui {

namespace {
struct TypeName {
    const char* key;
    const char* text;
};

constexpr std::array<TypeName, 16> kTypes{{
    {"manual", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Manual")},
    {"policy", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Policy")},
    {"plan", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Plan")},
    {"procedure", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Procedure")},
    {"instruction", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Work instruction")},
    {"guide", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Guide")},
    {"template", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Template")},
    {"form", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Form")},
    {"record", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Record")},
    {"report", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Report")},
    {"minutes", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Minutes")},
    {"agreement", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Agreement")},
    {"contract", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Contract")},
    {"catalogue", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Catalogue")},
    {"register", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Register")},
    {"other", QT_TRANSLATE_NOOP("cw::ui::DocumentNames", "Other")},
}};

QIcon paintedDot(const QColor& colour, bool exclamation)
{
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        const double margin = exclamation ? size * 0.06 : size * 0.22;
        p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        if (exclamation) {
            p.setBrush(Qt::white);
            const double w = size * 0.14;
            p.drawRoundedRect(QRectF((size - w) / 2, size * 0.2, w, size * 0.4), w / 2, w / 2);
            p.drawEllipse(QRectF((size - w) / 2, size * 0.68, w, w));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QString DocumentNames::status(cw::DocumentStatus s)
{
    switch (s) {
    case cw::DocumentStatus::Draft:
        return tr("Draft");
    case cw::DocumentStatus::InReview:
        return tr("In review");
    case cw::DocumentStatus::Approved:
        return tr("Approved");
    case cw::DocumentStatus::Obsolete:
        return tr("Obsolete");
    }
    return {};
}

QString DocumentNames::transitionVerb(cw::DocumentStatus from, cw::DocumentStatus to)
{
    switch (to) {
    case cw::DocumentStatus::Draft:
        return tr("Return to draft");
    case cw::DocumentStatus::InReview:
        return tr("Submit for review");
    case cw::DocumentStatus::Approved:
        return tr("Approve");
    case cw::DocumentStatus::Obsolete:
        return from == cw::DocumentStatus::Draft ? tr("Withdraw") : tr("Make obsolete");
    }
    return {};
}

QColor DocumentNames::statusColor(cw::DocumentStatus s)
{
    switch (s) {
    case cw::DocumentStatus::Draft:
        return QColor(0xb0, 0xb6, 0xbe);
    case cw::DocumentStatus::InReview:
        return QColor(0xe8, 0x9a, 0x24);
    case cw::DocumentStatus::Approved:
        return QColor(0x3a, 0x9d, 0x5d);
    case cw::DocumentStatus::Obsolete:
        return QColor(0x6f, 0x76, 0x80);
    }
    return {};
}

QIcon DocumentNames::statusDot(cw::DocumentStatus s)
{
    static std::array<QIcon, 4> cache;
    QIcon& icon = cache[static_cast<std::size_t>(s)];
    if (icon.isNull())
        icon = paintedDot(statusColor(s), false);
    return icon;
}

QString DocumentNames::type(const std::string& key)
{
    for (const TypeName& t : kTypes)
        if (key == t.key)
            return tr(t.text);
    return QString::fromStdString(key);
}

QString DocumentNames::level(int level)
{
    switch (level) {
    case 1:
        return tr("1 Manual / policy");
    case 2:
        return tr("2 Procedure");
    case 3:
        return tr("3 Instruction / template");
    case 4:
        return tr("4 Record / form");
    default:
        return QString::number(level);
    }
}

QColor DocumentNames::overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QIcon DocumentNames::overdueIcon()
{
    static QIcon icon;
    if (icon.isNull())
        icon = paintedDot(overdueColor(), true);
    return icon;
}

QString DocumentNames::overdueText(const QString& nextReview)
{
    return tr("%1 — review overdue").arg(nextReview);
}

QString DocumentNames::version(const cw::DocumentRow& row)
{
    const QString current = QString::fromStdString(row.currentVersion.toString());
    if (row.inForceVersion && *row.inForceVersion != row.currentVersion)
        return tr("%1 (%2 in force)").arg(current, QString::fromStdString(row.inForceVersion->toString()));
    return current;
}

QString DocumentNames::fileSize(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace cw::ui
