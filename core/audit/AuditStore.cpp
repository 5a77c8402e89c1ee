#include "audit/AuditStore.h"

#include "audit/ClauseRefs.h"
#include "common/Error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw::auditstore {

namespace {

constexpr const char* kColumns =
    "a.id, a.code, a.programme_id, a.title, a.scope, a.criteria, a.lead_auditor, "
    "a.auditors, a.auditees, a.process_owners, a.planned_start, a.planned_end, "
    "a.actual_start, a.actual_end, a.status, a.summary";

std::string textOrEmpty(const SQLite::Column& c)
{
    return c.isNull() ? std::string() : c.getString();
}

void bindTextOrNull(SQLite::Statement& q, int index, const std::string& value)
{
    if (value.empty())
        q.bind(index);
    else
        q.bind(index, value);
}

} // namespace

std::vector<Audit> readAudits(SQLite::Database& db, const std::string& where,
                              std::optional<std::int64_t> param)
{
    SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM audit a " + where +
                                " ORDER BY a.planned_start IS NULL, a.planned_start, a.code");
    if (param)
        q.bind(1, *param);
    std::vector<Audit> out;
    while (q.executeStep()) {
        Audit a;
        a.id = q.getColumn(0).getInt64();
        a.code = q.getColumn(1).getString();
        if (!q.getColumn(2).isNull())
            a.programmeId = q.getColumn(2).getInt64();
        a.title = q.getColumn(3).getString();
        a.scope = q.getColumn(4).getString();
        a.criteria = q.getColumn(5).getString();
        a.leadAuditor = q.getColumn(6).getString();
        a.auditors = splitNames(q.getColumn(7).getString());
        a.auditees = splitNames(q.getColumn(8).getString());
        a.processOwners = splitNames(q.getColumn(9).getString());
        a.plannedStart = textOrEmpty(q.getColumn(10));
        a.plannedEnd = textOrEmpty(q.getColumn(11));
        a.actualStart = textOrEmpty(q.getColumn(12));
        a.actualEnd = textOrEmpty(q.getColumn(13));
        a.status = auditStatusFromString(q.getColumn(14).getString()).value_or(AuditStatus::Planned);
        a.summary = q.getColumn(15).getString();
        out.push_back(std::move(a));
    }
    for (auto& a : out)
        a.clauses = readClauseLinks(db, "audit_clause", "audit_id", a.id);
    return out;
}

