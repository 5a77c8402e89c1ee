#pragma once

#include "assessment/Assessment.h"
#include "assessment/AssessmentTypes.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// Counts of the assessable requirements under one node (or a whole assessment).
/// Scores: not_assessed 0 (counted), nonconformant 0, partial 0.5, conformant 1; not_applicable
/// leaves the denominator.
struct Score {
    int notAssessed = 0;
    int nonconformant = 0;
    int partial = 0;
    int conformant = 0;
    int notApplicable = 0;
    double points = 0.0;

    void add(AssessmentStatus s);
    [[nodiscard]] int applicable() const { return notAssessed + nonconformant + partial + conformant; }
    [[nodiscard]] int assessed() const { return nonconformant + partial + conformant; }
    /// Mean score of the applicable requirements; nullopt when none is applicable.
    [[nodiscard]] std::optional<double> readiness() const;
    /// assessed / applicable; nullopt when none is applicable.
    [[nodiscard]] std::optional<double> coverage() const;
};

/// A node of a catalog with the score of the assessable requirements under it (itself included).
struct ClauseScore {
    RequirementKey key;
    std::string titleEn;
    std::string titleZh;
    /// 1 for top-level clauses (4..10, and A.5..A.8 under an annex), 2 for their children ...;
    /// 0 for an annex container ("A") itself.
    int level = 1;
    bool leaf = false;
    bool assessable = false;
    Score score;
};

struct CatalogScore {
    std::string catalogId;
    std::string titleEn;
    std::string titleZh;
    Score score;
};

struct AssessmentSummary {
    Assessment assessment;
    Score overall; ///< every applicable requirement weighs the same
    std::vector<CatalogScore> catalogs;
    std::vector<ClauseScore> clauses; ///< every node, catalog by catalog, in tree order
    /// Requirements marked not_applicable where the standard permits no exclusion.
    std::vector<RequirementKey> exclusionsNotPermitted;
    /// The statuses the summary was computed from (stored results only).
    std::map<RequirementKey, AssessmentStatus> statuses;

    /// The clause score of `key`, or nullptr.
    [[nodiscard]] const ClauseScore* clause(const RequirementKey& key) const;
};

/// Scores an assessment: readiness and coverage overall, per catalog and per clause.
[[nodiscard]] AssessmentSummary summarizeAssessment(Workspace& ws, std::int64_t assessmentId);

} // namespace cw
