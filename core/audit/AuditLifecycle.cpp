#include "audit/AuditLifecycle.h"

#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <set>

namespace cw {

namespace {

struct StepRule {
    AuditStep step;
    std::string_view key;
    AuditStatus from;
    AuditStatus to;
    std::string_view verb; ///< "cannot <verb>"
};

// The whole transition table of an audit.
constexpr std::array<StepRule, 4> kRules{{
    {AuditStep::Start, "start", AuditStatus::Planned, AuditStatus::InProgress, "be started"},
    {AuditStep::Report, "report", AuditStatus::InProgress, AuditStatus::Reported, "be reported"},
    {AuditStep::Close, "close", AuditStatus::Reported, AuditStatus::Closed, "be closed"},
    {AuditStep::Reopen, "reopen", AuditStatus::Reported, AuditStatus::InProgress, "be reopened"},
}};

const StepRule& ruleOf(AuditStep s)
{
    for (const auto& r : kRules)
        if (r.step == s)
            return r;
    return kRules.front();
}

std::string statusWords(AuditStatus s)
{
    switch (s) {
    case AuditStatus::Planned:
        return "planned";
    case AuditStatus::InProgress:
        return "in progress";
    case AuditStatus::Reported:
        return "reported";
    case AuditStatus::Closed:
        return "closed";
    }
    return {};
}

std::string refsText(const std::vector<std::string>& refs, std::size_t max = 5)
{
    std::string s;
    for (std::size_t i = 0; i < refs.size() && i < max; ++i)
        s += (s.empty() ? "" : ", ") + refs[i];
    if (refs.size() > max)
        s += ", ...";
    return s;
}

/// Clauses of checklist lines marked nonconformity that no major/minor finding of the audit cites.
std::vector<std::string> uncitedNonconformities(SQLite::Database& db, const Audit& a,
                                                const std::vector<ChecklistLine>& lines)
{
    std::set<ClauseLink> cited;
    SQLite::Statement q(
        db, "SELECT fc.catalog_id, fc.ref FROM finding f JOIN finding_clause fc ON fc.finding_id = "
            "f.id WHERE f.audit_id = ? AND f.type IN ('major', 'minor')");
    q.bind(1, a.id);
    while (q.executeStep())
        cited.insert({q.getColumn(0).getString(), q.getColumn(1).getString()});
    SQLite::Statement any(db,
                          "SELECT count(*) FROM finding WHERE audit_id = ? AND type IN ('major', 'minor')");
    any.bind(1, a.id);
    any.executeStep();
    const bool hasNc = any.getColumn(0).getInt() > 0;
    std::vector<std::string> out;
    for (const auto& l : lines) {
        if (l.result != ChecklistResult::Nonconformity)
            continue;
        const bool ok = l.clause ? cited.count(*l.clause) > 0 : hasNc;
        const std::string label = l.clause ? l.clause->ref : "line " + std::to_string(l.position);
        if (!ok && std::find(out.begin(), out.end(), label) == out.end())
            out.push_back(label);
    }
    return out;
}

std::optional<std::string> refusal(Workspace& ws, const Audit& a, AuditStep step)
{
    const StepRule& rule = ruleOf(step);
    const std::string head = "audit " + a.code + " cannot " + std::string(rule.verb) + ": ";
    if (a.status != rule.from) {
        if (a.status == rule.to && step != AuditStep::Reopen)
            return head + "it is " + statusWords(a.status) + " already";
        const std::string which = rule.from == AuditStatus::InProgress
                                      ? "an audit in progress"
                                      : "a " + statusWords(rule.from) + " audit";
        return head + "it is " + statusWords(a.status) + ", and only " + which + " can " +
               std::string(rule.verb);
    }
    auto& db = ws.db();
    const std::string today = formatDate(ws.clock().today());
    switch (step) {
    case AuditStep::Start:
        if (a.leadAuditor.empty())
            return head + "it has no lead auditor";
        if (a.clauses.empty())
            return head + "no audited clauses are chosen";
        break;
    case AuditStep::Report: {
        const auto lines = auditstore::readChecklist(db, a.id);
        if (lines.empty())
            return head + "its checklist is empty";
        std::vector<std::string> pending;
        for (const auto& l : lines)
            if (l.result == ChecklistResult::Pending)
                pending.push_back(l.clause ? l.clause->ref : "line " + std::to_string(l.position));
        if (!pending.empty())
            return head + std::to_string(pending.size()) + " checklist line(s) have no result yet (" +
                   refsText(pending) + ")";
        if (trimmed(a.summary).empty())
            return head + "the report summary is empty";
        const std::string end = a.actualEnd.empty() ? today : a.actualEnd;
        if (!a.actualStart.empty() && end < a.actualStart)
            return head + "the actual end (" + end + ") would be before the actual start (" + a.actualStart +
                   ")";
        break;
    }
    case AuditStep::Close: {
        const auto uncited = uncitedNonconformities(db, a, auditstore::readChecklist(db, a.id));
        if (!uncited.empty())
            return head + "checklist nonconformities at " + refsText(uncited) +
                   " are not cited by a major or minor nonconformity raised in the audit";
        break;
    }
    case AuditStep::Reopen:
        break;
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(AuditStep s)
{
    return ruleOf(s).key;
}

std::optional<AuditStep> auditStepFromString(std::string_view s)
{
    for (const auto& r : kRules)
        if (r.key == s)
            return r.step;
    return std::nullopt;
}

AuditStatus targetStatus(AuditStep s)
{
    return ruleOf(s).to;
}

std::vector<AuditStepOption> auditSteps(Workspace& ws, std::int64_t auditId)
{
    const Audit a = loadAudit(ws, auditId);
    std::vector<AuditStepOption> out;
    for (const auto& r : kRules)
        if (r.from == a.status)
            out.push_back({r.step, r.to, refusal(ws, a, r.step)});
    return out;
}

std::optional<std::string> auditStepRefusal(Workspace& ws, std::int64_t auditId, AuditStep step)
{
    return refusal(ws, loadAudit(ws, auditId), step);
}

void takeAuditStep(Workspace& ws, std::int64_t auditId, AuditStep step, const std::string& comment)
{
    ws.write("Audit " + std::string(toString(step)), [&](WriteContext& ctx) {
        Audit a = loadAudit(ws, auditId);
        if (const auto why = refusal(ws, a, step))
            throw Error(ErrorCode::InvalidInput, *why);
        const std::string eid = std::to_string(a.id);
        const std::string today = formatDate(ws.clock().today());
        const AuditStatus from = a.status;
        a.status = ruleOf(step).to;
        if (step == AuditStep::Start && a.actualStart.empty()) {
            a.actualStart = today;
            ctx.record(kAuditEntity, eid, "actual_start", "", a.actualStart);
        }
        if (step == AuditStep::Report && a.actualEnd.empty()) {
            a.actualEnd = today;
            ctx.record(kAuditEntity, eid, "actual_end", "", a.actualEnd);
        }
        (void)auditstore::writeAuditRow(ws.db(), a);
        AuditTransition t;
        t.from = from;
        t.to = a.status;
        t.atUtc = formatUtc(ws.clock().now());
        t.actor = ws.actor();
        t.comment = comment;
        auditstore::insertTransition(ws.db(), a.id, t);
        ctx.record(kAuditEntity, eid, "status", std::string(toString(from)), std::string(toString(a.status)));
        if (!comment.empty())
            ctx.record(kAuditEntity, eid, "comment", std::nullopt, comment);
    });
}

} // namespace cw
