#include "audit/Independence.h"

#include "audit/ClauseRefs.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>

namespace cw {

std::vector<IndependenceFlag> independenceFlags(Workspace& ws, const Audit& audit)
{
    std::vector<std::string> team;
    if (!audit.leadAuditor.empty())
        team.push_back(audit.leadAuditor);
    for (const auto& a : audit.auditors)
        team.push_back(a);

    struct Owned {
        std::string code;
        std::string owner;
        ClauseLink clause;
    };
    std::vector<Owned> owned; // document clause links under an audited clause
    std::vector<ClauseLink> auditedFor;
    if (!audit.clauses.empty()) {
        const ClauseTree tree(ws.db());
        SQLite::Statement q(ws.db(), "SELECT d.code, d.owner, dc.catalog_id, dc.ref FROM document d "
                                     "JOIN document_clause dc ON dc.document_id = d.id WHERE d.owner <> '' "
                                     "ORDER BY d.code, dc.catalog_id, dc.ref");
        while (q.executeStep()) {
            const ClauseLink c{q.getColumn(2).getString(), q.getColumn(3).getString()};
            for (const auto& audited : audit.clauses)
                if (tree.within(c, audited)) {
                    owned.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), c});
                    auditedFor.push_back(audited);
                    break;
                }
        }
    }

    std::vector<IndependenceFlag> out;
    std::set<std::pair<std::string, std::string>> seen; // (auditor key, document code or owner key)
    for (const auto& auditor : team) {
        const std::string key = personKey(auditor);
        if (key.empty())
            continue;
        for (std::size_t i = 0; i < owned.size(); ++i) {
            if (personKey(owned[i].owner) != key || !seen.emplace(key, owned[i].code).second)
                continue;
            IndependenceFlag f;
            f.auditor = auditor;
            f.owner = owned[i].owner;
            f.documentCode = owned[i].code;
            f.auditedClause = auditedFor[i];
            f.documentClause = owned[i].clause;
            out.push_back(std::move(f));
        }
        for (const auto& owner : audit.processOwners) {
            if (personKey(owner) != key || !seen.emplace(key, "\n" + personKey(owner)).second)
                continue;
            IndependenceFlag f;
            f.auditor = auditor;
            f.owner = owner;
            out.push_back(std::move(f));
        }
    }
    return out;
}

std::string describe(const IndependenceFlag& f)
{
    if (f.documentCode.empty())
        return f.auditor + " is a declared owner of an audited process";
    std::string s = f.auditor + " audits " +
                    (f.auditedClause ? f.auditedClause->ref : std::string("the scope")) + " but owns " +
                    f.documentCode;
    if (f.documentClause)
        s += " (linked to " + f.documentClause->ref + ")";
    return s;
}

} // namespace cw
