#pragma once

#include "catalog/Catalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// How far the register covers one item of a catalog's required documented information.
enum class DocumentCoverageStatus {
    Covered, ///< a document in force (an approved version) of a fitting level links to the clause
    Draft,   ///< only documents not yet approved (draft or in review) do
    Missing, ///< none does
};

/// "covered", "draft", "missing"
[[nodiscard]] std::string_view toString(DocumentCoverageStatus s);

struct DocumentCoverageRow {
    std::string catalogId;
    std::string itemId; ///< e.g. RDI-8.6.1-INCIDENTS
    std::string clause;
    DocumentKind kind = DocumentKind::Document;
    int level = 1; ///< the level the catalog expects
    LocalizedText title;
    DocumentCoverageStatus status = DocumentCoverageStatus::Missing;
    /// Codes of the documents behind the status: those in force when covered, the drafts when
    /// draft; by code.
    std::vector<std::string> documents;
};

/// Coverage of the required documented information of one workspace catalog, in the catalog's
/// order. A "document" item is met by a level 1-3 document linked to its clause, a "record" item by
/// a level-4 one. Error(NotFound) when the workspace lacks the catalog.
[[nodiscard]] std::vector<DocumentCoverageRow> documentCoverage(Workspace& ws, const std::string& catalogId);
/// The same for every workspace catalog that lists required documented information.
[[nodiscard]] std::vector<DocumentCoverageRow> documentCoverage(Workspace& ws);

} // namespace cw
