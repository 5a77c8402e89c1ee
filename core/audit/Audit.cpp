#include "audit/Audit.h"

#include "audit/AuditProgramme.h"
#include "audit/AuditStore.h"
#include "audit/ClauseRefs.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <cstdio>

namespace cw {

namespace {

constexpr std::array<std::pair<AuditField, std::string_view>, 13> kFields{{
    {AuditField::Programme, "programme"},
    {AuditField::Title, "title"},
    {AuditField::Scope, "scope"},
    {AuditField::Criteria, "criteria"},
    {AuditField::LeadAuditor, "lead_auditor"},
    {AuditField::Auditors, "auditors"},
    {AuditField::Auditees, "auditees"},
    {AuditField::ProcessOwners, "process_owners"},
    {AuditField::PlannedStart, "planned_start"},
    {AuditField::PlannedEnd, "planned_end"},
    {AuditField::ActualStart, "actual_start"},
    {AuditField::ActualEnd, "actual_end"},
    {AuditField::Summary, "summary"},
}};

bool validCodeChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '/';
}

int yearOf(const std::string& date)
{
    return static_cast<int>(parseDate(date, "date").year());
}

/// Applies a text value to a copy of the audit (no validation).
void applyField(Workspace& ws, Audit& a, AuditField f, const std::string& value)
{
    switch (f) {
    case AuditField::Programme:
        if (value.empty())
            a.programmeId.reset();
        else
            a.programmeId = programmeByName(ws, value).id;
        break;
    case AuditField::Title:
        a.title = trimmed(value);
        break;
    case AuditField::Scope:
        a.scope = value;
        break;
    case AuditField::Criteria:
        a.criteria = value;
        break;
    case AuditField::LeadAuditor:
        a.leadAuditor = trimmed(value);
        break;
    case AuditField::Auditors:
        a.auditors = splitNames(value);
        break;
    case AuditField::Auditees:
        a.auditees = splitNames(value);
        break;
    case AuditField::ProcessOwners:
        a.processOwners = splitNames(value);
        break;
    case AuditField::PlannedStart:
        a.plannedStart = trimmed(value);
        break;
    case AuditField::PlannedEnd:
        a.plannedEnd = trimmed(value);
        break;
    case AuditField::ActualStart:
        a.actualStart = trimmed(value);
        break;
    case AuditField::ActualEnd:
        a.actualEnd = trimmed(value);
        break;
    case AuditField::Summary:
        a.summary = value;
        break;
    }
}

void recordAll(WriteContext& ctx, const Audit& a)
{
    auto& ws = ctx.workspace();
    const std::string eid = std::to_string(a.id);
    ctx.record(kAuditEntity, eid, "code", std::nullopt, a.code);
    for (const auto& [field, key] : kFields) {
        const auto v = auditField(ws, a, field);
        if (!v.empty())
            ctx.record(kAuditEntity, eid, key, std::nullopt, v);
    }
    ctx.record(kAuditEntity, eid, "status", std::nullopt, std::string(toString(a.status)));
    if (!a.clauses.empty())
        ctx.record(kAuditEntity, eid, "clauses", std::nullopt, clauseListText(a.clauses));
}

} // namespace

