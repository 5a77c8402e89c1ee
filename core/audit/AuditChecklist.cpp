#include "audit/AuditChecklist.h"

#include "audit/AuditStore.h"
#include "audit/ClauseRefs.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace cw {

namespace {

constexpr std::array<std::pair<ChecklistLineField, std::string_view>, 4> kFields{{
    {ChecklistLineField::Question, "question"},
    {ChecklistLineField::Result, "result"},
    {ChecklistLineField::Notes, "notes"},
    {ChecklistLineField::Evidence, "evidence"},
}};

std::string lineId(std::int64_t id)
{
    return std::to_string(id);
}

std::string clauseText(const std::optional<ClauseLink>& c)
{
    return c ? c->catalogId + " " + c->ref : std::string();
}

} // namespace

void ChecklistTally::add(ChecklistResult r)
{
    switch (r) {
    case ChecklistResult::Pending:
        ++pending;
        break;
    case ChecklistResult::Conforming:
        ++conforming;
        break;
    case ChecklistResult::Nonconformity:
        ++nonconformity;
        break;
    case ChecklistResult::Observation:
        ++observation;
        break;
    case ChecklistResult::NotAudited:
        ++notAudited;
        break;
    }
}

ChecklistTally tallyChecklist(const std::vector<ChecklistLine>& lines)
{
    ChecklistTally t;
    for (const auto& l : lines)
        t.add(l.result);
    return t;
}

std::vector<ChecklistLine> listChecklist(Workspace& ws, std::int64_t auditId)
{
    (void)auditstore::requireAudit(ws.db(), auditId);
    return auditstore::readChecklist(ws.db(), auditId);
}

ChecklistLine loadChecklistLine(Workspace& ws, std::int64_t id)
{
    SQLite::Statement q(ws.db(), "SELECT audit_id FROM audit_checklist_line WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound,
                    "the workspace holds no checklist line with id " + std::to_string(id));
    for (auto& l : auditstore::readChecklist(ws.db(), q.getColumn(0).getInt64()))
        if (l.id == id)
            return l;
    throw Error(ErrorCode::NotFound, "the workspace holds no checklist line with id " + std::to_string(id));
}

std::string fallbackQuestion(const std::string& ref, const std::string& title, const std::string& lang)
{
    if (lang == "zh")
        return ref + "“" + title + "”是如何实施的？有哪些证据表明其有效？";
    return ref + " " + title + ": how is it implemented, and what evidence shows that it is effective?";
}

int generateChecklist(Workspace& ws, std::int64_t auditId)
{
    const Audit audit = loadAudit(ws, auditId);
    return ws.write("Generate checklist " + audit.code, [&](WriteContext& ctx) {
        auditstore::requireChecklistEditable(audit);
        if (audit.clauses.empty())
            throw Error(ErrorCode::InvalidInput,
                        "audit " + audit.code +
                            ": choose the audited clauses before generating the checklist");
        const std::string lang = loadEngagement(ws).language;
        auto existing = auditstore::readChecklist(ws.db(), auditId);
        std::set<std::pair<std::string, std::string>> have; // (clause, question)
        for (const auto& l : existing)
            have.emplace(clauseText(l.clause), l.question);
        int position = existing.empty() ? 0 : existing.back().position;
        int added = 0;
        std::map<std::string, Catalog> catalogs;
        for (const auto& clause : audit.clauses) {
            auto it = catalogs.find(clause.catalogId);
            if (it == catalogs.end())
                it = catalogs.emplace(clause.catalogId, loadWorkspaceCatalog(ws, clause.catalogId)).first;
            const Catalog& cat = it->second;
            // Tree order: the clause, then everything below it.
            std::set<std::string> inside{clause.ref};
            for (const auto& r : cat.requirements) {
                const bool below = r.ref == clause.ref || (r.parent && inside.count(*r.parent));
                if (!below)
                    continue;
                inside.insert(r.ref);
                std::vector<std::string> questions;
                for (const auto& q : r.questions)
                    if (!q.in(lang).empty())
                        questions.push_back(q.in(lang));
                if (questions.empty() && r.assessable)
                    questions.push_back(fallbackQuestion(r.ref, r.title.in(lang), lang));
                for (const auto& text : questions) {
                    const ClauseLink key{clause.catalogId, r.ref};
                    if (!have.emplace(clauseText(key), text).second)
                        continue;
                    ChecklistLine line;
                    line.auditId = auditId;
                    line.position = ++position;
                    line.clause = key;
                    line.question = text;
                    (void)auditstore::insertChecklistLine(ws.db(), line);
                    ++added;
                }
            }
        }
        if (added > 0)
            ctx.record(kAuditEntity, std::to_string(auditId), "checklist",
                       std::to_string(existing.size()) + " line(s)",
                       std::to_string(existing.size() + static_cast<std::size_t>(added)) + " line(s)");
        return added;
    });
}

