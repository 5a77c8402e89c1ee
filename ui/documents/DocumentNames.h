#pragma once

#include "documents/Document.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <string>

namespace cw::ui {

/// How the Documents page names things: statuses, types, levels and the overdue marker, in the
/// current language.
class DocumentNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::DocumentNames)
public:
    [[nodiscard]] static QString status(cw::DocumentStatus s);
    /// The verb of a move to `to` ("Submit for review", "Approve", ...), from `from`.
    [[nodiscard]] static QString transitionVerb(cw::DocumentStatus from, cw::DocumentStatus to);
    [[nodiscard]] static QColor statusColor(cw::DocumentStatus s);
    /// A round dot in the status colour (cached).
    [[nodiscard]] static QIcon statusDot(cw::DocumentStatus s);
    /// A document type key ("procedure") in words; unknown keys as they are.
    [[nodiscard]] static QString type(const std::string& key);
    /// "1 Manual / policy"
    [[nodiscard]] static QString level(int level);
    /// The red of an overdue review.
    [[nodiscard]] static QColor overdueColor();
    /// A red exclamation mark in a circle (cached).
    [[nodiscard]] static QIcon overdueIcon();
    /// "2026-11-06 — review overdue"
    [[nodiscard]] static QString overdueText(const QString& nextReview);
    /// "1.2", or "1.2 (1.1 in force)" when another version is in force.
    [[nodiscard]] static QString version(const cw::DocumentRow& row);
    /// "12.5 KiB"
    [[nodiscard]] static QString fileSize(std::int64_t bytes);
};

} // namespace cw::ui
