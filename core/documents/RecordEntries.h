#pragma once

#include "documents/Document.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// Records as evidence over time: level-4 documents carry dated record entries (e.g. the incident
/// records sampled each month), so the product can tell for how many months a process has run.

/// Adds an entry to a level-4 document (Error(InvalidInput) for other levels, a malformed date or
/// a date after today). `entry.id` and `entry.documentId` are ignored. Returns the new id.
[[nodiscard]] std::int64_t addRecordEntry(Workspace& ws, std::int64_t documentId, const RecordEntry& entry);
/// Removes an entry and returns it (to add it back on undo).
RecordEntry removeRecordEntry(Workspace& ws, std::int64_t entryId);
/// The entries of a document, by date.
[[nodiscard]] std::vector<RecordEntry> listRecordEntries(Workspace& ws, std::int64_t documentId);

/// How long records have been produced, counting entries up to today (ws.clock()).
struct RecordSpan {
    std::string first; ///< date of the earliest entry, or empty
    std::string last;  ///< date of the latest entry, or empty
    int months = 0;    ///< distinct calendar months with at least one entry
    int entries = 0;
    bool operator==(const RecordSpan&) const = default;
};

struct DocumentRecordEvidence {
    std::int64_t documentId = 0;
    std::string code;
    std::string title;
    RecordSpan span;
};

struct ClauseRecordEvidence {
    ClauseLink clause;
    RecordSpan span;                    ///< over every level-4 document linked to the clause
    std::vector<std::string> documents; ///< codes of those documents
};

/// Every level-4 document, by code, with its span (documents without entries included).
[[nodiscard]] std::vector<DocumentRecordEvidence> recordEvidenceByDocument(Workspace& ws);
/// Every clause linked to a level-4 document that has entries, by catalog and clause order.
[[nodiscard]] std::vector<ClauseRecordEvidence> recordEvidenceByClause(Workspace& ws);

} // namespace cw
