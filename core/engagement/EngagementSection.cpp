#include "engagement/EngagementSection.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "engagement/Engagement.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

void EngagementSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    const Engagement e = loadEngagement(ws);
    nlohmann::ordered_json j;
    j["name"] = e.name;
    j["organization"] = {{"en", e.organizationEn}, {"zh", e.organizationZh}};
    j["scope"] = e.scope;
    j["language"] = e.language;
    j["created_at"] = e.createdAt;
    root["engagement"] = std::move(j);
}

std::function<void(WriteContext&)> EngagementSection::prepare(Workspace& ws, const JsonNode& root) const
{
    const JsonNode node = root.at("engagement");
    node.allowOnly({"name", "organization", "scope", "language", "created_at"});
    Engagement e;
    e.name = node.at("name").nonEmptyString();
    if (const auto org = node.find("organization")) {
        org->allowOnly({"en", "zh"});
        e.organizationEn = org->strOr("en", "");
        e.organizationZh = org->strOr("zh", "");
    }
    e.scope = node.strOr("scope", "");
    e.language = node.strOr("language", "en");
    if (e.language != "en" && e.language != "zh")
        node.at("language").fail("must be \"en\" or \"zh\"");
    if (const auto created = node.find("created_at")) {
        e.createdAt = created->utcString();
    } else {
        e.createdAt = formatUtc(ws.clock().now());
    }
    return [&ws, e](WriteContext& ctx) {
        const Engagement old = loadEngagement(ws);
        SQLite::Statement q(ws.db(),
                            "UPDATE engagement SET name = ?, organization_en = ?, organization_zh = ?, "
                            "scope = ?, language = ?, created_at = ? WHERE id = 1");
        q.bind(1, e.name);
        q.bind(2, e.organizationEn);
        q.bind(3, e.organizationZh);
        q.bind(4, e.scope);
        q.bind(5, e.language);
        q.bind(6, e.createdAt);
        q.exec();
        for (const auto f :
             {EngagementField::Name, EngagementField::OrganizationEn, EngagementField::OrganizationZh,
              EngagementField::Scope, EngagementField::Language}) {
            const auto before = engagementField(old, f);
            const auto after = engagementField(e, f);
            if (before != after)
                ctx.record("engagement", "1", fieldKey(f), before, after);
        }
    };
}

} // namespace cw
