#include "engagement/Engagement.h"

#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>

namespace cw {

namespace {

struct FieldInfo {
    EngagementField field;
    std::string_view key;
};

constexpr std::array<FieldInfo, 5> kFields{{
    {EngagementField::Name, "name"},
    {EngagementField::OrganizationEn, "organization_en"},
    {EngagementField::OrganizationZh, "organization_zh"},
    {EngagementField::Scope, "scope"},
    {EngagementField::Language, "language"},
}};

} // namespace

std::string_view fieldKey(EngagementField f)
{
    for (const auto& info : kFields)
        if (info.field == f)
            return info.key;
    return {};
}

std::optional<EngagementField> engagementFieldFromKey(std::string_view key)
{
    for (const auto& info : kFields)
        if (info.key == key)
            return info.field;
    return std::nullopt;
}

Engagement loadEngagement(Workspace& ws)
{
    SQLite::Statement q(ws.db(), "SELECT name, organization_en, organization_zh, scope, language, created_at "
                                 "FROM engagement WHERE id = 1");
    Engagement e;
    if (q.executeStep()) {
        e.name = q.getColumn(0).getString();
        e.organizationEn = q.getColumn(1).getString();
        e.organizationZh = q.getColumn(2).getString();
        e.scope = q.getColumn(3).getString();
        e.language = q.getColumn(4).getString();
        e.createdAt = q.getColumn(5).getString();
    }
    return e;
}

std::string engagementField(const Engagement& e, EngagementField f)
{
    switch (f) {
    case EngagementField::Name:
        return e.name;
    case EngagementField::OrganizationEn:
        return e.organizationEn;
    case EngagementField::OrganizationZh:
        return e.organizationZh;
    case EngagementField::Scope:
        return e.scope;
    case EngagementField::Language:
        return e.language;
    }
    return {};
}

void setEngagementField(Workspace& ws, EngagementField field, const std::string& value)
{
    if (field == EngagementField::Name && value.empty())
        throw Error(ErrorCode::InvalidInput, "engagement name: must not be empty");
    if (field == EngagementField::Language && value != "en" && value != "zh")
        throw Error(ErrorCode::InvalidInput,
                    "engagement language: must be 'en' or 'zh', not '" + value + "'");
    const std::string key(fieldKey(field));
    ws.write("Edit engagement " + key, [&](WriteContext& ctx) {
        const std::string old = engagementField(loadEngagement(ws), field);
        if (old == value)
            return;
        SQLite::Statement q(ws.db(), "UPDATE engagement SET " + key + " = ? WHERE id = 1");
        q.bind(1, value);
        q.exec();
        ctx.record("engagement", "1", key, old, value);
    });
}

} // namespace cw
