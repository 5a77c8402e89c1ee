#include "findings/Finding.h"

#include "audit/AuditTypes.h"
#include "audit/ClauseRefs.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Utf8.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingStore.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace cw {

namespace {

constexpr std::array<std::pair<FindingField, std::string_view>, 15> kFields{{
    {FindingField::Type, "type"},
    {FindingField::Source, "source"},
    {FindingField::Audit, "audit"},
    {FindingField::SourceReference, "source_reference"},
    {FindingField::Title, "title"},
    {FindingField::Requirement, "requirement"},
    {FindingField::Statement, "statement"},
    {FindingField::Evidence, "evidence"},
    {FindingField::RaisedBy, "raised_by"},
    {FindingField::RaisedOn, "raised_on"},
    {FindingField::Auditee, "auditee"},
    {FindingField::Correction, "correction"},
    {FindingField::RcaMethod, "rca_method"},
    {FindingField::RcaCategory, "rca_category"},
    {FindingField::RootCause, "root_cause"},
}};

std::optional<std::int64_t> auditIdForCode(Workspace& ws, const std::string& code, const std::string& where)
{
    if (code.empty())
        return std::nullopt;
    SQLite::Statement q(ws.db(), "SELECT id FROM audit WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep())
        throw Error(ErrorCode::InvalidInput, where + ": the workspace holds no audit " + code);
    return q.getColumn(0).getInt64();
}

[[noreturn]] void badChoice(const std::string& what, const std::string& value, const std::string& choices)
{
    throw Error(ErrorCode::InvalidInput, what + ": choose " + choices + ", not '" + value + "'");
}

/// Applies a text value to a copy of the finding, with the rules that tie fields together.
void applyField(Workspace& ws, Finding& f, FindingField field, const std::string& value)
{
    const std::string where = "finding " + f.code;
    switch (field) {
    case FindingField::Type: {
        const auto t = findingTypeFromString(trimmed(value));
        if (!t)
            badChoice(where + ": type", value, "major, minor, observation, improvement or positive");
        if (isNonconformity(*t) != isNonconformity(f.type) && f.state != FindingState::Open)
            throw Error(ErrorCode::InvalidInput, where + ": a " + typeWords(f.type) + " that is " +
                                                     stateWords(f.state) + " cannot become a " +
                                                     typeWords(*t));
        f.type = *t;
        break;
    }
    case FindingField::Source: {
        const auto s = findingSourceFromString(trimmed(value));
        if (!s)
            badChoice(where + ": source", value,
                      "internal_audit, external_audit, complaint, incident_review or other");
        if (*s == FindingSource::InternalAudit && !f.auditId)
            throw Error(
                ErrorCode::InvalidInput,
                where +
                    ": choose the audit the finding was raised in; that makes it an internal audit finding");
        if (*s != FindingSource::InternalAudit)
            f.auditId.reset();
        f.source = *s;
        break;
    }
    case FindingField::Audit:
        f.auditId = auditIdForCode(ws, trimmed(value), where);
        if (f.auditId)
            f.source = FindingSource::InternalAudit;
        else if (f.source == FindingSource::InternalAudit)
            f.source = FindingSource::Other;
        break;
    case FindingField::SourceReference:
        f.sourceReference = trimmed(value);
        break;
    case FindingField::Title:
        f.title = trimmed(value);
        break;
    case FindingField::Requirement:
        f.requirement = value;
        break;
    case FindingField::Statement:
        f.statement = value;
        break;
    case FindingField::Evidence:
        f.evidence = value;
        break;
    case FindingField::RaisedBy:
        f.raisedBy = trimmed(value);
        break;
    case FindingField::RaisedOn:
        f.raisedOn = trimmed(value);
        break;
    case FindingField::Auditee:
        f.auditee = trimmed(value);
        break;
    case FindingField::Correction:
        f.correction = value;
        break;
    case FindingField::RcaMethod: {
        const auto m = rcaMethodFromString(trimmed(value));
        if (!m)
            badChoice(where + ": root-cause method", value, "five_whys, fishbone, free_text or nothing");
        f.rcaMethod = *m;
        if (*m != RcaMethod::Fishbone)
            f.rcaCategory.clear();
        break;
    }
    case FindingField::RcaCategory:
        f.rcaCategory = trimmed(value);
        break;
    case FindingField::RootCause:
        f.rootCause = value;
        break;
    }
}

void recordAll(WriteContext& ctx, const Finding& f)
{
    auto& ws = ctx.workspace();
    const std::string eid = std::to_string(f.id);
    ctx.record(kFindingEntity, eid, "code", std::nullopt, f.code);
    for (const auto& [field, key] : kFields) {
        const auto v = findingField(ws, f, field);
        if (!v.empty())
            ctx.record(kFindingEntity, eid, key, std::nullopt, v);
    }
    ctx.record(kFindingEntity, eid, "state", std::nullopt, std::string(toString(f.state)));
    if (!f.clauses.empty())
        ctx.record(kFindingEntity, eid, "clauses", std::nullopt, clauseListText(f.clauses));
}

/// Corrections and root causes belong to nonconformities.
bool nonconformityField(FindingField f)
{
    return f == FindingField::Correction || f == FindingField::RcaMethod || f == FindingField::RcaCategory ||
           f == FindingField::RootCause;
}

} // namespace

std::string_view fieldKey(FindingField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::optional<FindingField> findingFieldFromKey(std::string_view key)
{
    for (const auto& [field, k] : kFields)
        if (k == key)
            return field;
    return std::nullopt;
}

std::string findingField(Workspace& ws, const Finding& f, FindingField field)
{
    switch (field) {
    case FindingField::Type:
        return std::string(toString(f.type));
    case FindingField::Source:
        return std::string(toString(f.source));
    case FindingField::Audit:
        return findingstore::auditCode(ws.db(), f.auditId);
    case FindingField::SourceReference:
        return f.sourceReference;
    case FindingField::Title:
        return f.title;
    case FindingField::Requirement:
        return f.requirement;
    case FindingField::Statement:
        return f.statement;
    case FindingField::Evidence:
        return f.evidence;
    case FindingField::RaisedBy:
        return f.raisedBy;
    case FindingField::RaisedOn:
        return f.raisedOn;
    case FindingField::Auditee:
        return f.auditee;
    case FindingField::Correction:
        return f.correction;
    case FindingField::RcaMethod:
        return std::string(toString(f.rcaMethod));
    case FindingField::RcaCategory:
        return f.rcaCategory;
    case FindingField::RootCause:
        return f.rootCause;
    }
    return {};
}

Finding loadFinding(Workspace& ws, std::int64_t id)
{
    return findingstore::requireFinding(ws.db(), id);
}

Finding findingByCode(Workspace& ws, const std::string& code)
{
    SQLite::Statement q(ws.db(), "SELECT id FROM finding WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep())
        throw Error(ErrorCode::NotFound, "the workspace holds no finding " + code);
    return loadFinding(ws, q.getColumn(0).getInt64());
}

FindingSnapshot snapshotFinding(Workspace& ws, std::int64_t id)
{
    return findingstore::readSnapshot(ws.db(), id);
}

std::string nextFindingCode(Workspace& ws, FindingType type, int year)
{
    const std::string prefix = std::string(codePrefix(type)) + "-" + std::to_string(year) + "-";
    SQLite::Statement q(ws.db(), "SELECT code FROM finding WHERE code LIKE ? || '%'");
    q.bind(1, prefix);
    int highest = 0;
    while (q.executeStep()) {
        const std::string tail = q.getColumn(0).getString().substr(prefix.size());
        if (!tail.empty() && tail.size() < 9 && tail.find_first_not_of("0123456789") == std::string::npos)
            highest = std::max(highest, std::stoi(tail));
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%03d", highest + 1);
    return prefix + buf;
}

void validateFinding(const Finding& f, const std::string& where)
{
    if (f.code.empty() || f.code.size() > 64 || f.code.find_first_of(" \t\r\n") != std::string::npos)
        throw Error(ErrorCode::InvalidInput, where + ": the code must have 1 to 64 characters and no spaces");
    if (const auto problem = utf8::lineTextProblem(f.code))
        throw Error(ErrorCode::InvalidInput, where + ": the code cannot be used: " + *problem);
    if (f.title.empty())
        throw Error(ErrorCode::InvalidInput, where + ": the finding needs a title");
    (void)parseDate(f.raisedOn, where + ": the date raised");
    if ((f.source == FindingSource::InternalAudit) != f.auditId.has_value())
        throw Error(ErrorCode::InvalidInput,
                    f.auditId ? where + ": only an internal audit finding belongs to an audit"
                              : where + ": an internal audit finding names its audit");
    if (isNonconformity(f.type) && f.clauses.empty())
        throw Error(ErrorCode::InvalidInput, where + ": a nonconformity cites at least one clause");
    if (f.rcaMethod == RcaMethod::Fishbone && !f.rcaCategory.empty()) {
        const auto& cats = fishboneCategories();
        if (std::find(cats.begin(), cats.end(), f.rcaCategory) == cats.end())
            throw Error(ErrorCode::InvalidInput,
                        where +
                            ": the fishbone category must be people, process, technology, information, "
                            "suppliers, environment or measurement, not '" +
                            f.rcaCategory + "'");
    }
    if (f.rcaMethod != RcaMethod::Fishbone && !f.rcaCategory.empty())
        throw Error(ErrorCode::InvalidInput, where + ": only a fishbone analysis has a category");
    if (!isNonconformity(f.type) &&
        (!f.correction.empty() || f.rcaMethod != RcaMethod::None || !f.rootCause.empty()))
        throw Error(ErrorCode::InvalidInput,
                    where + ": only a nonconformity has a correction and a root cause");
}

std::int64_t createFinding(Workspace& ws, const Finding& finding)
{
    Finding f = finding;
    f.code = trimmed(f.code);
    f.title = trimmed(f.title);
    f.raisedBy = trimmed(f.raisedBy);
    f.raisedOn = trimmed(f.raisedOn);
    f.state = FindingState::Open;
    f.clauses = sortedClauses(f.clauses);
    if (f.raisedOn.empty())
        f.raisedOn = formatDate(ws.clock().today());
    if (f.raisedBy.empty())
        f.raisedBy = ws.actor();
    return ws.write("Raise finding " + f.title, [&](WriteContext& ctx) {
        if (f.code.empty()) {
            const Date raised = parseDate(f.raisedOn, "finding '" + f.title + "': the date raised");
            f.code = nextFindingCode(ws, f.type, static_cast<int>(raised.year()));
        }
        const std::string where = "finding " + f.code;
        validateFinding(f, where);
        findingstore::requireFreeCode(ws.db(), f.code);
        if (f.auditId && findingstore::auditCode(ws.db(), f.auditId).empty())
            throw Error(ErrorCode::InvalidInput,
                        where + ": the workspace holds no audit with id " + std::to_string(*f.auditId));
        for (const auto& c : f.clauses)
            requireWorkspaceClause(ws.db(), c, where);
        f.id = findingstore::writeFindingRow(ws.db(), f);
        recordAll(ctx, f);
        return f.id;
    });
}

void setFindingField(Workspace& ws, std::int64_t id, FindingField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit finding " + key, [&](WriteContext& ctx) {
        const Finding before = loadFinding(ws, id);
        const std::string old = findingField(ws, before, field);
        Finding after = before;
        applyField(ws, after, field, value);
        const std::string now = findingField(ws, after, field);
        if (now == old && after == before)
            return;
        findingstore::requireNotClosed(before);
        const std::string where = "finding " + before.code;
        if (nonconformityField(field) && !isNonconformity(before.type))
            throw Error(ErrorCode::InvalidInput,
                        where + ": only a nonconformity has a correction and a root cause");
        if (nonconformityField(field) && before.state != FindingState::Open &&
            field != FindingField::Correction &&
            (trimmed(now).empty() ||
             (field == FindingField::RcaMethod && after.rcaMethod == RcaMethod::None)))
            throw Error(ErrorCode::InvalidInput,
                        where + ": the root cause cannot be removed once the finding is " +
                            stateWords(before.state));
        if (field == FindingField::Correction && before.state != FindingState::Open && trimmed(now).empty())
            throw Error(ErrorCode::InvalidInput,
                        where + ": the correction cannot be removed once the finding is " +
                            stateWords(before.state));
        validateFinding(after, where);
        FindingSnapshot s = snapshotFinding(ws, id);
        s.finding = after;
        if (const auto problem = stateProblem(s))
            throw Error(ErrorCode::InvalidInput, *problem);
        (void)findingstore::writeFindingRow(ws.db(), after);
        const std::string eid = std::to_string(id);
        // Fields tied to this one (source and audit, method and category) are recorded as well.
        for (const auto& [f, k] : kFields) {
            const auto o = findingField(ws, before, f);
            const auto n = findingField(ws, after, f);
            if (o != n)
                ctx.record(kFindingEntity, eid, k, o, n);
        }
    });
}

void setFindingClauses(Workspace& ws, std::int64_t id, const std::vector<ClauseLink>& clauses)
{
    ws.write("Edit finding clauses", [&](WriteContext& ctx) {
        const Finding f = loadFinding(ws, id);
        const auto after = sortedClauses(clauses);
        if (after == f.clauses)
            return;
        findingstore::requireNotClosed(f);
        const std::string where = "finding " + f.code;
        if (isNonconformity(f.type) && after.empty())
            throw Error(ErrorCode::InvalidInput, where + ": a nonconformity cites at least one clause");
        for (const auto& c : after)
            requireWorkspaceClause(ws.db(), c, where);
        writeClauseLinks(ws.db(), "finding_clause", "finding_id", id, after);
        ctx.record(kFindingEntity, std::to_string(id), "clauses", clauseListText(f.clauses),
                   clauseListText(after));
    });
}

FindingSnapshot deleteFinding(Workspace& ws, std::int64_t id)
{
    return ws.write("Delete finding", [&](WriteContext& ctx) {
        FindingSnapshot s = snapshotFinding(ws, id);
        SQLite::Statement del(ws.db(), "DELETE FROM finding WHERE id = ?");
        del.bind(1, id);
        del.exec();
        ctx.record(kFindingEntity, std::to_string(id), "removed", s.finding.code, std::nullopt);
        return s;
    });
}

std::int64_t writeFindingSnapshot(WriteContext& ctx, const FindingSnapshot& snapshot, bool keepIds)
{
    auto& ws = ctx.workspace();
    auto& db = ws.db();
    FindingSnapshot s = snapshot;
    Finding& f = s.finding;
    f.clauses = sortedClauses(f.clauses);
    const std::string where = "finding " + f.code;
    if (!keepIds) {
        f.id = 0;
        f.auditId = auditIdForCode(ws, s.auditCode, where);
    }
    validateFinding(f, where);
    if (const auto problem = stateProblem(s))
        throw Error(ErrorCode::InvalidInput, *problem);
    findingstore::requireFreeCode(db, f.code, f.id);
    for (const auto& c : f.clauses)
        requireWorkspaceClause(db, c, where);
    const bool existed = f.id > 0 && findingstore::readFinding(db, f.id).has_value();
    f.id = findingstore::writeFindingRow(db, f);
    for (const char* table : {"corrective_action", "finding_verification", "finding_transition"}) {
        SQLite::Statement del(db, std::string("DELETE FROM ") + table + " WHERE finding_id = ?");
        del.bind(1, f.id);
        del.exec();
    }
    for (CorrectiveAction a : s.actions) {
        a.findingId = f.id;
        if (!keepIds)
            a.id = 0;
        (void)findingstore::writeAction(db, a);
    }
    for (Verification v : s.verifications) {
        if (!keepIds)
            v.id = 0;
        (void)findingstore::insertVerification(db, f.id, v);
    }
    for (FindingTransition t : s.transitions) {
        if (!keepIds)
            t.id = 0;
        (void)findingstore::insertTransition(db, f.id, t);
    }
    if (existed)
        ctx.record(kFindingEntity, std::to_string(f.id), "restored", std::nullopt, f.code);
    else
        recordAll(ctx, f);
    return f.id;
}

void restoreFinding(Workspace& ws, const FindingSnapshot& snapshot, const std::string& action)
{
    ws.write(action, [&](WriteContext& ctx) { (void)writeFindingSnapshot(ctx, snapshot, true); });
}

} // namespace cw
