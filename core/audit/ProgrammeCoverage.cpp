#include "audit/ProgrammeCoverage.h"

#include "audit/AuditChecklist.h"
#include "catalog/CatalogStore.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <map>
#include <set>

namespace cw {

namespace {

/// Per completed audit: the clauses whose every checklist line is marked not audited.
std::map<std::string, std::set<ClauseLink>> skippedClauses(Workspace& ws,
                                                           const std::vector<const Audit*>& audits)
{
    std::map<std::string, std::set<ClauseLink>> out;
    for (const Audit* a : audits) {
        if (!isCompleted(a->status))
            continue;
        std::map<ClauseLink, bool> allSkipped;
        for (const auto& l : listChecklist(ws, a->id))
            if (l.clause) {
                const bool skipped = l.result == ChecklistResult::NotAudited;
                const auto [it, fresh] = allSkipped.emplace(*l.clause, skipped);
                if (!fresh)
                    it->second = it->second && skipped;
            }
        for (const auto& [clause, skipped] : allSkipped)
            if (skipped)
                out[a->code].insert(clause);
    }
    return out;
}

bool isClause4to10(const Requirement& r)
{
    static const std::set<std::string> top{"4", "5", "6", "7", "8", "9", "10"};
    return !r.parent && top.count(r.ref) > 0;
}

} // namespace

std::string_view toString(CoverageStatus s)
{
    switch (s) {
    case CoverageStatus::NotPlanned:
        return "not_planned";
    case CoverageStatus::Planned:
        return "planned";
    case CoverageStatus::Audited:
        return "audited";
    }
    return {};
}

std::string AuditCoverage::auditedSince() const
{
    if (!fullyAudited())
        return {};
    std::string earliest;
    for (const auto& r : rows)
        if (r.leaf && (earliest.empty() || r.lastAudited < earliest))
            earliest = r.lastAudited;
    return earliest;
}

std::string AuditCoverage::lastCompletedEnd() const
{
    std::string last;
    for (const auto& c : completed)
        last = std::max(last, c.actualEnd);
    return last;
}

std::vector<const CoverageRow*> AuditCoverage::gaps() const
{
    std::vector<const CoverageRow*> out;
    for (const auto& r : rows)
        if (r.leaf && r.status != CoverageStatus::Audited)
            out.push_back(&r);
    return out;
}

AuditCoverage auditCoverage(Workspace& ws, const std::vector<std::string>& catalogs,
                            const std::vector<Audit>& audits)
{
    AuditCoverage cov;
    cov.catalogs = catalogs;
    std::vector<const Audit*> ordered;
    for (const auto& a : audits)
        ordered.push_back(&a);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Audit* x, const Audit* y) {
        if (isCompleted(x->status) != isCompleted(y->status))
            return isCompleted(x->status);
        return x->code < y->code;
    });
    for (const Audit* a : ordered)
        if (isCompleted(a->status))
            cov.completed.push_back({a->code, a->title, a->actualStart, a->actualEnd, a->status});
    std::stable_sort(
        cov.completed.begin(), cov.completed.end(),
        [](const CompletedAudit& x, const CompletedAudit& y) { return x.actualEnd < y.actualEnd; });

    const auto skipped = skippedClauses(ws, ordered);
    for (const auto& catalogId : catalogs) {
        const Catalog cat = loadWorkspaceCatalog(ws, catalogId);
        std::map<std::string, const Requirement*> byRef;
        std::map<std::string, std::vector<std::string>> children;
        for (const auto& r : cat.requirements) {
            byRef[r.ref] = &r;
            if (r.parent)
                children[*r.parent].push_back(r.ref);
        }
        // Rows of the subtrees under clauses 4..10, in tree order.
        std::set<std::string> inside;
        std::vector<CoverageRow> rows;
        for (const auto& r : cat.requirements) {
            if (!(isClause4to10(r) || (r.parent && inside.count(*r.parent))))
                continue;
            inside.insert(r.ref);
            CoverageRow row;
            row.clause = {catalogId, r.ref};
            row.titleEn = r.title.en;
            row.titleZh = r.title.zh;
            row.depth = r.depth;
            row.leaf = children.find(r.ref) == children.end();
            rows.push_back(std::move(row));
        }
        std::map<std::string, std::size_t> index;
        for (std::size_t i = 0; i < rows.size(); ++i)
            index[rows[i].clause.ref] = i;
        // Leaves: from the audits that cover them (the clause itself or an ancestor).
        for (auto& row : rows) {
            if (!row.leaf)
                continue;
            std::set<std::string> lineage{row.clause.ref};
            for (const Requirement* r = byRef[row.clause.ref]; r && r->parent; r = byRef[*r->parent])
                lineage.insert(*r->parent);
            for (const Audit* a : ordered) {
                const bool covers =
                    std::any_of(a->clauses.begin(), a->clauses.end(), [&](const ClauseLink& c) {
                        return c.catalogId == catalogId && lineage.count(c.ref);
                    });
                if (!covers)
                    continue;
                const auto sk = skipped.find(a->code);
                if (sk != skipped.end() && sk->second.count(row.clause))
                    continue; // in scope, but every line of it was marked not audited
                row.audits.push_back(a->code);
                if (isCompleted(a->status)) {
                    row.status = CoverageStatus::Audited;
                    row.lastAudited = std::max(row.lastAudited, a->actualEnd);
                } else if (row.status == CoverageStatus::NotPlanned) {
                    row.status = CoverageStatus::Planned;
                }
            }
        }
        // Headings, bottom-up: the weakest child, and the union of the children's audits.
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
            if (it->leaf)
                continue;
            bool first = true;
            bool allDated = true;
            std::set<std::string> codes;
            for (const auto& childRef : children[it->clause.ref]) {
                const CoverageRow& child = rows[index.at(childRef)];
                it->status = first ? child.status : std::min(it->status, child.status);
                if (child.lastAudited.empty())
                    allDated = false;
                else if (first || it->lastAudited.empty() || child.lastAudited < it->lastAudited)
                    it->lastAudited = child.lastAudited;
                codes.insert(child.audits.begin(), child.audits.end());
                first = false;
            }
            if (!allDated)
                it->lastAudited.clear();
            for (const Audit* a : ordered)
                if (codes.count(a->code))
                    it->audits.push_back(a->code);
        }
        for (auto& row : rows) {
            if (!row.leaf)
                continue;
            ++cov.leaves;
            if (row.status == CoverageStatus::Audited)
                ++cov.auditedLeaves;
            else if (row.status == CoverageStatus::Planned)
                ++cov.plannedLeaves;
            else
                ++cov.notPlannedLeaves;
        }
        cov.rows.insert(cov.rows.end(), std::make_move_iterator(rows.begin()),
                        std::make_move_iterator(rows.end()));
    }
    return cov;
}

AuditCoverage programmeCoverage(Workspace& ws, std::int64_t programmeId)
{
    const AuditProgramme p = loadProgramme(ws, programmeId);
    return auditCoverage(ws, p.catalogs, listAudits(ws, programmeId));
}

} // namespace cw
