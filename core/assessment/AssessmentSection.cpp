#include "assessment/AssessmentSection.h"

#include "assessment/AssessmentSnapshot.h"
#include "catalog/BuiltinCatalogs.h"
#include "common/Json.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <map>
#include <set>

namespace cw {

namespace {

using Json = nlohmann::ordered_json;

void putText(Json& j, const char* key, const std::string& value)
{
    if (!value.empty())
        j[key] = value;
}

Json resultToJson(const RequirementResult& r, const std::vector<EvidenceLink>* links)
{
    Json j;
    j["catalog"] = r.key.catalogId;
    j["ref"] = r.key.ref;
    j["status"] = std::string(toString(r.status));
    if (r.maturity)
        j["maturity"] = *r.maturity;
    putText(j, "justification", r.justification);
    putText(j, "notes", r.notes);
    putText(j, "interviewed", r.interviewed);
    putText(j, "evidence", r.evidence);
    putText(j, "gap", r.gap);
    putText(j, "recommendation", r.recommendation);
    if (links && !links->empty()) {
        auto codes = Json::array();
        for (const auto& l : *links)
            codes.push_back(l.code);
        j["documents"] = std::move(codes);
    }
    return j;
}

Json actionToJson(const GapAction& a)
{
    Json j;
    j["catalog"] = a.key.catalogId;
    j["ref"] = a.key.ref;
    j["title"] = a.title;
    putText(j, "owner", a.owner);
    putText(j, "due_date", a.dueDate);
    j["priority"] = std::string(toString(a.priority));
    j["status"] = std::string(toString(a.status));
    putText(j, "notes", a.notes);
    return j;
}

/// Catalog id -> ref -> assessable, for the catalogs the document carries (or built-in ones).
class Requirements {
public:
    explicit Requirements(const JsonNode& root)
    {
        if (const auto docs = root.find("documents"))
            for (const auto& d : docs->array())
                m_documents.insert(d.str("code"));
        if (const auto cats = root.find("catalogs"))
            for (const auto& c : cats->array()) {
                auto& refs = m_refs[c.str("id")];
                for (const auto& r : c.at("requirements").array())
                    refs[r.str("ref")] = r.raw().value("assessable", false);
            }
    }
    /// Fails at `node` when the catalog is neither in the document nor built in.
    void requireCatalog(const JsonNode& node, const std::string& id)
    {
        if (m_refs.count(id))
            return;
        const auto builtin = builtinCatalogIds();
        if (std::find(builtin.begin(), builtin.end(), id) == builtin.end())
            node.fail("the catalog '" + id + "' is not in this file");
        auto& refs = m_refs[id];
        for (const auto& r : builtinCatalog(id).requirements)
            refs[r.ref] = r.assessable;
    }
    void requireAssessable(const JsonNode& node, const std::string& catalogId, const std::string& ref) const
    {
        const auto& refs = m_refs.at(catalogId);
        const auto it = refs.find(ref);
        if (it == refs.end())
            node.fail("'" + ref + "' is not a requirement of the catalog '" + catalogId + "'");
        if (!it->second)
            node.fail("'" + ref + "' of '" + catalogId + "' is a heading, not an assessable requirement");
    }

