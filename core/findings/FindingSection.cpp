#include "findings/FindingSection.h"

#include "audit/AuditTypes.h"
#include "audit/ClauseRefs.h"
#include "common/Error.h"
#include "common/Json.h"
#include "findings/CorrectiveActions.h"
#include "findings/Finding.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingStore.h"
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

template <class F> void at(const JsonNode& node, F&& check)
{
    try {
        check();
    } catch (const Error& e) {
        node.fail(e.what());
    }
}

FindingState stateOf(const JsonNode& n)
{
    const auto s = findingStateFromString(n.string());
    if (!s)
        n.fail("must be open, correction_recorded, action_planned, implemented, verified or closed");
    return *s;
}

Json snapshotJson(const FindingSnapshot& s)
{
    const Finding& f = s.finding;
    Json j;
    j["code"] = f.code;
    j["type"] = std::string(toString(f.type));
    j["source"] = std::string(toString(f.source));
    putText(j, "audit", s.auditCode);
    putText(j, "source_reference", f.sourceReference);
    j["title"] = f.title;
    putText(j, "requirement", f.requirement);
    putText(j, "statement", f.statement);
    putText(j, "evidence", f.evidence);
    putText(j, "raised_by", f.raisedBy);
    j["raised_on"] = f.raisedOn;
    putText(j, "auditee", f.auditee);
    auto clauses = Json::array();
    for (const auto& c : f.clauses)
        clauses.push_back({{"catalog", c.catalogId}, {"ref", c.ref}});
    j["clauses"] = std::move(clauses);
    j["state"] = std::string(toString(f.state));
    putText(j, "correction", f.correction);
    putText(j, "rca_method", std::string(toString(f.rcaMethod)));
    putText(j, "rca_category", f.rcaCategory);
    putText(j, "root_cause", f.rootCause);
    auto actions = Json::array();
    for (const auto& a : s.actions) {
        Json ja;
        if (a.round != 1)
            ja["round"] = a.round;
        ja["description"] = a.description;
        putText(ja, "owner", a.owner);
        putText(ja, "due_date", a.dueDate);
        ja["state"] = std::string(toString(a.state));
        putText(ja, "implemented_on", a.implementedOn);
        putText(ja, "notes", a.notes);
        actions.push_back(std::move(ja));
    }
    j["corrective_actions"] = std::move(actions);
    auto verifications = Json::array();
    for (const auto& v : s.verifications) {
        Json jv{{"by", v.verifiedBy}, {"on", v.verifiedOn}, {"effective", v.effective}};
        putText(jv, "notes", v.notes);
        verifications.push_back(std::move(jv));
    }
    j["verifications"] = std::move(verifications);
    auto transitions = Json::array();
    for (const auto& t : s.transitions) {
        Json jt{{"from", toString(t.from)}, {"to", toString(t.to)}, {"at", t.atUtc}, {"by", t.actor}};
        putText(jt, "comment", t.comment);
        transitions.push_back(std::move(jt));
    }
    j["transitions"] = std::move(transitions);
    return j;
}

template <class E>
E choice(const JsonNode& n, std::optional<E> (*parse)(std::string_view), const char* choices)
{
    const auto v = parse(n.string());
    if (!v)
        n.fail(std::string("must be ") + choices);
    return *v;
}

