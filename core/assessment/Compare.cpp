#include "assessment/Compare.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace cw {

std::optional<double> ClauseComparison::change() const
{
    if (!readinessA || !readinessB)
        return std::nullopt;
    return *readinessB - *readinessA;
}

std::vector<RequirementChange> AssessmentComparison::changesOf(ChangeKind kind) const
{
    std::vector<RequirementChange> out;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(out),
                 [&](const RequirementChange& c) { return c.kind == kind; });
    return out;
}

AssessmentComparison compareAssessments(Workspace& ws, std::int64_t a, std::int64_t b)
{
    AssessmentComparison cmp;
    cmp.a = summarizeAssessment(ws, a);
    cmp.b = summarizeAssessment(ws, b);

    std::map<RequirementKey, const ClauseScore*> inB;
    for (const auto& c : cmp.b.clauses)
        inB.emplace(c.key, &c);
    auto covers = [](const AssessmentSummary& s, const std::string& catalogId) {
        return std::find(s.assessment.catalogs.begin(), s.assessment.catalogs.end(), catalogId) !=
               s.assessment.catalogs.end();
    };

    for (const auto& ca : cmp.a.clauses) {
        ClauseComparison row;
        row.key = ca.key;
        row.titleEn = ca.titleEn;
        row.titleZh = ca.titleZh;
        row.level = ca.level;
        row.readinessA = ca.score.readiness();
        row.coverageA = ca.score.coverage();
        if (auto it = inB.find(ca.key); it != inB.end()) {
            row.readinessB = it->second->score.readiness();
            row.coverageB = it->second->score.coverage();
        }
        cmp.clauses.push_back(std::move(row));

        // Requirement-level changes, for catalogs both assessments cover.
        if (!ca.assessable || !covers(cmp.b, ca.key.catalogId))
            continue;
        auto statusIn = [&](const AssessmentSummary& s) {
            auto it = s.statuses.find(ca.key);
            return it == s.statuses.end() ? AssessmentStatus::NotAssessed : it->second;
        };
        const auto before = statusIn(cmp.a);
        const auto after = statusIn(cmp.b);
        if (before == after)
            continue;
        RequirementChange change{ca.key, ca.titleEn, ca.titleZh, before, after, ChangeKind::Applicability};
        const auto sa = statusScore(before);
        const auto sb = statusScore(after);
        if (sa && sb) {
            if (*sa == *sb)
                continue; // e.g. not_assessed -> nonconformant: no change of score
            change.kind = *sb > *sa ? ChangeKind::Improved : ChangeKind::Regressed;
        }
        cmp.changes.push_back(std::move(change));
    }
    for (const auto& cb : cmp.b.clauses) {
        if (covers(cmp.a, cb.key.catalogId))
            continue;
        ClauseComparison row;
        row.key = cb.key;
        row.titleEn = cb.titleEn;
        row.titleZh = cb.titleZh;
        row.level = cb.level;
        row.readinessB = cb.score.readiness();
        row.coverageB = cb.score.coverage();
        cmp.clauses.push_back(std::move(row));
    }
    return cmp;
}

} // namespace cw
