#include "findings/FindingLifecycle.h"

#include "audit/AuditTypes.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "findings/FindingStore.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <array>

namespace cw {

namespace {

struct StepRule {
    FindingStep step;
    std::string_view key;
    bool nonconformity; ///< the rule applies to major/minor (else to the other types)
    FindingState from;
    FindingState to;
    std::string_view verb; ///< "cannot <verb>"
};

// The whole transition table.
constexpr std::array<StepRule, 6> kRules{{
    {FindingStep::RecordCorrection, "record_correction", true, FindingState::Open,
     FindingState::CorrectionRecorded, "have its correction recorded"},
    {FindingStep::PlanAction, "plan_action", true, FindingState::CorrectionRecorded,
     FindingState::ActionPlanned, "have its corrective action planned"},
    {FindingStep::Implement, "implement", true, FindingState::ActionPlanned, FindingState::Implemented,
     "be marked implemented"},
    {FindingStep::Verify, "verify", true, FindingState::Implemented, FindingState::Verified, "be verified"},
    {FindingStep::Close, "close", true, FindingState::Verified, FindingState::Closed, "be closed"},
    {FindingStep::Close, "close", false, FindingState::Open, FindingState::Closed, "be closed"},
}};

const StepRule& ruleFor(FindingType type, FindingStep step)
{
    for (const auto& r : kRules)
        if (r.step == step && r.nonconformity == isNonconformity(type))
            return r;
    for (const auto& r : kRules)
        if (r.step == step)
            return r;
    return kRules.front();
}

bool hasRule(FindingType type, FindingStep step)
{
    return std::any_of(kRules.begin(), kRules.end(), [&](const StepRule& r) {
        return r.step == step && r.nonconformity == isNonconformity(type);
    });
}

std::vector<const CorrectiveAction*> activeInRound(const FindingSnapshot& s)
{
    std::vector<const CorrectiveAction*> out;
    for (const auto& a : s.actions)
        if (a.round == s.round() && a.state != ActionState::Cancelled)
            out.push_back(&a);
    return out;
}

std::string quoted(const CorrectiveAction& a)
{
    return "corrective action '" + a.description + "'";
}

std::string noActionProblem(const FindingSnapshot& s)
{
    if (s.round() == 1)
        return "no corrective action is planned";
    std::string failedOn;
    for (const auto& v : s.verifications)
        if (!v.effective)
            failedOn = v.verifiedOn;
    return "no new corrective action is planned since the failed verification of " + failedOn;
}

/// What the data lacks for `step` (without the "finding X cannot ..." head); nullopt when complete.
std::optional<std::string> dataProblem(const FindingSnapshot& s, FindingStep step, const Verification* v)
{
    const Finding& f = s.finding;
    switch (step) {
    case FindingStep::RecordCorrection:
        if (trimmed(f.correction).empty())
            return "the correction is not recorded";
        if (f.rcaMethod == RcaMethod::None)
            return "no root-cause analysis method is chosen";
        if (f.rcaMethod == RcaMethod::Fishbone && f.rcaCategory.empty())
            return "the fishbone category of the root cause is not chosen";
        if (trimmed(f.rootCause).empty())
            return "the root cause is not recorded";
        break;
    case FindingStep::PlanAction: {
        const auto active = activeInRound(s);
        if (active.empty())
            return noActionProblem(s);
        for (const auto* a : active) {
            if (trimmed(a->owner).empty())
                return quoted(*a) + " has no owner";
            if (a->dueDate.empty())
                return quoted(*a) + " has no due date";
        }
        break;
    }
    case FindingStep::Implement: {
        if (const auto planned = dataProblem(s, FindingStep::PlanAction, nullptr))
            return planned;
        for (const auto* a : activeInRound(s))
            if (a->state != ActionState::Implemented)
                return quoted(*a) + " is not implemented yet";
        break;
    }
    case FindingStep::Verify:
        if (v) {
            if (trimmed(v->verifiedBy).empty())
                return "who verified the effectiveness is not given";
            if (v->verifiedOn.empty())
                return "the date of the verification is not given";
            try {
                (void)parseDate(trimmed(v->verifiedOn), "the date of the verification");
            } catch (const Error&) {
                return "the date of the verification, '" + v->verifiedOn + "', is not a date (YYYY-MM-DD)";
            }
            for (const auto* a : activeInRound(s))
                if (!a->implementedOn.empty() && v->verifiedOn < a->implementedOn)
                    return "the verification on " + v->verifiedOn + " is before the implementation of " +
                           quoted(*a) + " on " + a->implementedOn;
        }
        break;
    case FindingStep::Close:
        if (isNonconformity(f.type) && (s.verifications.empty() || !s.verifications.back().effective))
            return "its corrective action has not been verified effective";
        break;
    }
    return std::nullopt;
}

std::string head(const Finding& f, const StepRule& rule)
{
    return "finding " + f.code + " cannot " + std::string(rule.verb) + ": ";
}

} // namespace

int FindingSnapshot::round() const
{
    return 1 + static_cast<int>(std::count_if(verifications.begin(), verifications.end(),
                                              [](const Verification& v) { return !v.effective; }));
}

std::string_view toString(FindingStep s)
{
    for (const auto& r : kRules)
        if (r.step == s)
            return r.key;
    return {};
}

std::optional<FindingStep> findingStepFromString(std::string_view s)
{
    for (const auto& r : kRules)
        if (r.key == s)
            return r.step;
    return std::nullopt;
}

std::optional<std::string> findingStepRefusal(const FindingSnapshot& s, FindingStep step,
                                              const Verification* v)
{
    const Finding& f = s.finding;
    const StepRule& rule = ruleFor(f.type, step);
    if (!hasRule(f.type, step)) {
        const std::string what = typeWords(f.type);
        const bool vowel = what.front() == 'o' || what.front() == 'a';
        return head(f, rule) + (vowel ? "an " : "a ") + what +
               " has no corrective action; it is simply closed";
    }
    if (f.state == FindingState::Closed)
        return head(f, rule) + "it is closed already";
    if (f.state != rule.from) {
        if (step == FindingStep::Close)
            return head(f, rule) + "its corrective action has not been verified effective";
        return head(f, rule) + "it is at '" + stateWords(f.state) + "', and this step follows '" +
               stateWords(rule.from) + "'";
    }
    if (const auto problem = dataProblem(s, step, v))
        return head(f, rule) + *problem;
    return std::nullopt;
}

std::vector<FindingStepOption> findingSteps(const FindingSnapshot& s)
{
    std::vector<FindingStepOption> out;
    for (const auto& r : kRules)
        if (r.nonconformity == isNonconformity(s.finding.type) && r.from == s.finding.state)
            out.push_back({r.step, r.to, findingStepRefusal(s, r.step)});
    return out;
}

std::vector<FindingStepOption> findingSteps(Workspace& ws, std::int64_t findingId)
{
    return findingSteps(snapshotFinding(ws, findingId));
}

namespace {

void moveTo(WriteContext& ctx, FindingSnapshot& s, FindingState to, const std::string& comment)
{
    auto& ws = ctx.workspace();
    const FindingState from = s.finding.state;
    s.finding.state = to;
    (void)findingstore::writeFindingRow(ws.db(), s.finding);
    FindingTransition t;
    t.from = from;
    t.to = to;
    t.atUtc = formatUtc(ws.clock().now());
    t.actor = ws.actor();
    t.comment = comment;
    (void)findingstore::insertTransition(ws.db(), s.finding.id, t);
    const std::string eid = std::to_string(s.finding.id);
    ctx.record(kFindingEntity, eid, "state", std::string(toString(from)), std::string(toString(to)));
    if (!comment.empty())
        ctx.record(kFindingEntity, eid, "comment", std::nullopt, comment);
}

} // namespace

void takeFindingStep(Workspace& ws, std::int64_t findingId, FindingStep step, const std::string& comment)
{
    if (step == FindingStep::Verify)
        throw Error(ErrorCode::Usage,
                    "a verification needs who, when and the result: use recordVerification()");
    ws.write("Finding " + std::string(toString(step)), [&](WriteContext& ctx) {
        FindingSnapshot s = snapshotFinding(ws, findingId);
        if (const auto why = findingStepRefusal(s, step))
            throw Error(ErrorCode::InvalidInput, *why);
        moveTo(ctx, s, ruleFor(s.finding.type, step).to, comment);
    });
}

FindingState recordVerification(Workspace& ws, std::int64_t findingId, const Verification& input,
                                const std::string& comment)
{
    Verification v = input;
    v.id = 0;
    v.verifiedBy = trimmed(v.verifiedBy);
    v.verifiedOn = trimmed(v.verifiedOn);
    return ws.write(std::string("Verify finding"), [&](WriteContext& ctx) {
        FindingSnapshot s = snapshotFinding(ws, findingId);
        if (!v.verifiedOn.empty())
            (void)parseDate(v.verifiedOn, "finding " + s.finding.code + ": the verification date");
        if (const auto why = findingStepRefusal(s, FindingStep::Verify, &v))
            throw Error(ErrorCode::InvalidInput, *why);
        const std::int64_t vid = findingstore::insertVerification(ws.db(), findingId, v);
        const std::string eid = std::to_string(findingId);
        ctx.record(kFindingEntity, eid, "verification", std::nullopt,
                   std::to_string(vid) + ": " + v.verifiedOn + " " + v.verifiedBy + " " +
                       (v.effective ? "effective" : "not effective"));
        s.verifications.push_back(v);
        const FindingState to = v.effective ? FindingState::Verified : FindingState::ActionPlanned;
        moveTo(ctx, s, to, comment);
        return to;
    });
}

std::optional<std::string> stateProblem(const FindingSnapshot& s)
{
    const Finding& f = s.finding;
    const std::string where = "finding " + f.code + " is " + std::string(toString(f.state)) + " but ";
    if (!isNonconformity(f.type)) {
        if (f.state != FindingState::Open && f.state != FindingState::Closed)
            return where + "an " + typeWords(f.type) + " is only open or closed";
        if (!s.actions.empty() || !s.verifications.empty())
            return "finding " + f.code + ": an " + typeWords(f.type) +
                   " has no corrective actions or verifications";
        return std::nullopt;
    }
    const auto rank = [](FindingState st) {
        const auto& all = allFindingStates();
        return std::find(all.begin(), all.end(), st) - all.begin();
    };
    const bool lastEffective = !s.verifications.empty() && s.verifications.back().effective;
    const bool anyEffective = std::any_of(s.verifications.begin(), s.verifications.end(),
                                          [](const Verification& v) { return v.effective; });
    if (anyEffective && !lastEffective)
        return "finding " + f.code + ": a verification follows an effective one";
    if (std::any_of(s.actions.begin(), s.actions.end(),
                    [&](const CorrectiveAction& a) { return a.round > s.round(); }))
        return "finding " + f.code + ": a corrective action belongs to a round that has not started (round " +
               std::to_string(s.round()) + " is the current one)";
    if (lastEffective != (rank(f.state) >= rank(FindingState::Verified)))
        return lastEffective ? where + "its corrective action was verified effective"
                             : where + "its corrective action has not been verified effective";
    if (rank(f.state) < rank(FindingState::ActionPlanned) && s.round() > 1)
        return where + "a failed verification reopened it to action_planned";
    std::optional<std::string> problem;
    if (rank(f.state) >= rank(FindingState::CorrectionRecorded))
        problem = dataProblem(s, FindingStep::RecordCorrection, nullptr);
    if (!problem && f.state == FindingState::ActionPlanned && s.round() == 1)
        problem = dataProblem(s, FindingStep::PlanAction, nullptr);
    if (!problem && rank(f.state) >= rank(FindingState::Implemented))
        problem = dataProblem(s, FindingStep::Implement, nullptr);
    if (problem)
        return where + *problem;
    return std::nullopt;
}

} // namespace cw
