#include "findings/FindingStore.h"

#include "audit/ClauseRefs.h"
#include "common/Error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw::findingstore {

namespace {

constexpr const char* kColumns =
    "f.id, f.code, f.type, f.source, f.audit_id, f.source_reference, f.title, "
    "f.requirement, f.statement, f.evidence, f.raised_by, f.raised_on, f.auditee, "
    "f.state, f.correction, f.rca_method, f.rca_category, f.root_cause";

void bindTextOrNull(SQLite::Statement& q, int index, const std::string& value)
{
    if (value.empty())
        q.bind(index);
    else
        q.bind(index, value);
}

std::string textOrEmpty(const SQLite::Column& c)
{
    return c.isNull() ? std::string() : c.getString();
}

bool exists(SQLite::Database& db, const char* table, std::int64_t id)
{
    if (id <= 0)
        return false;
    SQLite::Statement q(db, std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    q.bind(1, id);
    return q.executeStep();
}

} // namespace

std::vector<Finding> readFindings(SQLite::Database& db, const std::string& where,
                                  std::optional<std::int64_t> param)
{
    SQLite::Statement q(db,
                        std::string("SELECT ") + kColumns + " FROM finding f " + where + " ORDER BY f.code");
    if (param)
        q.bind(1, *param);
    std::vector<Finding> out;
    while (q.executeStep()) {
        Finding f;
        f.id = q.getColumn(0).getInt64();
        f.code = q.getColumn(1).getString();
        f.type = findingTypeFromString(q.getColumn(2).getString()).value_or(FindingType::Minor);
        f.source = findingSourceFromString(q.getColumn(3).getString()).value_or(FindingSource::Other);
        if (!q.getColumn(4).isNull())
            f.auditId = q.getColumn(4).getInt64();
        f.sourceReference = q.getColumn(5).getString();
        f.title = q.getColumn(6).getString();
        f.requirement = q.getColumn(7).getString();
        f.statement = q.getColumn(8).getString();
        f.evidence = q.getColumn(9).getString();
        f.raisedBy = q.getColumn(10).getString();
        f.raisedOn = q.getColumn(11).getString();
        f.auditee = q.getColumn(12).getString();
        f.state = findingStateFromString(q.getColumn(13).getString()).value_or(FindingState::Open);
        f.correction = q.getColumn(14).getString();
        f.rcaMethod = rcaMethodFromString(q.getColumn(15).getString()).value_or(RcaMethod::None);
        f.rcaCategory = q.getColumn(16).getString();
        f.rootCause = q.getColumn(17).getString();
        out.push_back(std::move(f));
    }
    if (where.empty()) {
        auto links = readAllClauseLinks(db, "finding_clause", "finding_id");
        for (auto& f : out)
            if (auto it = links.find(f.id); it != links.end())
                f.clauses = std::move(it->second);
    } else {
        for (auto& f : out)
            f.clauses = readClauseLinks(db, "finding_clause", "finding_id", f.id);
    }
    return out;
}

std::optional<Finding> readFinding(SQLite::Database& db, std::int64_t id)
{
    auto found = readFindings(db, "WHERE f.id = ?", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

Finding requireFinding(SQLite::Database& db, std::int64_t id)
{
    if (auto f = readFinding(db, id))
        return std::move(*f);
    throw Error(ErrorCode::NotFound, "the workspace holds no finding with id " + std::to_string(id));
}

namespace {

constexpr const char* kActionColumns =
    "SELECT finding_id, id, round, description, owner, due_date, status, implemented_on, notes "
    "FROM corrective_action ";

CorrectiveAction actionFrom(SQLite::Statement& q)
{
    CorrectiveAction a;
    a.findingId = q.getColumn(0).getInt64();
    a.id = q.getColumn(1).getInt64();
    a.round = q.getColumn(2).getInt();
    a.description = q.getColumn(3).getString();
    a.owner = q.getColumn(4).getString();
    a.dueDate = textOrEmpty(q.getColumn(5));
    a.state = actionStateFromString(q.getColumn(6).getString()).value_or(ActionState::Planned);
    a.implementedOn = textOrEmpty(q.getColumn(7));
    a.notes = q.getColumn(8).getString();
    return a;
}

constexpr const char* kVerificationColumns =
    "SELECT finding_id, id, verified_by, verified_on, effective, notes FROM finding_verification ";

Verification verificationFrom(SQLite::Statement& q)
{
    Verification v;
    v.id = q.getColumn(1).getInt64();
    v.verifiedBy = q.getColumn(2).getString();
    v.verifiedOn = q.getColumn(3).getString();
    v.effective = q.getColumn(4).getInt() != 0;
    v.notes = q.getColumn(5).getString();
    return v;
}

} // namespace

std::vector<CorrectiveAction> readActions(SQLite::Database& db, std::int64_t findingId)
{
    SQLite::Statement q(db, std::string(kActionColumns) + "WHERE finding_id = ? ORDER BY round, id");
    q.bind(1, findingId);
    std::vector<CorrectiveAction> out;
    while (q.executeStep())
        out.push_back(actionFrom(q));
    return out;
}

std::unordered_map<std::int64_t, std::vector<CorrectiveAction>> readAllActions(SQLite::Database& db)
{
    SQLite::Statement q(db, std::string(kActionColumns) + "ORDER BY finding_id, round, id");
    std::unordered_map<std::int64_t, std::vector<CorrectiveAction>> out;
    while (q.executeStep()) {
        auto a = actionFrom(q);
        out[a.findingId].push_back(std::move(a));
    }
    return out;
}

std::vector<Verification> readVerifications(SQLite::Database& db, std::int64_t findingId)
{
    SQLite::Statement q(db, std::string(kVerificationColumns) + "WHERE finding_id = ? ORDER BY id");
    q.bind(1, findingId);
    std::vector<Verification> out;
    while (q.executeStep())
        out.push_back(verificationFrom(q));
    return out;
}

std::unordered_map<std::int64_t, std::vector<Verification>> readAllVerifications(SQLite::Database& db)
{
    SQLite::Statement q(db, std::string(kVerificationColumns) + "ORDER BY finding_id, id");
    std::unordered_map<std::int64_t, std::vector<Verification>> out;
    while (q.executeStep())
        out[q.getColumn(0).getInt64()].push_back(verificationFrom(q));
    return out;
}

std::unordered_map<std::int64_t, std::string> auditCodes(SQLite::Database& db)
{
    SQLite::Statement q(db, "SELECT id, code FROM audit");
    std::unordered_map<std::int64_t, std::string> out;
    while (q.executeStep())
        out.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    return out;
}

std::vector<FindingTransition> readTransitions(SQLite::Database& db, std::int64_t findingId)
{
    SQLite::Statement q(db, "SELECT id, from_state, to_state, at_utc, actor, comment FROM finding_transition "
                            "WHERE finding_id = ? ORDER BY id");
    q.bind(1, findingId);
    std::vector<FindingTransition> out;
    while (q.executeStep()) {
        FindingTransition t;
        t.id = q.getColumn(0).getInt64();
        t.from = findingStateFromString(q.getColumn(1).getString()).value_or(FindingState::Open);
        t.to = findingStateFromString(q.getColumn(2).getString()).value_or(FindingState::Open);
        t.atUtc = q.getColumn(3).getString();
        t.actor = q.getColumn(4).getString();
        t.comment = q.getColumn(5).getString();
        out.push_back(std::move(t));
    }
    return out;
}

std::string auditCode(SQLite::Database& db, std::optional<std::int64_t> auditId)
{
    if (!auditId)
        return {};
    SQLite::Statement q(db, "SELECT code FROM audit WHERE id = ?");
    q.bind(1, *auditId);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

FindingSnapshot readSnapshot(SQLite::Database& db, std::int64_t id)
{
    FindingSnapshot s;
    s.finding = requireFinding(db, id);
    s.auditCode = auditCode(db, s.finding.auditId);
    s.actions = readActions(db, id);
    s.verifications = readVerifications(db, id);
    s.transitions = readTransitions(db, id);
    return s;
}

std::int64_t writeFindingRow(SQLite::Database& db, const Finding& f)
{
    const bool update = exists(db, "finding", f.id);
    SQLite::Statement q(
        db, update ? "UPDATE finding SET code = ?2, type = ?3, source = ?4, audit_id = ?5, "
                     "source_reference = ?6, title = ?7, requirement = ?8, statement = ?9, "
                     "evidence = ?10, raised_by = ?11, raised_on = ?12, auditee = ?13, state = ?14, "
                     "correction = ?15, rca_method = ?16, rca_category = ?17, root_cause = ?18 "
                     "WHERE id = ?1"
                   : "INSERT INTO finding(id, code, type, source, audit_id, source_reference, title, "
                     "requirement, statement, evidence, raised_by, raised_on, auditee, state, "
                     "correction, rca_method, rca_category, root_cause) VALUES (?1, ?2, ?3, ?4, ?5, "
                     "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    if (f.id > 0)
        q.bind(1, f.id);
    else
        q.bind(1);
    q.bind(2, f.code);
    q.bind(3, std::string(toString(f.type)));
    q.bind(4, std::string(toString(f.source)));
    if (f.auditId)
        q.bind(5, *f.auditId);
    else
        q.bind(5);
    q.bind(6, f.sourceReference);
    q.bind(7, f.title);
    q.bind(8, f.requirement);
    q.bind(9, f.statement);
    q.bind(10, f.evidence);
    q.bind(11, f.raisedBy);
    q.bind(12, f.raisedOn);
    q.bind(13, f.auditee);
    q.bind(14, std::string(toString(f.state)));
    q.bind(15, f.correction);
    q.bind(16, std::string(toString(f.rcaMethod)));
    q.bind(17, f.rcaCategory);
    q.bind(18, f.rootCause);
    q.exec();
    const std::int64_t id = f.id > 0 ? f.id : db.getLastInsertRowid();
    writeClauseLinks(db, "finding_clause", "finding_id", id, f.clauses);
    return id;
}

std::int64_t writeAction(SQLite::Database& db, const CorrectiveAction& a)
{
    const bool update = exists(db, "corrective_action", a.id);
    SQLite::Statement q(
        db, update ? "UPDATE corrective_action SET finding_id = ?2, round = ?3, description = ?4, "
                     "owner = ?5, due_date = ?6, status = ?7, implemented_on = ?8, notes = ?9 "
                     "WHERE id = ?1"
                   : "INSERT INTO corrective_action(id, finding_id, round, description, owner, "
                     "due_date, status, implemented_on, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                     "?8, ?9)");
    if (a.id > 0)
        q.bind(1, a.id);
    else
        q.bind(1);
    q.bind(2, a.findingId);
    q.bind(3, a.round);
    q.bind(4, a.description);
    q.bind(5, a.owner);
    bindTextOrNull(q, 6, a.dueDate);
    q.bind(7, std::string(toString(a.state)));
    bindTextOrNull(q, 8, a.implementedOn);
    q.bind(9, a.notes);
    q.exec();
    return a.id > 0 ? a.id : db.getLastInsertRowid();
}

std::int64_t insertVerification(SQLite::Database& db, std::int64_t findingId, const Verification& v)
{
    SQLite::Statement q(
        db, "INSERT INTO finding_verification(id, finding_id, verified_by, verified_on, effective, "
            "notes) VALUES (?, ?, ?, ?, ?, ?)");
    if (v.id > 0)
        q.bind(1, v.id);
    else
        q.bind(1);
    q.bind(2, findingId);
    q.bind(3, v.verifiedBy);
    q.bind(4, v.verifiedOn);
    q.bind(5, v.effective ? 1 : 0);
    q.bind(6, v.notes);
    q.exec();
    return db.getLastInsertRowid();
}

std::int64_t insertTransition(SQLite::Database& db, std::int64_t findingId, const FindingTransition& t)
{
    SQLite::Statement q(db,
                        "INSERT INTO finding_transition(id, finding_id, from_state, to_state, at_utc, actor, "
                        "comment) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (t.id > 0)
        q.bind(1, t.id);
    else
        q.bind(1);
    q.bind(2, findingId);
    q.bind(3, std::string(toString(t.from)));
    q.bind(4, std::string(toString(t.to)));
    q.bind(5, t.atUtc);
    q.bind(6, t.actor);
    q.bind(7, t.comment);
    q.exec();
    return db.getLastInsertRowid();
}

void requireFreeCode(SQLite::Database& db, const std::string& code, std::int64_t except)
{
    SQLite::Statement q(db, "SELECT 1 FROM finding WHERE code = ? AND id <> ?");
    q.bind(1, code);
    q.bind(2, except);
    if (q.executeStep())
        throw Error(ErrorCode::InvalidInput, "finding " + code + ": another finding has this code");
}

void requireNotClosed(const Finding& f)
{
    if (f.state == FindingState::Closed)
        throw Error(ErrorCode::InvalidInput, "finding " + f.code + " is closed; it can no longer be changed");
}

} // namespace cw::findingstore
