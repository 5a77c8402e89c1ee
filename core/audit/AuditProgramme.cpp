#include "audit/AuditProgramme.h"

#include "audit/AuditTypes.h"
#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>

namespace cw {

namespace {

constexpr const char* kDefaultCatalog = "iso20000-1:2018";

constexpr std::array<std::pair<ProgrammeField, std::string_view>, 4> kFields{{
    {ProgrammeField::Name, "name"},
    {ProgrammeField::PeriodStart, "period_start"},
    {ProgrammeField::PeriodEnd, "period_end"},
    {ProgrammeField::Objectives, "objectives"},
}};

std::vector<AuditProgramme> query(Workspace& ws, const std::string& where, std::int64_t id)
{
    SQLite::Statement q(ws.db(),
                        "SELECT id, name, period_start, period_end, objectives FROM audit_programme " +
                            where + " ORDER BY period_start, id");
    if (!where.empty())
        q.bind(1, id);
    std::vector<AuditProgramme> out;
    while (q.executeStep()) {
        AuditProgramme p;
        p.id = q.getColumn(0).getInt64();
        p.name = q.getColumn(1).getString();
        p.periodStart = q.getColumn(2).getString();
        p.periodEnd = q.getColumn(3).getString();
        p.objectives = q.getColumn(4).getString();
        out.push_back(std::move(p));
    }
    SQLite::Statement cats(ws.db(), "SELECT catalog_id FROM audit_programme_catalog WHERE programme_id = ? "
                                    "ORDER BY position");
    for (auto& p : out) {
        cats.reset();
        cats.bind(1, p.id);
        while (cats.executeStep())
            p.catalogs.push_back(cats.getColumn(0).getString());
    }
    return out;
}

void ensureCatalog(Workspace& ws, const std::string& id, const std::string& where)
{
    if (workspaceHasCatalog(ws, id))
        return;
    const auto builtin = builtinCatalogIds();
    if (std::find(builtin.begin(), builtin.end(), id) == builtin.end())
        throw Error(ErrorCode::InvalidInput,
                    where + ": the catalog '" + id + "' is neither in the workspace nor built in");
    addBuiltinCatalog(ws, id);
}

void writeCatalogs(Workspace& ws, std::int64_t id, const std::vector<std::string>& catalogs)
{
    SQLite::Statement del(ws.db(), "DELETE FROM audit_programme_catalog WHERE programme_id = ?");
    del.bind(1, id);
    del.exec();
    SQLite::Statement ins(
        ws.db(), "INSERT INTO audit_programme_catalog(programme_id, catalog_id, position) VALUES (?, ?, ?)");
    int position = 0;
    for (const auto& c : catalogs) {
        ins.reset();
        ins.bind(1, id);
        ins.bind(2, c);
        ins.bind(3, ++position);
        ins.exec();
    }
}

std::string catalogsText(const std::vector<std::string>& catalogs)
{
    std::string s;
    for (const auto& c : catalogs)
        s += (s.empty() ? "" : ", ") + c;
    return s;
}

} // namespace

std::string_view fieldKey(ProgrammeField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::string programmeField(const AuditProgramme& p, ProgrammeField f)
{
    switch (f) {
    case ProgrammeField::Name:
        return p.name;
    case ProgrammeField::PeriodStart:
        return p.periodStart;
    case ProgrammeField::PeriodEnd:
        return p.periodEnd;
    case ProgrammeField::Objectives:
        return p.objectives;
    }
    return {};
}

std::vector<AuditProgramme> listProgrammes(Workspace& ws)
{
    return query(ws, "", 0);
}

AuditProgramme loadProgramme(Workspace& ws, std::int64_t id)
{
    auto found = query(ws, "WHERE id = ?", id);
    if (found.empty())
        throw Error(ErrorCode::NotFound,
                    "the workspace holds no audit programme with id " + std::to_string(id));
    return found.front();
}

AuditProgramme programmeByName(Workspace& ws, const std::string& name)
{
    std::string names;
    for (const auto& p : listProgrammes(ws)) {
        if (p.name == name)
            return p;
        names += (names.empty() ? "" : ", ") + ("'" + p.name + "'");
    }
    throw Error(ErrorCode::NotFound,
                "the workspace holds no audit programme named '" + name + "'" +
                    (names.empty() ? std::string(" (it has none)") : " (there are " + names + ")"));
}

void validateProgramme(const AuditProgramme& p, const std::string& where)
{
    if (trimmed(p.name).empty())
        throw Error(ErrorCode::InvalidInput, where + ": the programme needs a name");
    if (trimmed(p.name) != p.name)
        throw Error(ErrorCode::InvalidInput, where + ": the name must not start or end with spaces");
    (void)parseDate(p.periodStart, where + ": the period start");
    (void)parseDate(p.periodEnd, where + ": the period end");
    if (p.periodEnd < p.periodStart)
        throw Error(ErrorCode::InvalidInput, where + ": the period ends (" + p.periodEnd +
                                                 ") before it starts (" + p.periodStart + ")");
    for (std::size_t i = 0; i < p.catalogs.size(); ++i)
        if (std::find(p.catalogs.begin(), p.catalogs.begin() + static_cast<std::ptrdiff_t>(i),
                      p.catalogs[i]) != p.catalogs.begin() + static_cast<std::ptrdiff_t>(i))
            throw Error(ErrorCode::InvalidInput,
                        where + ": the catalog '" + p.catalogs[i] + "' is listed twice");
}

std::int64_t insertProgramme(WriteContext& ctx, const AuditProgramme& p)
{
    auto& ws = ctx.workspace();
    const std::string where = "audit programme '" + p.name + "'";
    validateProgramme(p, where);
    if (p.catalogs.empty())
        throw Error(ErrorCode::InvalidInput, where + ": the programme covers at least one catalog");
    for (const auto& c : p.catalogs)
        if (!workspaceHasCatalog(ws, c))
            throw Error(ErrorCode::InvalidInput, where + ": the catalog '" + c + "' is not in the workspace");
    SQLite::Statement taken(ws.db(), "SELECT 1 FROM audit_programme WHERE name = ?");
    taken.bind(1, p.name);
    if (taken.executeStep())
        throw Error(ErrorCode::InvalidInput, where + ": another audit programme has this name");
    SQLite::Statement q(ws.db(),
                        "INSERT INTO audit_programme(id, name, period_start, period_end, objectives) "
                        "VALUES (?, ?, ?, ?, ?)");
    if (p.id > 0)
        q.bind(1, p.id);
    else
        q.bind(1);
    q.bind(2, p.name);
    q.bind(3, p.periodStart);
    q.bind(4, p.periodEnd);
    q.bind(5, p.objectives);
    q.exec();
    const std::int64_t id = ws.db().getLastInsertRowid();
    writeCatalogs(ws, id, p.catalogs);
    const std::string eid = std::to_string(id);
    for (const auto& [field, key] : kFields) {
        const auto v = programmeField(p, field);
        if (!v.empty())
            ctx.record(kProgrammeEntity, eid, key, std::nullopt, v);
    }
    ctx.record(kProgrammeEntity, eid, "catalogs", std::nullopt, catalogsText(p.catalogs));
    return id;
}

std::int64_t createProgramme(Workspace& ws, const AuditProgramme& programme)
{
    AuditProgramme p = programme;
    p.name = trimmed(p.name);
    if (p.catalogs.empty())
        p.catalogs.push_back(kDefaultCatalog);
    return ws.write("Create audit programme " + p.name, [&](WriteContext& ctx) {
        validateProgramme(p, "audit programme '" + p.name + "'");
        for (const auto& c : p.catalogs)
            ensureCatalog(ws, c, "audit programme '" + p.name + "'");
        return insertProgramme(ctx, p);
    });
}

void setProgrammeField(Workspace& ws, std::int64_t id, ProgrammeField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit audit programme " + key, [&](WriteContext& ctx) {
        AuditProgramme p = loadProgramme(ws, id);
        const std::string old = programmeField(p, field);
        const std::string now = field == ProgrammeField::Objectives ? value : trimmed(value);
        if (now == old)
            return;
        switch (field) {
        case ProgrammeField::Name:
            p.name = now;
            break;
        case ProgrammeField::PeriodStart:
            p.periodStart = now;
            break;
        case ProgrammeField::PeriodEnd:
            p.periodEnd = now;
            break;
        case ProgrammeField::Objectives:
            p.objectives = now;
            break;
        }
        validateProgramme(p, "audit programme '" + old + "'");
        if (field == ProgrammeField::Name) {
            SQLite::Statement taken(ws.db(), "SELECT 1 FROM audit_programme WHERE name = ? AND id <> ?");
            taken.bind(1, now);
            taken.bind(2, id);
            if (taken.executeStep())
                throw Error(ErrorCode::InvalidInput,
                            "audit programme '" + old + "': another programme is named '" + now + "'");
        }
        SQLite::Statement q(ws.db(), "UPDATE audit_programme SET " + key + " = ? WHERE id = ?");
        q.bind(1, now);
        q.bind(2, id);
        q.exec();
        ctx.record(kProgrammeEntity, std::to_string(id), key, old, now);
    });
}

