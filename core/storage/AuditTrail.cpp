#include "storage/AuditTrail.h"

#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace cw {

std::vector<AuditEntry> listAuditTrail(Workspace& ws, const AuditQuery& query)
{
    std::string sql =
        "SELECT id, action_id, at_utc, actor, action, entity, entity_id, field, old_value, new_value "
        "FROM audit_trail WHERE 1";
    if (query.entity)
        sql += " AND entity = :entity";
    if (query.entity && query.entityId)
        sql += " AND entity_id = :eid";
    sql += " ORDER BY id DESC";
    if (query.limit > 0)
        sql += " LIMIT " + std::to_string(query.limit);
    SQLite::Statement q(ws.db(), sql);
    if (query.entity)
        q.bind(":entity", *query.entity);
    if (query.entity && query.entityId)
        q.bind(":eid", *query.entityId);
    std::vector<AuditEntry> out;
    while (q.executeStep()) {
        AuditEntry e;
        e.id = q.getColumn(0).getInt64();
        e.actionId = q.getColumn(1).getInt64();
        e.atUtc = q.getColumn(2).getString();
        e.actor = q.getColumn(3).getString();
        e.action = q.getColumn(4).getString();
        e.entity = q.getColumn(5).getString();
        e.entityId = q.getColumn(6).getString();
        e.field = q.getColumn(7).getString();
        if (!q.getColumn(8).isNull())
            e.oldValue = q.getColumn(8).getString();
        if (!q.getColumn(9).isNull())
            e.newValue = q.getColumn(9).getString();
        out.push_back(std::move(e));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace cw