std::int64_t addChecklistLine(Workspace& ws, std::int64_t auditId, const ChecklistLine& input)
{
    return ws.write("Add checklist line", [&](WriteContext& ctx) {
        const Audit audit = loadAudit(ws, auditId);
        auditstore::requireChecklistEditable(audit);
        ChecklistLine line = input;
        line.auditId = auditId;
        line.question = trimmed(line.question);
        if (line.question.empty())
            throw Error(ErrorCode::InvalidInput,
                        "audit " + audit.code + ": a checklist line needs a question");
        if (line.clause)
            requireWorkspaceClause(ws.db(), *line.clause, "audit " + audit.code);
        const auto lines = auditstore::readChecklist(ws.db(), auditId);
        const int last = lines.empty() ? 0 : lines.back().position;
        if (line.position <= 0 || line.position > last) {
            line.position = last + 1;
        } else {
            SQLite::Statement shift(ws.db(), "UPDATE audit_checklist_line SET position = position + 1 "
                                             "WHERE audit_id = ? AND position >= ?");
            shift.bind(1, auditId);
            shift.bind(2, line.position);
            shift.exec();
        }
        const std::int64_t id = auditstore::insertChecklistLine(ws.db(), line);
        const std::string eid = lineId(id);
        ctx.record(kChecklistEntity, eid, "audit", std::nullopt, audit.code);
        if (line.clause)
            ctx.record(kChecklistEntity, eid, "clause", std::nullopt, clauseText(line.clause));
        for (const auto& [field, key] : kFields) {
            const auto v = checklistLineField(line, field);
            if (!v.empty() &&
                !(field == ChecklistLineField::Result && line.result == ChecklistResult::Pending))
                ctx.record(kChecklistEntity, eid, key, std::nullopt, v);
        }
        return id;
    });
}

std::string_view fieldKey(ChecklistLineField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::string checklistLineField(const ChecklistLine& line, ChecklistLineField f)
{
    switch (f) {
    case ChecklistLineField::Question:
        return line.question;
    case ChecklistLineField::Result:
        return std::string(toString(line.result));
    case ChecklistLineField::Notes:
        return line.notes;
    case ChecklistLineField::Evidence:
        return line.evidence;
    }
    return {};
}

void setChecklistLineField(Workspace& ws, std::int64_t id, ChecklistLineField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit checklist " + key, [&](WriteContext& ctx) {
        const ChecklistLine line = loadChecklistLine(ws, id);
        const Audit audit = loadAudit(ws, line.auditId);
        const std::string old = checklistLineField(line, field);
        std::string now = value;
        if (field == ChecklistLineField::Question)
            now = trimmed(value);
        if (field == ChecklistLineField::Result) {
            now = trimmed(value).empty() ? std::string("pending") : trimmed(value);
            if (!checklistResultFromString(now))
                throw Error(ErrorCode::InvalidInput,
                            "checklist result: choose conforming, nonconformity, observation, not_audited or "
                            "pending, not '" +
                                value + "'");
        }
        if (now == old)
            return;
        auditstore::requireChecklistEditable(audit);
        if (field == ChecklistLineField::Question && now.empty())
            throw Error(ErrorCode::InvalidInput,
                        "audit " + audit.code + ": a checklist line needs a question");
        SQLite::Statement q(ws.db(), "UPDATE audit_checklist_line SET " + key + " = ? WHERE id = ?");
        if (field == ChecklistLineField::Result && now == "pending")
            q.bind(1);
        else
            q.bind(1, now);
        q.bind(2, id);
        q.exec();
        ctx.record(kChecklistEntity, lineId(id), key, old, now);
    });
}

ChecklistLine removeChecklistLine(Workspace& ws, std::int64_t id)
{
    return ws.write("Remove checklist line", [&](WriteContext& ctx) {
        const ChecklistLine line = loadChecklistLine(ws, id);
        auditstore::requireChecklistEditable(loadAudit(ws, line.auditId));
        SQLite::Statement del(ws.db(), "DELETE FROM audit_checklist_line WHERE id = ?");
        del.bind(1, id);
        del.exec();
        SQLite::Statement shift(ws.db(), "UPDATE audit_checklist_line SET position = position - 1 "
                                         "WHERE audit_id = ? AND position > ?");
        shift.bind(1, line.auditId);
        shift.bind(2, line.position);
        shift.exec();
        ctx.record(kChecklistEntity, lineId(id), "removed", line.question, std::nullopt);
        return line;
    });
}

} // namespace cw
