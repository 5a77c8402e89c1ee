#pragma once

#include "assessment/Scoring.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// One clause side by side. A side is empty when its assessment does not cover the catalog or
/// no requirement under the clause is applicable there.
struct ClauseComparison {
    RequirementKey key;
    std::string titleEn;
    std::string titleZh;
    int level = 1;
    std::optional<double> readinessA;
    std::optional<double> readinessB;
    std::optional<double> coverageA;
    std::optional<double> coverageB;
    /// readinessB - readinessA, when both exist.
    [[nodiscard]] std::optional<double> change() const;
};

enum class ChangeKind {
    Improved,     ///< both applicable, the score rose
    Regressed,    ///< both applicable, the score fell
    Applicability ///< became, or stopped being, not_applicable
};

struct RequirementChange {
    RequirementKey key;
    std::string titleEn;
    std::string titleZh;
    AssessmentStatus before = AssessmentStatus::NotAssessed;
    AssessmentStatus after = AssessmentStatus::NotAssessed;
    ChangeKind kind = ChangeKind::Improved;
};

struct AssessmentComparison {
    AssessmentSummary a;
    AssessmentSummary b;
    /// Clauses of the catalogs of either assessment (A's catalogs first), in tree order.
    std::vector<ClauseComparison> clauses;
    /// Requirements of the catalogs both cover whose status changed score or applicability,
    /// in catalog then clause order.
    std::vector<RequirementChange> changes;
    [[nodiscard]] std::vector<RequirementChange> changesOf(ChangeKind kind) const;
};

/// Compares assessment A (usually the earlier) with B.
[[nodiscard]] AssessmentComparison compareAssessments(Workspace& ws, std::int64_t a, std::int64_t b);

} // namespace cw
