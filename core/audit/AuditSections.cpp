#include "audit/AuditSections.h"

#include "audit/Audit.h"
#include "audit/AuditChecklist.h"
#include "audit/AuditProgramme.h"
#include "audit/ClauseRefs.h"
#include "common/Error.h"
#include "common/Json.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <set>

namespace cw {

namespace {

using Json = nlohmann::ordered_json;

void putText(Json& j, const char* key, const std::string& value)
{
    if (!value.empty())
        j[key] = value;
}

std::string text(const JsonNode& node, const char* key)
{
    const auto n = node.find(key);
    return n ? n->string() : std::string();
}

std::string date(const JsonNode& node, const char* key)
{
    const auto n = node.find(key);
    return n ? n->dateString() : std::string();
}

std::vector<std::string> names(const JsonNode& node, const char* key)
{
    std::vector<std::string> out;
    if (const auto list = node.find(key))
        for (const auto& n : list->array()) {
            auto name = trimmed(n.nonEmptyString());
            if (name.empty() || name.find('\n') != std::string::npos)
                n.fail("expected one name (not empty, on one line)");
            out.push_back(std::move(name));
        }
    return out;
}

Json clausesJson(const std::vector<ClauseLink>& clauses)
{
    auto arr = Json::array();
    for (const auto& c : clauses)
        arr.push_back({{"catalog", c.catalogId}, {"ref", c.ref}});
    return arr;
}

/// Runs `check`; a cw::Error it throws is reported at `node` (with its JSON path).
template <class F> void at(const JsonNode& node, F&& check)
{
    try {
        check();
    } catch (const Error& e) {
        node.fail(e.what());
    }
}

AuditStatus statusOf(const JsonNode& n)
{
    const auto s = auditStatusFromString(n.string());
    if (!s)
        n.fail("must be planned, in_progress, reported or closed");
    return *s;
}

AuditSnapshot auditFromJson(const JsonNode& node, const DocumentClauses& clauses,
                            const std::set<std::string>& programmes)
{
    node.allowOnly({"code", "programme", "title", "scope", "criteria", "lead_auditor", "auditors", "auditees",
                    "process_owners", "planned_start", "planned_end", "actual_start", "actual_end", "status",
                    "summary", "clauses", "checklist", "transitions"});
    AuditSnapshot s;
    Audit& a = s.audit;
    a.code = node.at("code").nonEmptyString();
    if (const auto p = node.find("programme")) {
        s.programmeName = p->nonEmptyString();
        if (!programmes.count(s.programmeName))
            p->fail("the programme '" + s.programmeName + "' is not in this file's audit_programmes");
    }
    a.title = trimmed(node.at("title").nonEmptyString());
    a.scope = text(node, "scope");
    a.criteria = text(node, "criteria");
    a.leadAuditor = trimmed(text(node, "lead_auditor"));
    a.auditors = names(node, "auditors");
    a.auditees = names(node, "auditees");
    a.processOwners = names(node, "process_owners");
    a.plannedStart = date(node, "planned_start");
    a.plannedEnd = date(node, "planned_end");
    a.actualStart = date(node, "actual_start");
    a.actualEnd = date(node, "actual_end");
    a.status = node.find("status") ? statusOf(node.at("status")) : AuditStatus::Planned;
    a.summary = text(node, "summary");
    a.clauses = clauses.parseList(node, "clauses");
    at(node, [&] { validateAudit(a, "audit " + a.code); });
    if (a.status != AuditStatus::Planned && a.actualStart.empty())
        node.fail("an audit that is " + std::string(toString(a.status)) + " has its actual start date");
    if (isCompleted(a.status) && a.actualEnd.empty())
        node.fail("an audit that is " + std::string(toString(a.status)) + " has its actual end date");
    if (const auto list = node.find("checklist"))
        for (const auto& item : list->array()) {
            item.allowOnly({"catalog", "ref", "question", "result", "notes", "evidence"});
            ChecklistLine line;
            if (item.has("catalog") || item.has("ref")) {
                line.clause =
                    ClauseLink{item.at("catalog").nonEmptyString(), item.at("ref").nonEmptyString()};
                clauses.requireRef(item, *line.clause);
            }
            line.question = trimmed(item.at("question").nonEmptyString());
            if (const auto r = item.find("result")) {
                const auto result = checklistResultFromString(r->string());
                if (!result)
                    r->fail("must be pending, conforming, nonconformity, observation or not_audited");
                line.result = *result;
            }
            if (isCompleted(a.status) && line.result == ChecklistResult::Pending)
                item.fail("a " + std::string(toString(a.status)) +
                          " audit has a result on every checklist line");
            line.notes = text(item, "notes");
            line.evidence = text(item, "evidence");
            s.checklist.push_back(std::move(line));
        }
    if (const auto list = node.find("transitions")) {
        AuditStatus previous = AuditStatus::Planned;
        for (const auto& t : list->array()) {
            t.allowOnly({"from", "to", "at", "by", "comment"});
            AuditTransition tr;
            tr.from = statusOf(t.at("from"));
            tr.to = statusOf(t.at("to"));
            if (tr.from != previous)
                t.at("from").fail("expected \"" + std::string(toString(previous)) +
                                  "\", where the transition before left it");
            tr.atUtc = t.at("at").utcString();
            tr.actor = t.strOr("by", "");
            tr.comment = text(t, "comment");
            previous = tr.to;
            s.transitions.push_back(std::move(tr));
        }
        if (!s.transitions.empty() && previous != a.status)
            list->array().back().at("to").fail("the last transition must lead to the audit's status \"" +
                                               std::string(toString(a.status)) + "\"");
    }
    return s;
}

} // namespace

// --- audit_programmes ---------------------------------------------------------------------------

void AuditProgrammeSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = Json::array();
    for (const auto& p : listProgrammes(ws)) {
        Json j;
        j["name"] = p.name;
        j["period_start"] = p.periodStart;
        j["period_end"] = p.periodEnd;
        putText(j, "objectives", p.objectives);
        j["catalogs"] = p.catalogs;
        arr.push_back(std::move(j));
    }
    root["audit_programmes"] = std::move(arr);
}

