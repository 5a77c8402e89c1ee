#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <variant>

namespace cw::report {

/// The language-neutral content of a report; renderers turn it into PDF, ODT, HTML or XLSX.
/// Content builders fill it with text already in the report's language.

struct Heading {
    int level = 1; ///< 1 (chapter) .. 3
    QString text;
};

struct Paragraph {
    enum class Tone { Normal, Muted, Good, Warning, Bad };
    QString text;
    Tone tone = Tone::Normal;
};

/// Label/value pairs, e.g. engagement facts.
struct KeyValues {
    QList<QPair<QString, QString>> rows;
};

struct Table {
    QString sheetName; ///< XLSX sheet (<= 31 characters); empty: not exported as its own sheet
    QStringList headers;
    QList<QStringList> rows;
    QList<int> widths; ///< column widths in characters (XLSX); empty: derived from content
    /// Optional tone per row ("good", "warn", "bad" or empty) to colour status rows.
    QStringList rowTones;
};

/// Horizontal bars, values as ratios 0..1 (shown as percentages).
struct BarChart {
    QString title;
    QStringList labels;
    QList<double> values; ///< ratio in 0..1; negative means "no value"
};

/// Dated milestones on a time axis.
struct Timeline {
    QString title;
    QList<QPair<QString, QString>> milestones; ///< (YYYY-MM-DD, label), in date order
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, KeyValues, Table, BarChart, Timeline, PageBreak>;

struct Cover {
    QString title;
    QString subtitle;
    QImage logo;
    QList<QPair<QString, QString>> facts;
};

struct ReportDocument {
    QString language = QStringLiteral("en"); ///< "en" or "zh": labels added by renderers follow it
    QString title;
    Cover cover;
    bool tableOfContents = true;
    QList<Block> blocks;

    /// Picks the English or Chinese text for this report's language.
    [[nodiscard]] QString t(const char* en, const char* zh) const
    {
        return language == QLatin1String("zh") ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    }
};

} // namespace cw::report
