#include "audit/AuditReport.h"

#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

AuditReport buildAuditReport(Workspace& ws, std::int64_t auditId)
{
    AuditReport r;
    r.audit = snapshotAudit(ws, auditId);
    SQLite::Statement q(ws.db(),
                        "SELECT title_en, title_zh FROM requirement WHERE catalog_id = ? AND ref = ?");
    for (const auto& c : r.audit.audit.clauses) {
        q.reset();
        q.bind(1, c.catalogId);
        q.bind(2, c.ref);
        AuditReport::ScopeClause sc{c, {}, {}};
        if (q.executeStep()) {
            sc.titleEn = q.getColumn(0).getString();
            sc.titleZh = q.getColumn(1).getString();
        }
        r.scope.push_back(std::move(sc));
    }
    r.tally = tallyChecklist(r.audit.checklist);
    FindingFilter filter;
    filter.auditId = auditId;
    r.findings = listFindings(ws, filter);
    r.independence = independenceFlags(ws, r.audit.audit);
    return r;
}

} // namespace cw
