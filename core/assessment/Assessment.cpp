#include "assessment/Assessment.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <functional>
#include <set>

namespace cw {

namespace {

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::vector<Assessment> queryAssessments(Workspace& ws, const std::string& where,
                                         const std::function<void(SQLite::Statement&)>& bind)
{
    SQLite::Statement q(ws.db(), "SELECT id, name, assessed_on, assessors, scope_note FROM assessment " +
                                     where + " ORDER BY assessed_on, id");
    bind(q);
    std::vector<Assessment> out;
    while (q.executeStep()) {
        Assessment a;
        a.id = q.getColumn(0).getInt64();
        a.name = q.getColumn(1).getString();
        a.date = q.getColumn(2).getString();
        a.assessors = splitLines(q.getColumn(3).getString());
        a.scopeNote = q.getColumn(4).getString();
        out.push_back(std::move(a));
    }
    SQLite::Statement cats(
        ws.db(), "SELECT catalog_id FROM assessment_catalog WHERE assessment_id = ? ORDER BY position");
    for (auto& a : out) {
        cats.bind(1, a.id);
        while (cats.executeStep())
            a.catalogs.push_back(cats.getColumn(0).getString());
        cats.reset();
    }
    return out;
}

std::string label(const Assessment& a)
{
    return "'" + a.name + "'";
}

/// Makes sure the workspace holds `catalogId`, copying a built-in one (inside the current action).
void ensureCatalog(Workspace& ws, const std::string& catalogId, const std::string& where)
{
    if (workspaceHasCatalog(ws, catalogId))
        return;
    const auto ids = builtinCatalogIds();
    if (std::find(ids.begin(), ids.end(), catalogId) == ids.end()) {
        std::string known;
        for (const auto& id : ids)
            known += (known.empty() ? "" : ", ") + id;
        throw Error(ErrorCode::InvalidInput,
                    where + ": the catalog '" + catalogId +
                        "' is neither in the workspace nor built in (built in: " + known + ")");
    }
    addBuiltinCatalog(ws, catalogId);
}

std::int64_t countFor(Workspace& ws, const char* table, std::int64_t id, const std::string& catalogId)
{
    SQLite::Statement q(ws.db(), std::string("SELECT count(*) FROM ") + table +
                                     " WHERE assessment_id = ? AND catalog_id = ?");
    q.bind(1, id);
    q.bind(2, catalogId);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

} // namespace

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto nl = text.find('\n', start);
        const auto line = trim(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (!line.empty())
            out.push_back(line);
        if (nl == std::string::npos)
            break;
        start = nl + 1;
    }
    return out;
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string s;
    for (const auto& l : lines)
        s += (s.empty() ? "" : "\n") + l;
    return s;
}

std::vector<Assessment> listAssessments(Workspace& ws)
{
    return queryAssessments(ws, "", [](SQLite::Statement&) {});
}

std::optional<Assessment> findAssessment(Workspace& ws, std::int64_t id)
{
    auto found = queryAssessments(ws, "WHERE id = ?", [&](SQLite::Statement& q) { q.bind(1, id); });
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

Assessment loadAssessment(Workspace& ws, std::int64_t id)
{
    auto a = findAssessment(ws, id);
    if (!a)
        throw Error(ErrorCode::NotFound, "the workspace holds no assessment with id " + std::to_string(id));
    return std::move(*a);
}

Assessment assessmentByName(Workspace& ws, const std::string& name)
{
    auto found = queryAssessments(ws, "WHERE name = ?", [&](SQLite::Statement& q) { q.bind(1, name); });
    if (!found.empty())
        return std::move(found.front());
    std::string names;
    for (const auto& a : listAssessments(ws))
        names += (names.empty() ? "" : ", ") + label(a);
    throw Error(ErrorCode::NotFound,
                "the workspace holds no assessment named '" + name + "'" +
                    (names.empty() ? std::string(" (it has none)") : " (it has " + names + ")"));
}

Assessment latestAssessment(Workspace& ws)
{
    auto all = listAssessments(ws);
    if (all.empty())
        throw Error(ErrorCode::NotFound, ws.file().string() + ": the workspace holds no assessment yet");
    return std::move(all.back());
}

void validateAssessment(const Assessment& a, const std::string& where)
{
    if (trim(a.name).empty())
        throw Error(ErrorCode::InvalidInput, where + ": the assessment name must not be empty");
    if (trim(a.name) != a.name)
        throw Error(ErrorCode::InvalidInput,
                    where + ": the assessment name must not start or end with spaces");
    (void)parseDate(a.date, where + ": the assessment date");
    if (a.catalogs.empty())
        throw Error(ErrorCode::InvalidInput, where + ": an assessment covers at least one catalog");
    std::set<std::string> seen;
    for (const auto& c : a.catalogs)
        if (!seen.insert(c).second)
            throw Error(ErrorCode::InvalidInput, where + ": the catalog '" + c + "' is listed twice");
}

std::int64_t insertAssessment(WriteContext& ctx, const Assessment& a)
{
    auto& ws = ctx.workspace();
    const std::string where = "assessment '" + a.name + "'";
    validateAssessment(a, where);
    {
        SQLite::Statement taken(ws.db(), "SELECT 1 FROM assessment WHERE name = ?");
        taken.bind(1, a.name);
        if (taken.executeStep())
            throw Error(ErrorCode::InvalidInput, "an assessment named '" + a.name + "' already exists");
    }
    for (const auto& c : a.catalogs)
        ensureCatalog(ws, c, where);
    SQLite::Statement ins(
        ws.db(),
        "INSERT INTO assessment(id, name, assessed_on, assessors, scope_note) VALUES (?, ?, ?, ?, ?)");
    if (a.id > 0)
        ins.bind(1, a.id);
    else
        ins.bind(1);
    ins.bind(2, a.name);
    ins.bind(3, a.date);
    ins.bind(4, joinLines(a.assessors));
    ins.bind(5, a.scopeNote);
    ins.exec();
    const std::int64_t id = ws.db().getLastInsertRowid();
    SQLite::Statement cat(
        ws.db(), "INSERT INTO assessment_catalog(assessment_id, catalog_id, position) VALUES (?, ?, ?)");
    std::string catalogs;
    for (std::size_t i = 0; i < a.catalogs.size(); ++i) {
        cat.bind(1, id);
        cat.bind(2, a.catalogs[i]);
        cat.bind(3, static_cast<std::int64_t>(i));
        cat.exec();
        cat.reset();
        catalogs += (catalogs.empty() ? "" : ",") + a.catalogs[i];
    }
    const std::string eid = std::to_string(id);
    ctx.record(kAssessmentEntity, eid, "name", std::nullopt, a.name);
    ctx.record(kAssessmentEntity, eid, "date", std::nullopt, a.date);
    if (!a.assessors.empty())
        ctx.record(kAssessmentEntity, eid, "assessors", std::nullopt, joinLines(a.assessors));
    ctx.record(kAssessmentEntity, eid, "catalogs", std::nullopt, catalogs);
    if (!a.scopeNote.empty())
        ctx.record(kAssessmentEntity, eid, "scope_note", std::nullopt, a.scopeNote);
    return id;
}

std::int64_t createAssessment(Workspace& ws, const NewAssessment& init)
{
    Assessment a;
    a.name = trim(init.name);
    a.date = trim(init.date);
    for (const auto& who : init.assessors)
        if (!trim(who).empty())
            a.assessors.push_back(trim(who));
    a.catalogs = init.catalogs.empty() ? std::vector<std::string>{kDefaultAssessmentCatalog} : init.catalogs;
    a.scopeNote = init.scopeNote;
    validateAssessment(a, "assessment '" + a.name + "'");
    return ws.write("Create assessment " + a.name,
                    [&](WriteContext& ctx) { return insertAssessment(ctx, a); });
}

std::string_view fieldKey(AssessmentField f)
{
    switch (f) {
    case AssessmentField::Name:
        return "name";
    case AssessmentField::Date:
        return "date";
    case AssessmentField::Assessors:
        return "assessors";
    case AssessmentField::ScopeNote:
        return "scope_note";
    }
    return {};
}

std::string assessmentField(const Assessment& a, AssessmentField f)
{
    switch (f) {
    case AssessmentField::Name:
        return a.name;
    case AssessmentField::Date:
        return a.date;
    case AssessmentField::Assessors:
        return joinLines(a.assessors);
    case AssessmentField::ScopeNote:
        return a.scopeNote;
    }
    return {};
}

void setAssessmentField(Workspace& ws, std::int64_t id, AssessmentField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit assessment " + key, [&](WriteContext& ctx) {
        Assessment a = loadAssessment(ws, id);
        const std::string old = assessmentField(a, field);
        std::string stored = value;
        const char* column = "scope_note";
        switch (field) {
        case AssessmentField::Name:
            stored = trim(value);
            a.name = stored;
            column = "name";
            break;
        case AssessmentField::Date:
            stored = trim(value);
            a.date = stored;
            column = "assessed_on";
            break;
        case AssessmentField::Assessors:
            stored = joinLines(splitLines(value));
            column = "assessors";
            break;
        case AssessmentField::ScopeNote:
            break;
        }
        if (stored == old)
            return;
        validateAssessment(a, "assessment '" + a.name + "'");
        if (field == AssessmentField::Name) {
            SQLite::Statement taken(ws.db(), "SELECT 1 FROM assessment WHERE name = ? AND id <> ?");
            taken.bind(1, stored);
            taken.bind(2, id);
            if (taken.executeStep())
                throw Error(ErrorCode::InvalidInput, "an assessment named '" + stored + "' already exists");
        }
        SQLite::Statement q(ws.db(), std::string("UPDATE assessment SET ") + column + " = ? WHERE id = ?");
        q.bind(1, stored);
        q.bind(2, id);
        q.exec();
        ctx.record(kAssessmentEntity, std::to_string(id), key, old, stored);
    });
}

