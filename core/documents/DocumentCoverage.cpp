#include "documents/DocumentCoverage.h"

#include "catalog/CatalogStore.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw {

std::string_view toString(DocumentCoverageStatus s)
{
    switch (s) {
    case DocumentCoverageStatus::Covered:
        return "covered";
    case DocumentCoverageStatus::Draft:
        return "draft";
    case DocumentCoverageStatus::Missing:
        return "missing";
    }
    return {};
}

std::vector<DocumentCoverageRow> documentCoverage(Workspace& ws, const std::string& catalogId)
{
    const Catalog catalog = loadWorkspaceCatalog(ws, catalogId);
    // Per linked document of a fitting level: is a version in force, is a version being written?
    SQLite::Statement q(
        ws.db(),
        "SELECT d.code, "
        "EXISTS (SELECT 1 FROM document_version v WHERE v.document_id = d.id AND v.status = 'approved'), "
        "EXISTS (SELECT 1 FROM document_version v WHERE v.document_id = d.id "
        "        AND v.status IN ('draft', 'in_review')) "
        "FROM document_clause c JOIN document d ON d.id = c.document_id "
        "WHERE c.catalog_id = ? AND c.ref = ? AND d.level BETWEEN ? AND ? ORDER BY d.code");
    std::vector<DocumentCoverageRow> out;
    for (const auto& item : catalog.requiredDocuments) {
        DocumentCoverageRow row{catalogId,
                                item.id,
                                item.clause,
                                item.kind,
                                item.level,
                                item.title,
                                DocumentCoverageStatus::Missing,
                                {}};
        const bool record = item.kind == DocumentKind::Record;
        q.reset();
        q.bind(1, catalogId);
        q.bind(2, item.clause);
        q.bind(3, record ? 4 : 1);
        q.bind(4, record ? 4 : 3);
        std::vector<std::string> inForce;
        std::vector<std::string> drafts;
        while (q.executeStep()) {
            if (q.getColumn(1).getInt() != 0)
                inForce.push_back(q.getColumn(0).getString());
            else if (q.getColumn(2).getInt() != 0)
                drafts.push_back(q.getColumn(0).getString());
        }
        if (!inForce.empty()) {
            row.status = DocumentCoverageStatus::Covered;
            row.documents = std::move(inForce);
        } else if (!drafts.empty()) {
            row.status = DocumentCoverageStatus::Draft;
            row.documents = std::move(drafts);
        }
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<DocumentCoverageRow> documentCoverage(Workspace& ws)
{
    std::vector<DocumentCoverageRow> out;
    for (const auto& summary : listWorkspaceCatalogs(ws)) {
        auto rows = documentCoverage(ws, summary.id);
        out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    }
    return out;
}

} // namespace cw
