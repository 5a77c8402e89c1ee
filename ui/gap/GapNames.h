#pragma once

#include "assessment/AssessmentTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

namespace cw::ui {

/// User-facing names, keys and colours of assessment statuses and action fields.
class GapNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::GapNames)
public:
    [[nodiscard]] static QString status(cw::AssessmentStatus s);
    /// The key that sets the status on the Gap analysis page: 0 not assessed, 1 nonconformant,
    /// 2 partial, 3 conformant, 4 not applicable.
    [[nodiscard]] static int statusKey(cw::AssessmentStatus s);
    [[nodiscard]] static std::optional<cw::AssessmentStatus> statusForKey(int digit);
    [[nodiscard]] static QColor statusColor(cw::AssessmentStatus s);
    /// A round dot in the status colour (cached).
    [[nodiscard]] static QIcon statusDot(cw::AssessmentStatus s);
    [[nodiscard]] static QString priority(cw::ActionPriority p);
    [[nodiscard]] static QString actionStatus(cw::ActionStatus s);
    /// Red (0%) through amber to green (100%); grey when there is no figure.
    [[nodiscard]] static QColor readinessColor(const std::optional<double>& ratio);
    /// "72.5%", or "–" when there is no figure.
    [[nodiscard]] static QString percent(const std::optional<double>& ratio);
    /// The core's "not permitted for a conformity claim", translated.
    [[nodiscard]] static QString exclusionNotPermitted();
    /// Whether titles are shown in Chinese (the user interface language).
    [[nodiscard]] static bool chinese();
    [[nodiscard]] static QString pick(const std::string& en, const std::string& zh);
};

} // namespace cw::ui