void addAssessmentCatalog(Workspace& ws, std::int64_t id, const std::string& catalogId)
{
    ws.write("Add catalog " + catalogId + " to assessment", [&](WriteContext& ctx) {
        const Assessment a = loadAssessment(ws, id);
        if (std::find(a.catalogs.begin(), a.catalogs.end(), catalogId) != a.catalogs.end())
            return;
        ensureCatalog(ws, catalogId, "assessment " + label(a));
        SQLite::Statement q(ws.db(),
                            "INSERT INTO assessment_catalog(assessment_id, catalog_id, position) VALUES "
                            "(?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM assessment_catalog "
                            "WHERE assessment_id = ?1))");
        q.bind(1, id);
        q.bind(2, catalogId);
        q.exec();
        std::string before;
        for (const auto& c : a.catalogs)
            before += (before.empty() ? "" : ",") + c;
        ctx.record(kAssessmentEntity, std::to_string(id), "catalogs", before, before + "," + catalogId);
    });
}

void removeAssessmentCatalog(Workspace& ws, std::int64_t id, const std::string& catalogId)
{
    ws.write("Remove catalog " + catalogId + " from assessment", [&](WriteContext& ctx) {
        const Assessment a = loadAssessment(ws, id);
        if (std::find(a.catalogs.begin(), a.catalogs.end(), catalogId) == a.catalogs.end())
            throw Error(ErrorCode::NotFound,
                        "assessment " + label(a) + " does not cover the catalog '" + catalogId + "'");
        if (a.catalogs.size() == 1)
            throw Error(ErrorCode::InvalidInput,
                        "assessment " + label(a) + ": its only catalog cannot be removed");
        const auto results = countFor(ws, "assessment_result", id, catalogId);
        const auto actions = countFor(ws, "assessment_action", id, catalogId);
        if (results + actions > 0)
            throw Error(ErrorCode::InvalidInput, "assessment " + label(a) + " holds " +
                                                     std::to_string(results) + " results and " +
                                                     std::to_string(actions) + " actions for '" + catalogId +
                                                     "'; it cannot leave the assessment");
        SQLite::Statement q(ws.db(),
                            "DELETE FROM assessment_catalog WHERE assessment_id = ? AND catalog_id = ?");
        q.bind(1, id);
        q.bind(2, catalogId);
        q.exec();
        std::string before, after;
        for (const auto& c : a.catalogs) {
            before += (before.empty() ? "" : ",") + c;
            if (c != catalogId)
                after += (after.empty() ? "" : ",") + c;
        }
        ctx.record(kAssessmentEntity, std::to_string(id), "catalogs", before, after);
    });
}

void deleteAssessment(Workspace& ws, std::int64_t id)
{
    const Assessment a = loadAssessment(ws, id);
    ws.write("Delete assessment " + a.name, [&](WriteContext& ctx) {
        auto count = [&](const char* table) {
            SQLite::Statement q(ws.db(),
                                std::string("SELECT count(*) FROM ") + table + " WHERE assessment_id = ?");
            q.bind(1, id);
            q.executeStep();
            return q.getColumn(0).getInt64();
        };
        const auto results = count("assessment_result");
        const auto actions = count("assessment_action");
        SQLite::Statement del(ws.db(), "DELETE FROM assessment WHERE id = ?");
        del.bind(1, id);
        del.exec();
        ctx.record(kAssessmentEntity, std::to_string(id), "removed",
                   a.name + " (" + a.date + ", " + std::to_string(results) + " results, " +
                       std::to_string(actions) + " actions)",
                   std::nullopt);
    });
}

} // namespace cw