void setProgrammeCatalogs(Workspace& ws, std::int64_t id, const std::vector<std::string>& catalogs)
{
    ws.write("Edit audit programme catalogs", [&](WriteContext& ctx) {
        AuditProgramme p = loadProgramme(ws, id);
        if (p.catalogs == catalogs)
            return;
        const std::string where = "audit programme '" + p.name + "'";
        if (catalogs.empty())
            throw Error(ErrorCode::InvalidInput, where + ": the programme covers at least one catalog");
        const auto old = p.catalogs;
        p.catalogs = catalogs;
        validateProgramme(p, where);
        for (const auto& c : catalogs)
            ensureCatalog(ws, c, where);
        writeCatalogs(ws, id, catalogs);
        ctx.record(kProgrammeEntity, std::to_string(id), "catalogs", catalogsText(old),
                   catalogsText(catalogs));
    });
}

void deleteProgramme(Workspace& ws, std::int64_t id)
{
    const AuditProgramme p = loadProgramme(ws, id);
    ws.write("Delete audit programme " + p.name, [&](WriteContext& ctx) {
        SQLite::Statement audits(ws.db(), "SELECT code FROM audit WHERE programme_id = ? ORDER BY code");
        audits.bind(1, id);
        std::string codes;
        int n = 0;
        while (audits.executeStep()) {
            codes += (codes.empty() ? "" : ", ") + audits.getColumn(0).getString();
            ++n;
        }
        if (n > 0)
            throw Error(ErrorCode::InvalidInput, "audit programme '" + p.name +
                                                     "' cannot be deleted: " + std::to_string(n) +
                                                     " audit(s) belong to it (" + codes + ")");
        SQLite::Statement del(ws.db(), "DELETE FROM audit_programme WHERE id = ?");
        del.bind(1, id);
        del.exec();
        ctx.record(kProgrammeEntity, std::to_string(id), "removed", p.name, std::nullopt);
    });
}

} // namespace cw
