#include "engagement/EngagementFieldNames.h"

namespace cw::ui {

QString EngagementFieldNames::label(cw::EngagementField field)
{
    switch (field) {
    case cw::EngagementField::Name:
        return tr("Engagement name");
    case cw::EngagementField::OrganizationEn:
        return tr("Organization (English)");
    case cw::EngagementField::OrganizationZh:
        return tr("Organization (Chinese)");
    case cw::EngagementField::Scope:
        return tr("Scope statement");
    case cw::EngagementField::Language:
        return tr("Engagement language");
    }
    return {};
}

QString EngagementFieldNames::labelForKey(const std::string& key)
{
    const auto field = cw::engagementFieldFromKey(key);
    return field ? label(*field) : QString::fromStdString(key);
}

QString EngagementFieldNames::changeText(cw::EngagementField field)
{
    switch (field) {
    case cw::EngagementField::Name:
        return tr("Change Engagement Name");
    case cw::EngagementField::OrganizationEn:
        return tr("Change Organization (English)");
    case cw::EngagementField::OrganizationZh:
        return tr("Change Organization (Chinese)");
    case cw::EngagementField::Scope:
        return tr("Change Scope Statement");
    case cw::EngagementField::Language:
        return tr("Change Engagement Language");
    }
    return {};
}

QString EngagementFieldNames::languageName(const std::string& code)
{
    if (code == "en")
        return tr("English");
    if (code == "zh")
        return tr("Chinese");
    return QString::fromStdString(code);
}

} // namespace cw::ui
