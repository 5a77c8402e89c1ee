#include "assessment/Scoring.h"

#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <unordered_map>

namespace cw {

void Score::add(AssessmentStatus s)
{
    switch (s) {
    case AssessmentStatus::NotAssessed:
        ++notAssessed;
        break;
    case AssessmentStatus::Nonconformant:
        ++nonconformant;
        break;
    case AssessmentStatus::Partial:
        ++partial;
        break;
    case AssessmentStatus::Conformant:
        ++conformant;
        break;
    case AssessmentStatus::NotApplicable:
        ++notApplicable;
        break;
    }
    points += statusScore(s).value_or(0.0);
}

std::optional<double> Score::readiness() const
{
    if (applicable() == 0)
        return std::nullopt;
    return points / applicable();
}

std::optional<double> Score::coverage() const
{
    if (applicable() == 0)
        return std::nullopt;
    return static_cast<double>(assessed()) / applicable();
}

const ClauseScore* AssessmentSummary::clause(const RequirementKey& key) const
{
    for (const auto& c : clauses)
        if (c.key == key)
            return &c;
    return nullptr;
}

AssessmentSummary summarizeAssessment(Workspace& ws, std::int64_t assessmentId)
{
    AssessmentSummary sum;
    sum.assessment = loadAssessment(ws, assessmentId);
    {
        SQLite::Statement q(ws.db(),
                            "SELECT catalog_id, ref, status FROM assessment_result WHERE assessment_id = ?");
        q.bind(1, assessmentId);
        while (q.executeStep())
            sum.statuses[{q.getColumn(0).getString(), q.getColumn(1).getString()}] =
                assessmentStatusFromString(q.getColumn(2).getString())
                    .value_or(AssessmentStatus::NotAssessed);
    }
    SQLite::Statement head(ws.db(), "SELECT title_en, title_zh FROM catalog WHERE id = ?");
    SQLite::Statement reqs(ws.db(), "SELECT ref, parent_ref, assessable, title_en, title_zh FROM requirement "
                                    "WHERE catalog_id = ? ORDER BY position");
    for (const auto& catalogId : sum.assessment.catalogs) {
        CatalogScore cat;
        cat.catalogId = catalogId;
        head.bind(1, catalogId);
        if (head.executeStep()) {
            cat.titleEn = head.getColumn(0).getString();
            cat.titleZh = head.getColumn(1).getString();
        }
        head.reset();

        const std::size_t first = sum.clauses.size();
        std::unordered_map<std::string, std::size_t> index;
        std::vector<std::ptrdiff_t> parents;
        reqs.bind(1, catalogId);
        while (reqs.executeStep()) {
            ClauseScore c;
            c.key = {catalogId, reqs.getColumn(0).getString()};
            std::ptrdiff_t parent = -1;
            if (!reqs.getColumn(1).isNull()) {
                // Tree order: the parent came first.
                if (auto it = index.find(reqs.getColumn(1).getString()); it != index.end()) {
                    parent = static_cast<std::ptrdiff_t>(it->second);
                    sum.clauses[it->second].leaf = false;
                }
            }
            c.assessable = reqs.getColumn(2).getInt() != 0;
            c.titleEn = reqs.getColumn(3).getString();
            c.titleZh = reqs.getColumn(4).getString();
            c.leaf = true;
            if (parent < 0) {
                // A top-level heading that is not a number ("A") is an annex holding clauses.
                const bool annex = c.key.ref.empty() || c.key.ref[0] < '0' || c.key.ref[0] > '9';
                c.level = annex ? 0 : 1;
            } else {
                c.level = sum.clauses[static_cast<std::size_t>(parent)].level + 1;
            }
            index.emplace(c.key.ref, sum.clauses.size());
            parents.push_back(parent);
            sum.clauses.push_back(std::move(c));
        }
        reqs.reset();

        for (std::size_t i = first; i < sum.clauses.size(); ++i) {
            if (!sum.clauses[i].assessable)
                continue;
            AssessmentStatus status = AssessmentStatus::NotAssessed;
            if (auto it = sum.statuses.find(sum.clauses[i].key); it != sum.statuses.end())
                status = it->second;
            if (status == AssessmentStatus::NotApplicable &&
                exclusionForbidden(catalogId, sum.clauses[i].key.ref))
                sum.exclusionsNotPermitted.push_back(sum.clauses[i].key);
            cat.score.add(status);
            sum.overall.add(status);
            // parents[] holds absolute indexes into sum.clauses, -1 at the top.
            for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i); k >= 0;
                 k = parents[static_cast<std::size_t>(k) - first])
                sum.clauses[static_cast<std::size_t>(k)].score.add(status);
        }
        sum.catalogs.push_back(std::move(cat));
    }
    return sum;
}

} // namespace cw
