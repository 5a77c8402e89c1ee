#include "assessment/GapList.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "catalog/Catalog.h"
#include "common/Csv.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace cw {

std::vector<GapRow> prioritisedGaps(Workspace& ws, std::int64_t assessmentId)
{
    const Assessment a = loadAssessment(ws, assessmentId);
    std::map<std::string, std::size_t> catalogOrder;
    for (std::size_t i = 0; i < a.catalogs.size(); ++i)
        catalogOrder[a.catalogs[i]] = i;

    std::map<RequirementKey, std::pair<ActionPriority, int>> actions;
    {
        // Open work on a requirement counts wherever it was raised: an action from the baseline
        // that is still open sets the priority of the same gap in the follow-up.
        SQLite::Statement q(ws.db(), "SELECT catalog_id, ref, priority FROM assessment_action "
                                     "WHERE status IN ('open', 'in_progress') AND catalog_id IN "
                                     "(SELECT catalog_id FROM assessment_catalog WHERE assessment_id = ?)");
        q.bind(1, assessmentId);
        while (q.executeStep()) {
            const RequirementKey key{q.getColumn(0).getString(), q.getColumn(1).getString()};
            const auto p =
                actionPriorityFromString(q.getColumn(2).getString()).value_or(ActionPriority::Medium);
            auto [it, fresh] = actions.try_emplace(key, p, 0);
            it->second.first = std::min(it->second.first, p); // High < Medium < Low
            ++it->second.second;
        }
    }

    std::vector<GapRow> rows;
    SQLite::Statement q(ws.db(),
                        "SELECT ar.catalog_id, ar.ref, ar.status, ar.maturity, ar.gap, ar.recommendation, "
                        "ar.notes, r.title_en, r.title_zh, EXISTS (SELECT 1 FROM required_document d "
                        "WHERE d.catalog_id = ar.catalog_id AND d.clause_ref = ar.ref) "
                        "FROM assessment_result ar "
                        "JOIN requirement r ON r.catalog_id = ar.catalog_id AND r.ref = ar.ref "
                        "WHERE ar.assessment_id = ? AND ar.status IN ('nonconformant', 'partial') "
                        "AND r.assessable");
    q.bind(1, assessmentId);
    while (q.executeStep()) {
        GapRow g;
        g.key = {q.getColumn(0).getString(), q.getColumn(1).getString()};
        g.status =
            assessmentStatusFromString(q.getColumn(2).getString()).value_or(AssessmentStatus::Nonconformant);
        if (!q.getColumn(3).isNull())
            g.maturity = q.getColumn(3).getInt();
        g.gap = q.getColumn(4).getString();
        g.recommendation = q.getColumn(5).getString();
        g.notes = q.getColumn(6).getString();
        g.titleEn = q.getColumn(7).getString();
        g.titleZh = q.getColumn(8).getString();
        g.requiresDocumentedInfo = q.getColumn(9).getInt() != 0;
        if (auto it = actions.find(g.key); it != actions.end()) {
            g.priority = it->second.first;
            g.priorityFromActions = true;
            g.activeActions = it->second.second;
        }
        rows.push_back(std::move(g));
    }
    std::sort(rows.begin(), rows.end(), [&](const GapRow& x, const GapRow& y) {
        if (x.status != y.status)
            return x.status == AssessmentStatus::Nonconformant;
        if (x.priority != y.priority)
            return x.priority < y.priority;
        if (x.requiresDocumentedInfo != y.requiresDocumentedInfo)
            return x.requiresDocumentedInfo;
        if (x.key.catalogId != y.key.catalogId)
            return catalogOrder[x.key.catalogId] < catalogOrder[y.key.catalogId];
        return refLess(x.key.ref, y.key.ref);
    });
    return rows;
}

std::string gapListCsv(const std::vector<GapRow>& rows, const std::string& language)
{
    std::string out = "rank,catalog,ref,title,status,priority,required_documented_information,maturity,gap,"
                      "recommendation,notes,open_actions\r\n";
    int rank = 0;
    for (const auto& g : rows) {
        const std::string& title = language == "zh" && !g.titleZh.empty() ? g.titleZh : g.titleEn;
        out += std::to_string(++rank) + "," + csvField(g.key.catalogId) + "," + csvField(g.key.ref) + "," +
               csvField(title) + "," + std::string(toString(g.status)) + "," +
               std::string(toString(g.priority)) + "," + (g.requiresDocumentedInfo ? "yes" : "no") + "," +
               (g.maturity ? std::to_string(*g.maturity) : std::string()) + "," + csvField(g.gap) + "," +
               csvField(g.recommendation) + "," + csvField(g.notes) + "," + std::to_string(g.activeActions) +
               "\r\n";
    }
    return out;
}

} // namespace cw
