#include "readiness/ReadinessJson.h"

#include "assessment/AssessmentTypes.h"
#include "engagement/CncaCategories.h"
#include "findings/FindingTypes.h"

namespace cw {

namespace {

using json = nlohmann::ordered_json;

json engagementJson(const ReadinessFacts& f, const std::string& lang)
{
    json e;
    e["name"] = f.engagement.name;
    e["organization"] = {{"en", f.engagement.organizationEn}, {"zh", f.engagement.organizationZh}};
    e["scope"] = f.engagement.scope;
    e["services"] = f.plan.services;
    e["sites"] = f.plan.sites;
    json cats = json::array();
    for (const auto& code : f.plan.cncaCategories) {
        const CncaCategory* c = findCncaCategory(code);
        cats.push_back({{"code", code}, {"name", c ? c->name.in(lang) : std::string()}});
    }
    e["cnca_categories"] = std::move(cats);
    e["certification_body"] = f.plan.certificationBody;
    for (const auto field : allPlanFields())
        if (isDateField(field))
            e[std::string(fieldKey(field))] = dateJson(planField(f.plan, field));
    e["readiness_threshold"] = f.threshold;
    return e;
}

json earliestJson(const EarliestDate& e, const std::string& planned, const std::string& carried,
                  const std::string& lang)
{
    json j;
    j["earliest"] = dateJson(e.date);
    j["determined"] = e.determined;
    j["planned"] = dateJson(planned);
    j["date"] = dateJson(carried);
    json constraints = json::array();
    for (const auto& c : e.constraints)
        constraints.push_back(
            {{"criterion", c.criterion}, {"date", dateJson(c.date)}, {"label", c.label.in(lang)}});
    j["constraints"] = std::move(constraints);
    return j;
}

json timelineJson(const ReadinessReport& r, const std::string& lang)
{
    const auto& t = r.timeline;
    json j;
    j["stage1"] = earliestJson(t.stage1, r.facts.plan.plannedStage1, t.stage1Date, lang);
    j["stage2"] = earliestJson(t.stage2, r.facts.plan.plannedStage2, t.stage2Date, lang);
    j["certification_decision"] = dateJson(t.decision);
    j["surveillance1"] = dateJson(t.surveillance1);
    j["surveillance2"] = dateJson(t.surveillance2);
    j["recertification"] = dateJson(t.recertification);
    j["expiry"] = dateJson(t.expiry);
    json milestones = json::array();
    for (const auto& m : t.milestones)
        milestones.push_back(
            {{"id", m.id}, {"date", m.date}, {"label", m.label.in(lang)}, {"planned", m.planned}});
    j["milestones"] = std::move(milestones);
    json warnings = json::array();
    for (const auto& w : t.warnings)
        warnings.push_back(w.in(lang));
    j["warnings"] = std::move(warnings);
    return j;
}

} // namespace

json reportJsonHead(const std::string& kind, const std::string& lang, const std::string& generatedAt)
{
    json j;
    j["format"] = kReportFormat;
    j["format_version"] = kReportFormatVersion;
    j["kind"] = kind;
    j["language"] = lang;
    j["generated_at"] = generatedAt;
    return j;
}

json ratioJson(const std::optional<double>& ratio)
{
    return ratio ? json(roundRatio(*ratio)) : json();
}

json dateJson(const std::string& date)
{
    return date.empty() ? json() : json(date);
}

json readinessReportJson(const ReadinessReport& r, const std::string& lang)
{
    const auto& f = r.facts;
    json j = reportJsonHead("readiness", lang, r.generatedAt);
    j["today"] = formatDate(f.today);
    j["engagement"] = engagementJson(f, lang);
    j["assessment"] =
        f.assessment ? json{{"name", f.assessment->assessment.name}, {"date", f.assessment->assessment.date}}
                     : json();
    const Score& s = f.score;
    j["overall"] = {{"readiness", ratioJson(s.readiness())},
                    {"coverage", ratioJson(s.coverage())},
                    {"applicable", s.applicable()},
                    {"assessed", s.assessed()},
                    {"conformant", s.conformant},
                    {"partial", s.partial},
                    {"nonconformant", s.nonconformant},
                    {"not_assessed", s.notAssessed},
                    {"not_applicable", s.notApplicable}};
    json clauses = json::array();
    for (const auto& c : r.clauses)
        clauses.push_back({{"ref", c.key.ref},
                           {"title", lang == "zh" && !c.titleZh.empty() ? c.titleZh : c.titleEn},
                           {"level", c.level},
                           {"readiness", ratioJson(c.score.readiness())},
                           {"coverage", ratioJson(c.score.coverage())}});
    j["clauses"] = std::move(clauses);

    json verdict;
    verdict["level"] = std::string(toString(r.verdict.level));
    verdict["title"] = levelTitle(r.verdict.level).in(lang);
    json criteria = json::array();
    json unmet = json::array();
    for (const auto& c : r.verdict.criteria) {
        criteria.push_back({{"id", c.id},
                            {"stage", c.stage},
                            {"title", c.title.in(lang)},
                            {"met", c.met},
                            {"message", c.reason.in(lang)},
                            {"message_id", c.messageId},
                            {"params", c.params}});
        if (!c.met)
            unmet.push_back({{"id", c.id}, {"message", c.reason.in(lang)}});
    }
    verdict["criteria"] = std::move(criteria);
    verdict["unmet"] = std::move(unmet);
    j["verdict"] = std::move(verdict);

    json gaps = json::array();
    for (const auto& g : r.gaps)
        gaps.push_back({{"ref", g.gap.key.ref},
                        {"catalog", g.gap.key.catalogId},
                        {"title", lang == "zh" && !g.gap.titleZh.empty() ? g.gap.titleZh : g.gap.titleEn},
                        {"status", std::string(toString(g.gap.status))},
                        {"priority", std::string(toString(g.gap.priority))},
                        {"owners", g.owners},
                        {"due_date", dateJson(g.dueDate)},
                        {"overdue", g.overdue}});
    j["gaps"] = std::move(gaps);

    json required = json::array();
    for (const auto& d : f.requiredDocuments)
        required.push_back({{"item", d.itemId},
                            {"clause", d.clause},
                            {"kind", toString(d.kind)},
                            {"title", d.title.in(lang)},
                            {"status", std::string(toString(d.status))},
                            {"documents", d.documents}});
    j["required_documents"] = std::move(required);

    const auto& h = r.documents;
    j["documents"] = {{"total", h.total}, {"approved", h.approved}, {"in_review", h.inReview},
                      {"draft", h.draft}, {"obsolete", h.obsolete}, {"overdue_reviews", h.overdueReviews}};

    if (f.programme) {
        const auto& c = f.programme->coverage;
        j["audits"] = {{"programme", f.programme->programme.name},
                       {"clauses", c.leaves},
                       {"audited", c.auditedLeaves},
                       {"planned", c.plannedLeaves},
                       {"not_planned", c.notPlannedLeaves},
                       {"audited_since", dateJson(c.auditedSince())},
                       {"last_completed", dateJson(c.lastCompletedEnd())}};
    } else {
        j["audits"] = json();
    }
    const auto& fc = f.findings;
    j["findings"] = {{"open_major", fc.openMajor},
                     {"open_minor", fc.openMinor},
                     {"observations", fc.openObservations},
                     {"improvements", fc.openImprovements},
                     {"closed", fc.closed},
                     {"total", fc.total},
                     {"overdue_actions", fc.overdueActions}};
    if (r.latestReview) {
        int open = 0;
        for (const auto& o : r.latestReview->outputs)
            if (o.kind == OutputKind::Action && o.state == OutputState::Open)
                ++open;
        j["management_review"] = {{"title", r.latestReview->review.title},
                                  {"held_on", r.latestReview->review.heldOn},
                                  {"open_actions", open}};
    } else {
        j["management_review"] = json();
    }
    json records = json::array();
    for (const auto& rec : f.records)
        records.push_back({{"item", rec.itemId},
                           {"clause", rec.clause},
                           {"title", rec.title.in(lang)},
                           {"first", dateJson(rec.span.first)},
                           {"last", dateJson(rec.span.last)},
                           {"months", rec.span.months},
                           {"entries", rec.span.entries},
                           {"sufficient", rec.sufficient}});
    j["records"] = std::move(records);
    j["timeline"] = timelineJson(r, lang);
    return j;
}

} // namespace cw