FindingSnapshot snapshotFromJson(const JsonNode& node, const DocumentClauses& clauses,
                                 const std::set<std::string>& audits)
{
    node.allowOnly({"code",
                    "type",
                    "source",
                    "audit",
                    "source_reference",
                    "title",
                    "requirement",
                    "statement",
                    "evidence",
                    "raised_by",
                    "raised_on",
                    "auditee",
                    "clauses",
                    "state",
                    "correction",
                    "rca_method",
                    "rca_category",
                    "root_cause",
                    "corrective_actions",
                    "verifications",
                    "transitions"});
    FindingSnapshot s;
    Finding& f = s.finding;
    f.code = node.at("code").nonEmptyString();
    f.type =
        choice(node.at("type"), &findingTypeFromString, "major, minor, observation, improvement or positive");
    f.source = node.find("source")
                   ? choice(node.at("source"), &findingSourceFromString,
                            "internal_audit, external_audit, complaint, incident_review or other")
                   : (node.has("audit") ? FindingSource::InternalAudit : FindingSource::Other);
    if (const auto a = node.find("audit")) {
        s.auditCode = a->nonEmptyString();
        if (!audits.count(s.auditCode))
            a->fail("the audit " + s.auditCode + " is not in this file's audits");
        f.auditId = 0; // resolved from the code on import
    }
    f.sourceReference = text(node, "source_reference");
    f.title = trimmed(node.at("title").nonEmptyString());
    f.requirement = text(node, "requirement");
    f.statement = text(node, "statement");
    f.evidence = text(node, "evidence");
    f.raisedBy = text(node, "raised_by");
    f.raisedOn = node.at("raised_on").dateString();
    f.auditee = text(node, "auditee");
    f.clauses = sortedClauses(clauses.parseList(node, "clauses"));
    f.state = node.find("state") ? stateOf(node.at("state")) : FindingState::Open;
    f.correction = text(node, "correction");
    if (const auto m = node.find("rca_method"))
        f.rcaMethod = choice(*m, &rcaMethodFromString, "five_whys, fishbone or free_text");
    f.rcaCategory = text(node, "rca_category");
    f.rootCause = text(node, "root_cause");
    at(node, [&] { validateFinding(f, "finding " + f.code); });

    if (const auto list = node.find("corrective_actions"))
        for (const auto& item : list->array()) {
            item.allowOnly({"round", "description", "owner", "due_date", "state", "implemented_on", "notes"});
            CorrectiveAction a;
            a.round = item.find("round") ? static_cast<int>(item.at("round").integerIn(1, 99)) : 1;
            a.description = trimmed(item.at("description").nonEmptyString());
            a.owner = text(item, "owner");
            a.dueDate = item.find("due_date") ? item.at("due_date").dateString() : std::string();
            a.state = item.find("state") ? choice(item.at("state"), &actionStateFromString,
                                                  "planned, implemented or cancelled")
                                         : ActionState::Planned;
            a.implementedOn =
                item.find("implemented_on") ? item.at("implemented_on").dateString() : std::string();
            a.notes = text(item, "notes");
            at(item, [&] { validateCorrectiveAction(a, "finding " + f.code); });
            s.actions.push_back(std::move(a));
        }
    if (const auto list = node.find("verifications"))
        for (const auto& item : list->array()) {
            item.allowOnly({"by", "on", "effective", "notes"});
            Verification v;
            v.verifiedBy = trimmed(item.at("by").nonEmptyString());
            v.verifiedOn = item.at("on").dateString();
            v.effective = item.at("effective").boolean();
            v.notes = text(item, "notes");
            s.verifications.push_back(std::move(v));
        }
    if (const auto list = node.find("transitions")) {
        FindingState previous = FindingState::Open;
        for (const auto& t : list->array()) {
            t.allowOnly({"from", "to", "at", "by", "comment"});
            FindingTransition tr;
            tr.from = stateOf(t.at("from"));
            tr.to = stateOf(t.at("to"));
            if (tr.from != previous)
                t.at("from").fail("expected \"" + std::string(toString(previous)) +
                                  "\", where the transition before left it");
            tr.atUtc = t.at("at").utcString();
            tr.actor = t.strOr("by", "");
            tr.comment = text(t, "comment");
            previous = tr.to;
            s.transitions.push_back(std::move(tr));
        }
        if (!s.transitions.empty() && previous != f.state)
            list->array().back().at("to").fail("the last transition must lead to the finding's state \"" +
                                               std::string(toString(f.state)) + "\"");
    }
    if (const auto problem = stateProblem(s))
        node.fail(*problem);
    return s;
}

} // namespace

void FindingSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = Json::array();
    for (const auto& f : findingstore::readFindings(ws.db()))
        arr.push_back(snapshotJson(snapshotFinding(ws, f.id)));
    root["findings"] = std::move(arr);
}

std::function<void(WriteContext&)> FindingSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<FindingSnapshot> findings;
    if (const auto node = root.find("findings")) {
        const DocumentClauses clauses(root);
        std::set<std::string> audits;
        if (const auto as = root.find("audits"))
            for (const auto& a : as->array())
                audits.insert(a.str("code"));
        std::set<std::string> codes;
        for (const auto& item : node->array()) {
            auto s = snapshotFromJson(item, clauses, audits);
            if (!codes.insert(s.finding.code).second)
                item.at("code").fail("another finding has the code " + s.finding.code);
            findings.push_back(std::move(s));
        }
    }
    return [findings = std::move(findings)](WriteContext& ctx) {
        for (const auto& s : findings)
            (void)writeFindingSnapshot(ctx, s, false);
    };
}

bool FindingSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM finding").getInt64() > 0;
}

void FindingSection::clear(WriteContext& ctx) const
{
    for (const auto& f : findingstore::readFindings(ctx.workspace().db()))
        ctx.record(kFindingEntity, std::to_string(f.id), "removed", f.code, std::nullopt);
    ctx.workspace().db().exec("DELETE FROM finding");
}

} // namespace cw