std::string_view fieldKey(AuditField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::optional<AuditField> auditFieldFromKey(std::string_view key)
{
    for (const auto& [field, k] : kFields)
        if (k == key)
            return field;
    return std::nullopt;
}

std::string auditField(Workspace& ws, const Audit& a, AuditField f)
{
    switch (f) {
    case AuditField::Programme:
        return auditstore::programmeName(ws.db(), a.programmeId);
    case AuditField::Title:
        return a.title;
    case AuditField::Scope:
        return a.scope;
    case AuditField::Criteria:
        return a.criteria;
    case AuditField::LeadAuditor:
        return a.leadAuditor;
    case AuditField::Auditors:
        return joinNames(a.auditors);
    case AuditField::Auditees:
        return joinNames(a.auditees);
    case AuditField::ProcessOwners:
        return joinNames(a.processOwners);
    case AuditField::PlannedStart:
        return a.plannedStart;
    case AuditField::PlannedEnd:
        return a.plannedEnd;
    case AuditField::ActualStart:
        return a.actualStart;
    case AuditField::ActualEnd:
        return a.actualEnd;
    case AuditField::Summary:
        return a.summary;
    }
    return {};
}

std::vector<Audit> listAudits(Workspace& ws, std::optional<std::int64_t> programmeId)
{
    if (programmeId)
        return auditstore::readAudits(ws.db(), "WHERE a.programme_id = ?", *programmeId);
    return auditstore::readAudits(ws.db());
}

Audit loadAudit(Workspace& ws, std::int64_t id)
{
    return auditstore::requireAudit(ws.db(), id);
}

Audit auditByCode(Workspace& ws, const std::string& code)
{
    SQLite::Statement q(ws.db(), "SELECT id FROM audit WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound, "the workspace holds no audit " + code);
    return loadAudit(ws, q.getColumn(0).getInt64());
}

void validateAudit(const Audit& a, const std::string& where)
{
    if (a.code.empty() || a.code.size() > 64)
        throw Error(ErrorCode::InvalidInput, where + ": the code must have 1 to 64 characters");
    for (const char c : a.code)
        if (!validCodeChar(c))
            throw Error(ErrorCode::InvalidInput,
                        where + ": the code '" + a.code + "' may hold only A-Z a-z 0-9 - _ . /");
    if (a.title.empty())
        throw Error(ErrorCode::InvalidInput, where + ": the audit needs a title");
    requireDateOrEmpty(a.plannedStart, where + ": the planned start");
    requireDateOrEmpty(a.plannedEnd, where + ": the planned end");
    requireDateOrEmpty(a.actualStart, where + ": the actual start");
    requireDateOrEmpty(a.actualEnd, where + ": the actual end");
    if (!a.plannedStart.empty() && !a.plannedEnd.empty() && a.plannedEnd < a.plannedStart)
        throw Error(ErrorCode::InvalidInput, where + ": the planned end (" + a.plannedEnd +
                                                 ") is before the planned start (" + a.plannedStart + ")");
    if (!a.actualStart.empty() && !a.actualEnd.empty() && a.actualEnd < a.actualStart)
        throw Error(ErrorCode::InvalidInput, where + ": the actual end (" + a.actualEnd +
                                                 ") is before the actual start (" + a.actualStart + ")");
}

std::string nextAuditCode(Workspace& ws, int year)
{
    const std::string prefix = "IA-" + std::to_string(year) + "-";
    SQLite::Statement q(ws.db(), "SELECT code FROM audit WHERE code LIKE ? || '%'");
    q.bind(1, prefix);
    int highest = 0;
    while (q.executeStep()) {
        const std::string code = q.getColumn(0).getString();
        const std::string tail = code.substr(prefix.size());
        if (!tail.empty() && tail.find_first_not_of("0123456789") == std::string::npos && tail.size() < 9)
            highest = std::max(highest, std::stoi(tail));
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", highest + 1);
    return prefix + buf;
}

std::int64_t createAudit(Workspace& ws, const Audit& audit)
{
    Audit a = audit;
    a.code = trimmed(a.code);
    a.title = trimmed(a.title);
    a.leadAuditor = trimmed(a.leadAuditor);
    a.status = AuditStatus::Planned;
    a.actualStart.clear();
    a.actualEnd.clear();
    a.clauses = sortedClauses(a.clauses);
    return ws.write("Create audit " + a.title, [&](WriteContext& ctx) {
        auto& db = ws.db();
        if (a.code.empty()) {
            requireDateOrEmpty(a.plannedStart, "audit '" + a.title + "': the planned start");
            a.code = nextAuditCode(ws, a.plannedStart.empty() ? static_cast<int>(ws.clock().today().year())
                                                              : yearOf(a.plannedStart));
        }
        const std::string where = "audit " + a.code;
        validateAudit(a, where);
        auditstore::requireFreeCode(db, a.code);
        if (a.programmeId)
            (void)loadProgramme(ws, *a.programmeId);
        for (const auto& c : a.clauses)
            requireWorkspaceClause(db, c, where);
        a.id = auditstore::writeAuditRow(db, a);
        recordAll(ctx, a);
        return a.id;
    });
}

void setAuditField(Workspace& ws, std::int64_t id, AuditField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit audit " + key, [&](WriteContext& ctx) {
        const Audit before = loadAudit(ws, id);
        auditstore::requireNotClosed(before);
        const std::string old = auditField(ws, before, field);
        Audit after = before;
        applyField(ws, after, field, value);
        const std::string now = auditField(ws, after, field);
        if (now == old)
            return;
        validateAudit(after, "audit " + before.code);
        if ((field == AuditField::ActualStart || field == AuditField::ActualEnd) && now.empty() &&
            before.status != AuditStatus::Planned)
            throw Error(ErrorCode::InvalidInput,
                        "audit " + before.code + ": the " +
                            (field == AuditField::ActualStart ? "actual start" : "actual end") +
                            " cannot be cleared once it is recorded by the audit's progress");
        (void)auditstore::writeAuditRow(ws.db(), after);
        ctx.record(kAuditEntity, std::to_string(id), key, old, now);
    });
}

void setAuditClauses(Workspace& ws, std::int64_t id, const std::vector<ClauseLink>& clauses)
{
    ws.write("Edit audit clauses", [&](WriteContext& ctx) {
        Audit a = loadAudit(ws, id);
        const auto after = sortedClauses(clauses);
        if (after == a.clauses)
            return;
        auditstore::requireChecklistEditable(a);
        for (const auto& c : after)
            requireWorkspaceClause(ws.db(), c, "audit " + a.code);
        const auto old = a.clauses;
        writeClauseLinks(ws.db(), "audit_clause", "audit_id", id, after);
        ctx.record(kAuditEntity, std::to_string(id), "clauses", clauseListText(old), clauseListText(after));
    });
}

AuditSnapshot snapshotAudit(Workspace& ws, std::int64_t id)
{
    AuditSnapshot s;
    s.audit = loadAudit(ws, id);
    s.programmeName = auditstore::programmeName(ws.db(), s.audit.programmeId);
    s.checklist = auditstore::readChecklist(ws.db(), id);
    s.transitions = auditstore::readTransitions(ws.db(), id);
    return s;
}

AuditSnapshot deleteAudit(Workspace& ws, std::int64_t id)
{
    return ws.write("Delete audit", [&](WriteContext& ctx) {
        AuditSnapshot s = snapshotAudit(ws, id);
        SQLite::Statement f(ws.db(), "SELECT code FROM finding WHERE audit_id = ? ORDER BY code");
        f.bind(1, id);
        std::string codes;
        while (f.executeStep())
            codes += (codes.empty() ? "" : ", ") + f.getColumn(0).getString();
        if (!codes.empty())
            throw Error(ErrorCode::InvalidInput, "audit " + s.audit.code +
                                                     " cannot be deleted: findings were raised "
                                                     "in it (" +
                                                     codes + ")");
        SQLite::Statement del(ws.db(), "DELETE FROM audit WHERE id = ?");
        del.bind(1, id);
        del.exec();
        ctx.record(kAuditEntity, std::to_string(id), "removed", s.audit.code, std::nullopt);
        return s;
    });
}

std::int64_t writeAuditSnapshot(WriteContext& ctx, const AuditSnapshot& snapshot, bool keepIds)
{
    auto& ws = ctx.workspace();
    auto& db = ws.db();
    Audit a = snapshot.audit;
    a.clauses = sortedClauses(a.clauses);
    const std::string where = "audit " + a.code;
    validateAudit(a, where);
    if (!keepIds) {
        a.id = 0;
        a.programmeId.reset();
        if (!snapshot.programmeName.empty())
            a.programmeId = programmeByName(ws, snapshot.programmeName).id;
    } else if (a.programmeId) {
        (void)loadProgramme(ws, *a.programmeId);
    }
    auditstore::requireFreeCode(db, a.code, a.id);
    for (const auto& c : a.clauses)
        requireWorkspaceClause(db, c, where);
    const bool existed = a.id > 0 && auditstore::readAudit(db, a.id).has_value();
    a.id = auditstore::writeAuditRow(db, a);
    SQLite::Statement delLines(db, "DELETE FROM audit_checklist_line WHERE audit_id = ?");
    delLines.bind(1, a.id);
    delLines.exec();
    SQLite::Statement delTrans(db, "DELETE FROM audit_transition WHERE audit_id = ?");
    delTrans.bind(1, a.id);
    delTrans.exec();
    int position = 0;
    for (ChecklistLine line : snapshot.checklist) {
        if (line.question.empty())
            throw Error(ErrorCode::InvalidInput, where + ": a checklist line needs a question");
        if (line.clause)
            requireWorkspaceClause(db, *line.clause,
                                   where + ": checklist line " + std::to_string(position + 1));
        line.auditId = a.id;
        line.position = ++position;
        if (!keepIds)
            line.id = 0;
        (void)auditstore::insertChecklistLine(db, line);
    }
    for (AuditTransition t : snapshot.transitions) {
        if (!keepIds)
            t.id = 0;
        auditstore::insertTransition(db, a.id, t);
    }
    if (existed) {
        ctx.record(kAuditEntity, std::to_string(a.id), "restored", std::nullopt, a.code);
    } else {
        recordAll(ctx, a);
        if (!snapshot.checklist.empty())
            ctx.record(kAuditEntity, std::to_string(a.id), "checklist", std::nullopt,
                       std::to_string(snapshot.checklist.size()) + " line(s)");
    }
    return a.id;
}

void restoreAudit(Workspace& ws, const AuditSnapshot& snapshot, const std::string& action)
{
    ws.write(action, [&](WriteContext& ctx) { (void)writeAuditSnapshot(ctx, snapshot, true); });
}

} // namespace cw
