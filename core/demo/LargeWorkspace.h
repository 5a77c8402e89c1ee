#pragma once

#include "common/Clock.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace cw {

class Workspace;

/// The size of a generated engagement. The defaults are the "large" engagement the performance
/// targets are stated for (docs/performance.md).
struct LargeWorkspaceSize {
    int documents = 10000;             ///< all four levels; two in three approved
    int assessments = 5;               ///< each covers ISO/IEC 20000-1 and the generated catalog
    int generatedRequirements = 1000;  ///< assessable requirements of the generated catalog
    int findings = 2000;               ///< majors, minors (each with a corrective action), observations
    std::int64_t minAuditEntries = 50000; ///< field edits are added until the trail holds this many
};

/// What was made, for the caller to report.
struct LargeWorkspaceCounts {
    int documents = 0;
    int assessments = 0;
    std::int64_t results = 0;
    int findings = 0;
    int correctiveActions = 0;
    std::int64_t auditEntries = 0;
};

/// Called between steps with a short step name and the fraction done (0..1).
using GenerationProgress = std::function<void(const std::string& step, double fraction)>;

/// Creates `file` holding a generated engagement of `size` for benchmarks and scale tests: a
/// deterministic pseudo-random mix (same size and clock, same content) with dates around the
/// clock's today, an engagement plan, ISO/IEC 20000-1 plus a generated catalog, documents with
/// record entries, assessments with every result stored, findings with corrective actions, a
/// completed internal audit and a management review. Refuses an existing file (like create()).
[[nodiscard]] std::unique_ptr<Workspace> createLargeWorkspace(const std::filesystem::path& file,
                                                              const LargeWorkspaceSize& size = {},
                                                              std::shared_ptr<const Clock> clock = {},
                                                              const GenerationProgress& progress = {},
                                                              LargeWorkspaceCounts* counts = nullptr);

} // namespace cw
