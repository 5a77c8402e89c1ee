#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cw {

class Workspace;

/// The engagement: the certification project one workspace is about.
struct Engagement {
    std::string name;
    std::string organizationEn;
    std::string organizationZh;
    std::string scope;
    std::string language = "en";
    std::string createdAt;
};

/// Editable text fields of the engagement.
enum class EngagementField { Name, OrganizationEn, OrganizationZh, Scope, Language };

[[nodiscard]] std::string_view fieldKey(EngagementField f);
/// Parses "name", "organization_en", ... ; nullopt when unknown.
[[nodiscard]] std::optional<EngagementField> engagementFieldFromKey(std::string_view key);

[[nodiscard]] Engagement loadEngagement(Workspace& ws);
[[nodiscard]] std::string engagementField(const Engagement& e, EngagementField f);

/// Sets one field as one user action (audited). A no-op when the value is unchanged.
/// Throws Error(InvalidInput) for an empty name or an unknown language.
void setEngagementField(Workspace& ws, EngagementField field, const std::string& value);

} // namespace cw
