#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// A live value that differs from the newest value the audit trail recorded for it.
struct RowMismatch {
    std::string entity;                ///< as in the trail: "finding", "document" ...
    std::string entityId;              ///< as in the trail: "3", "1/ISO20000-1:2018/8.1" ...
    std::string field;                 ///< the trail's field ("status 1.0" for a document version's status)
    std::int64_t entryId = 0;          ///< the trail entry that recorded the expected value
    std::string expected;              ///< what the trail says
    std::optional<std::string> actual; ///< what the row holds; none when the row is missing
    std::string message;               ///< one sentence naming all of the above
};

struct ReplayReport {
    std::int64_t entities = 0; ///< entities whose rows were compared
    std::int64_t fields = 0;   ///< field values compared
    std::vector<RowMismatch> mismatches;
    [[nodiscard]] bool ok() const { return mismatches.empty(); }
};

/// Replays the audit trail (`verify --deep`): the newest value recorded for every field of the
/// entities whose trail fields map one to one to columns (see docs/reliability.md, "Tamper-evident
/// audit trail", for the list and what is not covered) is compared with the live row. A row that
/// the trail never removed but is missing is a mismatch for the top-level entities (engagement,
/// settings, findings, audits, programmes, reviews, assessments, documents); child rows may go
/// with their parent and are compared only when present. Reads only; a page that cannot be read
/// is Error(CannotOpen) naming the file.
[[nodiscard]] ReplayReport replayAuditTrail(Workspace& ws);

} // namespace cw