std::function<void(WriteContext&)> AuditProgrammeSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<AuditProgramme> programmes;
    if (const auto node = root.find("audit_programmes")) {
        const DocumentClauses clauses(root);
        std::set<std::string> seen;
        for (const auto& item : node->array()) {
            item.allowOnly({"name", "period_start", "period_end", "objectives", "catalogs"});
            AuditProgramme p;
            p.name = item.at("name").nonEmptyString();
            p.periodStart = item.at("period_start").dateString();
            p.periodEnd = item.at("period_end").dateString();
            p.objectives = text(item, "objectives");
            for (const auto& c : item.at("catalogs").array()) {
                clauses.requireCatalog(c, c.nonEmptyString());
                p.catalogs.push_back(c.string());
            }
            if (p.catalogs.empty())
                item.at("catalogs").fail("a programme covers at least one catalog");
            at(item, [&] { validateProgramme(p, "audit programme '" + p.name + "'"); });
            if (!seen.insert(p.name).second)
                item.at("name").fail("another audit programme is named '" + p.name + "'");
            programmes.push_back(std::move(p));
        }
    }
    return [programmes = std::move(programmes)](WriteContext& ctx) {
        for (const auto& p : programmes)
            (void)insertProgramme(ctx, p);
    };
}

bool AuditProgrammeSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM audit_programme").getInt64() > 0;
}

void AuditProgrammeSection::clear(WriteContext& ctx) const
{
    for (const auto& p : listProgrammes(ctx.workspace()))
        ctx.record(kProgrammeEntity, std::to_string(p.id), "removed", p.name, std::nullopt);
    ctx.workspace().db().exec("DELETE FROM audit_programme");
}

// --- audits -------------------------------------------------------------------------------------

void AuditSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = Json::array();
    for (const auto& listed : listAudits(ws)) {
        const AuditSnapshot s = snapshotAudit(ws, listed.id);
        const Audit& a = s.audit;
        Json j;
        j["code"] = a.code;
        putText(j, "programme", s.programmeName);
        j["title"] = a.title;
        putText(j, "scope", a.scope);
        putText(j, "criteria", a.criteria);
        putText(j, "lead_auditor", a.leadAuditor);
        j["auditors"] = a.auditors;
        j["auditees"] = a.auditees;
        if (!a.processOwners.empty())
            j["process_owners"] = a.processOwners;
        putText(j, "planned_start", a.plannedStart);
        putText(j, "planned_end", a.plannedEnd);
        putText(j, "actual_start", a.actualStart);
        putText(j, "actual_end", a.actualEnd);
        j["status"] = std::string(toString(a.status));
        putText(j, "summary", a.summary);
        j["clauses"] = clausesJson(a.clauses);
        auto lines = Json::array();
        for (const auto& l : s.checklist) {
            Json jl;
            if (l.clause) {
                jl["catalog"] = l.clause->catalogId;
                jl["ref"] = l.clause->ref;
            }
            jl["question"] = l.question;
            if (l.result != ChecklistResult::Pending)
                jl["result"] = std::string(toString(l.result));
            putText(jl, "notes", l.notes);
            putText(jl, "evidence", l.evidence);
            lines.push_back(std::move(jl));
        }
        j["checklist"] = std::move(lines);
        auto transitions = Json::array();
        for (const auto& t : s.transitions) {
            Json jt{{"from", toString(t.from)}, {"to", toString(t.to)}, {"at", t.atUtc}, {"by", t.actor}};
            putText(jt, "comment", t.comment);
            transitions.push_back(std::move(jt));
        }
        j["transitions"] = std::move(transitions);
        arr.push_back(std::move(j));
    }
    root["audits"] = std::move(arr);
}

std::function<void(WriteContext&)> AuditSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<AuditSnapshot> audits;
    if (const auto node = root.find("audits")) {
        const DocumentClauses clauses(root);
        std::set<std::string> programmes;
        if (const auto ps = root.find("audit_programmes"))
            for (const auto& p : ps->array())
                programmes.insert(p.str("name"));
        std::set<std::string> codes;
        for (const auto& item : node->array()) {
            auto s = auditFromJson(item, clauses, programmes);
            if (!codes.insert(s.audit.code).second)
                item.at("code").fail("another audit has the code " + s.audit.code);
            audits.push_back(std::move(s));
        }
    }
    return [audits = std::move(audits)](WriteContext& ctx) {
        for (const auto& s : audits)
            (void)writeAuditSnapshot(ctx, s, false);
    };
}

bool AuditSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM audit").getInt64() > 0;
}

void AuditSection::clear(WriteContext& ctx) const
{
    for (const auto& a : listAudits(ctx.workspace()))
        ctx.record(kAuditEntity, std::to_string(a.id), "removed", a.code, std::nullopt);
    ctx.workspace().db().exec("DELETE FROM audit");
}

} // namespace cw
