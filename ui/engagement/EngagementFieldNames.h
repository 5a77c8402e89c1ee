#pragma once

#include "engagement/Engagement.h"
#include "engagement/EngagementPlan.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace cw::ui {

/// User-facing names of the engagement's fields, shared by the page, its undo commands and the
/// activity list.
class EngagementFieldNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::EngagementFieldNames)
public:
    /// "Engagement name", "Organization (English)", …
    [[nodiscard]] static QString label(cw::EngagementField field);
    /// The label of a core key such as "organization_en"; the key itself when unknown.
    [[nodiscard]] static QString labelForKey(const std::string& key);
    /// The undo step: "Change engagement name", …
    [[nodiscard]] static QString changeText(cw::EngagementField field);
    /// "Services in scope", "Planned stage 1 audit", … (the certification plan).
    [[nodiscard]] static QString label(cw::PlanField field);
    [[nodiscard]] static QString changeText(cw::PlanField field);
    /// "English" or "Chinese" for "en" / "zh".
    [[nodiscard]] static QString languageName(const std::string& code);
};

} // namespace cw::ui