std::optional<Audit> readAudit(SQLite::Database& db, std::int64_t id)
{
    auto found = readAudits(db, "WHERE a.id = ?", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

Audit requireAudit(SQLite::Database& db, std::int64_t id)
{
    if (auto a = readAudit(db, id))
        return std::move(*a);
    throw Error(ErrorCode::NotFound, "the workspace holds no audit with id " + std::to_string(id));
}

std::vector<ChecklistLine> readChecklist(SQLite::Database& db, std::int64_t auditId)
{
    SQLite::Statement q(db, "SELECT id, position, catalog_id, ref, question, result, notes, evidence "
                            "FROM audit_checklist_line WHERE audit_id = ? ORDER BY position, id");
    q.bind(1, auditId);
    std::vector<ChecklistLine> out;
    while (q.executeStep()) {
        ChecklistLine l;
        l.id = q.getColumn(0).getInt64();
        l.auditId = auditId;
        l.position = q.getColumn(1).getInt();
        if (!q.getColumn(2).isNull())
            l.clause = ClauseLink{q.getColumn(2).getString(), q.getColumn(3).getString()};
        l.question = q.getColumn(4).getString();
        l.result =
            q.getColumn(5).isNull()
                ? ChecklistResult::Pending
                : checklistResultFromString(q.getColumn(5).getString()).value_or(ChecklistResult::Pending);
        l.notes = q.getColumn(6).getString();
        l.evidence = q.getColumn(7).getString();
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<AuditTransition> readTransitions(SQLite::Database& db, std::int64_t auditId)
{
    SQLite::Statement q(db, "SELECT id, from_status, to_status, at_utc, actor, comment FROM audit_transition "
                            "WHERE audit_id = ? ORDER BY id");
    q.bind(1, auditId);
    std::vector<AuditTransition> out;
    while (q.executeStep()) {
        AuditTransition t;
        t.id = q.getColumn(0).getInt64();
        t.from = auditStatusFromString(q.getColumn(1).getString()).value_or(AuditStatus::Planned);
        t.to = auditStatusFromString(q.getColumn(2).getString()).value_or(AuditStatus::Planned);
        t.atUtc = q.getColumn(3).getString();
        t.actor = q.getColumn(4).getString();
        t.comment = q.getColumn(5).getString();
        out.push_back(std::move(t));
    }
    return out;
}

std::string programmeName(SQLite::Database& db, std::optional<std::int64_t> programmeId)
{
    if (!programmeId)
        return {};
    SQLite::Statement q(db, "SELECT name FROM audit_programme WHERE id = ?");
    q.bind(1, *programmeId);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::int64_t writeAuditRow(SQLite::Database& db, const Audit& a)
{
    bool exists = false;
    if (a.id > 0) {
        SQLite::Statement probe(db, "SELECT 1 FROM audit WHERE id = ?");
        probe.bind(1, a.id);
        exists = probe.executeStep();
    }
    // An UPDATE keeps the checklist and transitions (a REPLACE would cascade-delete them).
    SQLite::Statement q(
        db, exists ? "UPDATE audit SET code = ?2, programme_id = ?3, title = ?4, scope = ?5, "
                     "criteria = ?6, lead_auditor = ?7, auditors = ?8, auditees = ?9, "
                     "process_owners = ?10, planned_start = ?11, planned_end = ?12, "
                     "actual_start = ?13, actual_end = ?14, status = ?15, summary = ?16 "
                     "WHERE id = ?1"
                   : "INSERT INTO audit(id, code, programme_id, title, scope, criteria, "
                     "lead_auditor, auditors, auditees, process_owners, planned_start, planned_end, "
                     "actual_start, actual_end, status, summary) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (a.id > 0)
        q.bind(1, a.id);
    else
        q.bind(1);
    q.bind(2, a.code);
    if (a.programmeId)
        q.bind(3, *a.programmeId);
    else
        q.bind(3);
    q.bind(4, a.title);
    q.bind(5, a.scope);
    q.bind(6, a.criteria);
    q.bind(7, a.leadAuditor);
    q.bind(8, joinNames(a.auditors));
    q.bind(9, joinNames(a.auditees));
    q.bind(10, joinNames(a.processOwners));
    bindTextOrNull(q, 11, a.plannedStart);
    bindTextOrNull(q, 12, a.plannedEnd);
    bindTextOrNull(q, 13, a.actualStart);
    bindTextOrNull(q, 14, a.actualEnd);
    q.bind(15, std::string(toString(a.status)));
    q.bind(16, a.summary);
    q.exec();
    const std::int64_t id = a.id > 0 ? a.id : db.getLastInsertRowid();
    writeClauseLinks(db, "audit_clause", "audit_id", id, a.clauses);
    return id;
}

std::int64_t insertChecklistLine(SQLite::Database& db, const ChecklistLine& l)
{
    SQLite::Statement q(db,
                        "INSERT INTO audit_checklist_line(id, audit_id, position, catalog_id, ref, question, "
                        "result, notes, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (l.id > 0)
        q.bind(1, l.id);
    else
        q.bind(1);
    q.bind(2, l.auditId);
    q.bind(3, l.position);
    if (l.clause) {
        q.bind(4, l.clause->catalogId);
        q.bind(5, l.clause->ref);
    } else {
        q.bind(4);
        q.bind(5);
    }
    q.bind(6, l.question);
    if (l.result == ChecklistResult::Pending)
        q.bind(7);
    else
        q.bind(7, std::string(toString(l.result)));
    q.bind(8, l.notes);
    q.bind(9, l.evidence);
    q.exec();
    return db.getLastInsertRowid();
}

void insertTransition(SQLite::Database& db, std::int64_t auditId, const AuditTransition& t)
{
    SQLite::Statement q(db,
                        "INSERT INTO audit_transition(id, audit_id, from_status, to_status, at_utc, actor, "
                        "comment) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (t.id > 0)
        q.bind(1, t.id);
    else
        q.bind(1);
    q.bind(2, auditId);
    q.bind(3, std::string(toString(t.from)));
    q.bind(4, std::string(toString(t.to)));
    q.bind(5, t.atUtc);
    q.bind(6, t.actor);
    q.bind(7, t.comment);
    q.exec();
}

void requireFreeCode(SQLite::Database& db, const std::string& code, std::int64_t except)
{
    SQLite::Statement q(db, "SELECT 1 FROM audit WHERE code = ? AND id <> ?");
    q.bind(1, code);
    q.bind(2, except);
    if (q.executeStep())
        throw Error(ErrorCode::InvalidInput, "audit " + code + ": another audit has this code");
}

void requireChecklistEditable(const Audit& a)
{
    if (a.status == AuditStatus::Reported || a.status == AuditStatus::Closed)
        throw Error(ErrorCode::InvalidInput,
                    "audit " + a.code + " is " + std::string(toString(a.status)) +
                        "; its checklist can no longer be changed" +
                        (a.status == AuditStatus::Reported ? " (reopen it first)" : ""));
}

void requireNotClosed(const Audit& a)
{
    if (a.status == AuditStatus::Closed)
        throw Error(ErrorCode::InvalidInput, "audit " + a.code + " is closed; it can no longer be changed");
}

} // namespace cw::auditstore