    void requireDocument(const JsonNode& node, const std::string& code) const
    {
        if (!m_documents.count(code))
            node.fail("the document '" + code + "' is not in this file's documents");
    }

private:
    std::map<std::string, std::map<std::string, bool>> m_refs;
    std::set<std::string> m_documents;
};

RequirementKey keyOf(const JsonNode& item, const Assessment& a, Requirements& reqs)
{
    RequirementKey key;
    if (const auto c = item.find("catalog")) {
        key.catalogId = c->nonEmptyString();
        if (std::find(a.catalogs.begin(), a.catalogs.end(), key.catalogId) == a.catalogs.end())
            c->fail("the assessment does not cover the catalog '" + key.catalogId + "'");
    } else {
        key.catalogId = a.catalogs.front();
    }
    key.ref = item.at("ref").nonEmptyString();
    reqs.requireAssessable(item.at("ref"), key.catalogId, key.ref);
    return key;
}

std::string text(const JsonNode& item, const char* key)
{
    const auto n = item.find(key);
    return n ? n->string() : std::string();
}

AssessmentSnapshot snapshotFromJson(const JsonNode& node, Requirements& reqs)
{
    node.allowOnly({"name", "date", "assessors", "catalogs", "scope_note", "results", "actions"});
    AssessmentSnapshot s;
    Assessment& a = s.assessment;
    a.name = node.at("name").nonEmptyString();
    if (a.name.find_first_not_of(" \t") != 0 || a.name.find_last_not_of(" \t") != a.name.size() - 1)
        node.at("name").fail("must not start or end with spaces");
    a.date = node.at("date").dateString();
    if (const auto who = node.find("assessors"))
        for (const auto& w : who->array())
            a.assessors.push_back(w.nonEmptyString());
    const auto cats = node.at("catalogs");
    for (const auto& c : cats.array()) {
        const std::string id = c.nonEmptyString();
        if (std::find(a.catalogs.begin(), a.catalogs.end(), id) != a.catalogs.end())
            c.fail("the catalog '" + id + "' is listed twice");
        reqs.requireCatalog(c, id);
        a.catalogs.push_back(id);
    }
    if (a.catalogs.empty())
        cats.fail("an assessment covers at least one catalog");
    a.scopeNote = text(node, "scope_note");

    std::set<RequirementKey> seen;
    if (const auto results = node.find("results")) {
        for (const auto& item : results->array()) {
            item.allowOnly({"catalog", "ref", "status", "maturity", "justification", "notes", "interviewed",
                            "evidence", "gap", "recommendation", "documents"});
            RequirementResult r;
            r.key = keyOf(item, a, reqs);
            if (!seen.insert(r.key).second)
                item.at("ref").fail("'" + r.key.ref + "' has a result already in this assessment");
            const auto status = assessmentStatusFromString(item.at("status").string());
            if (!status)
                item.at("status").fail(
                    "must be one of not_assessed, nonconformant, partial, conformant, not_applicable");
            r.status = *status;
            if (const auto m = item.find("maturity"))
                r.maturity = static_cast<int>(m->integerIn(0, 5));
            r.justification = text(item, "justification");
            r.notes = text(item, "notes");
            r.interviewed = text(item, "interviewed");
            r.evidence = text(item, "evidence");
            r.gap = text(item, "gap");
            r.recommendation = text(item, "recommendation");
            if (r.status == AssessmentStatus::NotApplicable &&
                r.justification.find_first_not_of(" \t\r\n") == std::string::npos)
                item.fail("not_applicable needs a justification");
            if (const auto docs = item.find("documents")) {
                std::vector<EvidenceLink> links;
                for (const auto& d : docs->array()) {
                    EvidenceLink link;
                    link.code = d.nonEmptyString();
                    reqs.requireDocument(d, link.code);
                    if (std::find_if(links.begin(), links.end(), [&](const EvidenceLink& l) {
                            return l.code == link.code;
                        }) != links.end())
                        d.fail("the document '" + link.code + "' is listed twice");
                    links.push_back(std::move(link));
                }
                if (!links.empty())
                    s.evidence[r.key] = std::move(links);
            }
            s.results.push_back(std::move(r));
        }
    }
    if (const auto actions = node.find("actions")) {
        for (const auto& item : actions->array()) {
            item.allowOnly({"catalog", "ref", "title", "owner", "due_date", "priority", "status", "notes"});
            GapAction act;
            act.key = keyOf(item, a, reqs);
            act.title = item.at("title").nonEmptyString();
            act.owner = text(item, "owner");
            if (const auto due = item.find("due_date"))
                act.dueDate = due->dateString();
            if (const auto p = item.find("priority")) {
                const auto v = actionPriorityFromString(p->string());
                if (!v)
                    p->fail("must be high, medium or low");
                act.priority = *v;
            }
            if (const auto st = item.find("status")) {
                const auto v = actionStatusFromString(st->string());
                if (!v)
                    st->fail("must be open, in_progress, done or cancelled");
                act.status = *v;
            }
            act.notes = text(item, "notes");
            s.actions.push_back(std::move(act));
        }
    }
    return s;
}

} // namespace

void AssessmentSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = Json::array();
    for (const auto& a : listAssessments(ws)) {
        const AssessmentSnapshot s = snapshotAssessment(ws, a.id);
        Json j;
        j["name"] = a.name;
        j["date"] = a.date;
        j["assessors"] = a.assessors;
        j["catalogs"] = a.catalogs;
        putText(j, "scope_note", a.scopeNote);
        auto results = Json::array();
        for (const auto& r : s.results) {
            const auto it = s.evidence.find(r.key);
            results.push_back(resultToJson(r, it == s.evidence.end() ? nullptr : &it->second));
        }
        j["results"] = std::move(results);
        auto actions = Json::array();
        for (const auto& act : s.actions)
            actions.push_back(actionToJson(act));
        j["actions"] = std::move(actions);
        arr.push_back(std::move(j));
    }
    root["assessments"] = std::move(arr);
}

std::function<void(WriteContext&)> AssessmentSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<AssessmentSnapshot> snapshots;
    if (const auto node = root.find("assessments")) {
        Requirements reqs(root);
        std::set<std::string> names;
        for (const auto& item : node->array()) {
            item.requireObject();
            auto s = snapshotFromJson(item, reqs);
            if (!names.insert(s.assessment.name).second)
                item.at("name").fail("another assessment is named '" + s.assessment.name + "'");
            snapshots.push_back(std::move(s));
        }
    }
    return [snapshots = std::move(snapshots)](WriteContext& ctx) {
        for (const auto& s : snapshots)
            (void)writeSnapshot(ctx, s, false);
    };
}

bool AssessmentSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM assessment").getInt64() > 0;
}

void AssessmentSection::clear(WriteContext& ctx) const
{
    for (const auto& a : listAssessments(ctx.workspace()))
        ctx.record(kAssessmentEntity, std::to_string(a.id), "removed", a.name, std::nullopt);
    ctx.workspace().db().exec("DELETE FROM assessment");
}

} // namespace cw
