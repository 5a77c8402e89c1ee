#include "engagement/EngagementSection.h"

#include "common/Base64.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Json.h"
#include "engagement/CncaCategories.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPlan.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace cw {

namespace {

nlohmann::ordered_json planToJson(const EngagementPlan& p)
{
    nlohmann::ordered_json j;
    j["services"] = p.services;
    j["sites"] = p.sites;
    j["cnca_categories"] = p.cncaCategories;
    j["certification_body"] = p.certificationBody;
    for (const auto f : allPlanFields()) {
        if (!isDateField(f))
            continue;
        const auto value = planField(p, f);
        j[std::string(fieldKey(f))] =
            value.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(value);
    }
    j["logo"] = p.logo.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(base64Encode(p.logo));
    return j;
}

std::vector<std::string> stringList(const JsonNode& node)
{
    std::vector<std::string> out;
    for (const auto& item : node.array())
        out.push_back(item.nonEmptyString());
    return out;
}

EngagementPlan planFromJson(const JsonNode& node)
{
    node.allowOnly({"services", "sites", "cnca_categories", "certification_body", "trial_operation_start",
                    "planned_internal_audit", "planned_management_review", "planned_stage1", "planned_stage2",
                    "logo"});
    EngagementPlan p;
    if (const auto n = node.find("services"))
        p.services = stringList(*n);
    if (const auto n = node.find("sites"))
        p.sites = stringList(*n);
    if (const auto n = node.find("cnca_categories")) {
        for (const auto& item : n->array()) {
            const auto code = item.nonEmptyString();
            const CncaCategory* c = findCncaCategory(code);
            if (!c || c->code() != code)
                item.fail("not a category code of the CNCA table (e.g. \"L 04.01\")");
            if (std::find(p.cncaCategories.begin(), p.cncaCategories.end(), code) != p.cncaCategories.end())
                item.fail("listed twice");
            p.cncaCategories.push_back(code);
        }
        const auto& table = cncaCategories();
        auto position = [&](const std::string& code) {
            for (std::size_t i = 0; i < table.size(); ++i)
                if (table[i].code() == code)
                    return i;
            return table.size();
        };
        std::sort(p.cncaCategories.begin(), p.cncaCategories.end(),
                  [&](const std::string& a, const std::string& b) { return position(a) < position(b); });
    }
    p.certificationBody = node.strOr("certification_body", "");
    for (const auto f : allPlanFields()) {
        if (!isDateField(f))
            continue;
        if (const auto n = node.find(fieldKey(f))) {
            const std::string value = n->dateString();
            if (f == PlanField::TrialOperationStart)
                p.trialOperationStart = value;
            else if (f == PlanField::PlannedInternalAudit)
                p.plannedInternalAudit = value;
            else if (f == PlanField::PlannedManagementReview)
                p.plannedManagementReview = value;
            else if (f == PlanField::PlannedStage1)
                p.plannedStage1 = value;
            else
                p.plannedStage2 = value;
        }
    }
    if (const auto n = node.find("logo")) {
        const auto bytes = base64Decode(n->string());
        if (!bytes)
            n->fail("not valid base64");
        p.logo = *bytes;
        if (logoMimeType(p.logo).empty())
            n->fail("not a PNG or JPEG image");
        if (p.logo.size() > kMaxLogoBytes)
            n->fail("larger than the 2 MiB allowed");
    }
    return p;
}

} // namespace

void EngagementSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    const Engagement e = loadEngagement(ws);
    nlohmann::ordered_json j;
    j["name"] = e.name;
    j["organization"] = {{"en", e.organizationEn}, {"zh", e.organizationZh}};
    j["scope"] = e.scope;
    j["language"] = e.language;
    j["created_at"] = e.createdAt;
    j["plan"] = planToJson(loadEngagementPlan(ws));
    j["readiness_threshold"] = readinessThreshold(ws);
    root["engagement"] = std::move(j);
}

std::function<void(WriteContext&)> EngagementSection::prepare(Workspace& ws, const JsonNode& root) const
{
    const JsonNode node = root.at("engagement");
    node.allowOnly(
        {"name", "organization", "scope", "language", "created_at", "plan", "readiness_threshold"});
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
    EngagementPlan plan;
    if (const auto n = node.find("plan"))
        plan = planFromJson(*n);
    double threshold = kDefaultReadinessThreshold;
    if (const auto n = node.find("readiness_threshold")) {
        if (!n->raw().is_number())
            n->fail("expected a number in 0..1");
        threshold = n->raw().get<double>();
        if (!(threshold > 0.0 && threshold <= 1.0))
            n->fail("must be more than 0 and at most 1");
    }
    return [&ws, e, plan, threshold](WriteContext& ctx) {
        writeEngagementPlan(ctx, plan);
        writeReadinessThreshold(ctx, threshold);
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
