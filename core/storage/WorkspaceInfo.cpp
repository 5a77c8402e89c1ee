#include "storage/WorkspaceInfo.h"

#include "engagement/Engagement.h"
#include "storage/Entities.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

WorkspaceInfo workspaceInfo(Workspace& ws)
{
    WorkspaceInfo info;
    info.file = ws.file().string();
    info.schemaVersion = ws.schemaVersion();
    const Engagement e = loadEngagement(ws);
    info.engagementName = e.name;
    info.language = e.language;
    info.readOnly = ws.isReadOnly();
    for (const auto& entity : entityTables()) {
        const auto n = ws.db().execAndGet("SELECT count(*) FROM " + std::string(entity.table)).getInt64();
        info.counts.emplace_back(std::string(entity.name), n);
    }
    return info;
}

std::string quickCheckFile(const std::filesystem::path& file)
{
    try {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY, 5000);
        const std::string quick = db.execAndGet("PRAGMA quick_check(1)").getString();
        return quick == "ok" ? std::string() : "the workspace is damaged: " + quick;
    } catch (const SQLite::Exception& e) {
        return std::string("the workspace cannot be checked: ") + e.what();
    }
}

CheckReport checkWorkspace(Workspace& ws)
{
    CheckReport report;
    SQLite::Statement integrity(ws.db(), "PRAGMA integrity_check(100)");
    while (integrity.executeStep()) {
        const std::string line = integrity.getColumn(0).getString();
        if (line != "ok")
            report.problems.push_back("integrity: " + line);
    }
    SQLite::Statement fk(ws.db(), "PRAGMA foreign_key_check");
    while (fk.executeStep())
        report.problems.push_back("foreign key: row " + fk.getColumn(1).getString() + " of table " +
                                  fk.getColumn(0).getString() + " refers to a missing row of " +
                                  fk.getColumn(2).getString());
    const int appId = ws.db().execAndGet("PRAGMA application_id").getInt();
    if (appId != Workspace::kApplicationId)
        report.problems.push_back("application id is " + std::to_string(appId) + ", not a workspace's");
    const int version = ws.schemaVersion();
    if (version != migrations::latestVersion())
        report.problems.push_back("schema version is " + std::to_string(version) + ", expected " +
                                  std::to_string(migrations::latestVersion()));
    else
        for (const auto& difference : schemaDifferences(ws.db(), version))
            report.problems.push_back("schema: " + difference);
    const auto engagements = ws.db().execAndGet("SELECT count(*) FROM engagement").getInt64();
    if (engagements != 1)
        report.problems.push_back("the workspace has " + std::to_string(engagements) +
                                  " engagement records instead of exactly one");
    return report;
}

} // namespace cw
