#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// The internal audit programme of one cycle (usually a year): the audits planned so that together
/// they cover every clause 4-10 of the catalogs in scope (see ProgrammeCoverage.h).
struct AuditProgramme {
    std::int64_t id = 0;
    std::string name;        ///< unique, e.g. "Internal audit programme 2026"
    std::string periodStart; ///< YYYY-MM-DD
    std::string periodEnd;   ///< YYYY-MM-DD, not before the start
    std::string objectives;
    std::vector<std::string> catalogs; ///< catalog ids in scope, in the user's order
    bool operator==(const AuditProgramme&) const = default;
};

/// Every programme, by period start, then creation.
[[nodiscard]] std::vector<AuditProgramme> listProgrammes(Workspace& ws);
/// Error(NotFound) when absent.
[[nodiscard]] AuditProgramme loadProgramme(Workspace& ws, std::int64_t id);
/// By exact name; Error(NotFound) listing the names there are.
[[nodiscard]] AuditProgramme programmeByName(Workspace& ws, const std::string& name);

/// Creates a programme as one action and returns its id (`id` set: restores under that id). No
/// catalogs means ISO/IEC 20000-1:2018; built-in catalogs the workspace lacks are copied in first.
/// Error(InvalidInput) for an empty or taken name, malformed dates, an end before the start, or
/// an unknown catalog.
std::int64_t createProgramme(Workspace& ws, const AuditProgramme& programme);

enum class ProgrammeField { Name, PeriodStart, PeriodEnd, Objectives };
/// "name", "period_start", "period_end", "objectives".
[[nodiscard]] std::string_view fieldKey(ProgrammeField f);
[[nodiscard]] std::string programmeField(const AuditProgramme& p, ProgrammeField f);
/// Sets one field as one action; a no-op when unchanged.
void setProgrammeField(Workspace& ws, std::int64_t id, ProgrammeField field, const std::string& value);
/// Replaces the catalogs in scope (at least one) as one action.
void setProgrammeCatalogs(Workspace& ws, std::int64_t id, const std::vector<std::string>& catalogs);
/// Deletes an empty programme as one action; refused while audits belong to it.
void deleteProgramme(Workspace& ws, std::int64_t id);

// --- Inside an action. ----------------------------------------------------------------------------
void validateProgramme(const AuditProgramme& p, const std::string& where);
std::int64_t insertProgramme(WriteContext& ctx, const AuditProgramme& p);

} // namespace cw
