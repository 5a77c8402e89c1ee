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
    if (const auto field = cw::engagementFieldFromKey(key))
        return label(*field);
    if (const auto field = cw::planFieldFromKey(key))
        return label(*field);
    if (key == "logo")
        return tr("Logo");
    return QString::fromStdString(key);
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

QString EngagementFieldNames::label(cw::PlanField field)
{
    switch (field) {
    case cw::PlanField::Services:
        return tr("Services in scope");
    case cw::PlanField::Sites:
        return tr("Sites in scope");
    case cw::PlanField::CncaCategories:
        return tr("CNCA business categories");
    case cw::PlanField::CertificationBody:
        return tr("Certification body");
    case cw::PlanField::TrialOperationStart:
        return tr("Start of trial operation");
    case cw::PlanField::PlannedInternalAudit:
        return tr("Planned internal audit");
    case cw::PlanField::PlannedManagementReview:
        return tr("Planned management review");
    case cw::PlanField::PlannedStage1:
        return tr("Planned stage 1 audit");
    case cw::PlanField::PlannedStage2:
        return tr("Planned stage 2 audit");
    }
    return {};
}

QString EngagementFieldNames::changeText(cw::PlanField field)
{
    switch (field) {
    case cw::PlanField::Services:
        return tr("Change Services in Scope");
    case cw::PlanField::Sites:
        return tr("Change Sites in Scope");
    case cw::PlanField::CncaCategories:
        return tr("Change CNCA Business Categories");
    case cw::PlanField::CertificationBody:
        return tr("Change Certification Body");
    case cw::PlanField::TrialOperationStart:
        return tr("Change Start of Trial Operation");
    case cw::PlanField::PlannedInternalAudit:
        return tr("Change Planned Internal Audit");
    case cw::PlanField::PlannedManagementReview:
        return tr("Change Planned Management Review");
    case cw::PlanField::PlannedStage1:
        return tr("Change Planned Stage 1 Audit");
    case cw::PlanField::PlannedStage2:
        return tr("Change Planned Stage 2 Audit");
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
