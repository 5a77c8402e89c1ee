#pragma once

#include "findings/Finding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// The lifecycle of a finding, all defined in FindingLifecycle.cpp.
///
/// Major and minor nonconformities:
///
///     open --record_correction--> correction_recorded --plan_action--> action_planned
///       --implement--> implemented --verify (effective)--> verified --close--> closed
///                                  --verify (not effective)--> action_planned (reopened, next round)
///
/// - record_correction: the correction, a root-cause method (fishbone: with its category) and the
///   root cause are recorded.
/// - plan_action: the current round has at least one corrective action (not cancelled), each with
///   an owner and a due date.
/// - implement: every such action of the current round is implemented.
/// - verify: who and when (not before the last implementation), and the result. A failed
///   verification reopens the finding to action_planned and starts a new round: new corrective
///   actions must be planned and implemented before verifying again.
/// - close: only after an effective verification ("finding NC-2026-003 cannot be closed: its
///   corrective action has not been verified effective").
/// Observations, opportunities for improvement and positive findings: open --close--> closed.
/// Every change stores who (ws.actor()), when (ws.clock()) and a comment.
enum class FindingStep { RecordCorrection, PlanAction, Implement, Verify, Close };

/// "record_correction", "plan_action", "implement", "verify", "close".
[[nodiscard]] std::string_view toString(FindingStep s);
[[nodiscard]] std::optional<FindingStep> findingStepFromString(std::string_view s);

/// A step leaving the finding's current state, with the state it leads to (verify: when
/// effective) and why it is refused now (nullopt: it can be taken). The UI offers exactly these.
struct FindingStepOption {
    FindingStep step;
    FindingState to;
    std::optional<std::string> refusal;
};
[[nodiscard]] std::vector<FindingStepOption> findingSteps(const FindingSnapshot& snapshot);
[[nodiscard]] std::vector<FindingStepOption> findingSteps(Workspace& ws, std::int64_t findingId);

/// Why `step` is refused, as one sentence naming the finding; nullopt when allowed. For verify,
/// `verification` (when given) is checked too.
[[nodiscard]] std::optional<std::string> findingStepRefusal(const FindingSnapshot& snapshot, FindingStep step,
                                                            const Verification* verification = nullptr);

/// Takes a step other than verify as one action. Error(InvalidInput) with the refusal message.
void takeFindingStep(Workspace& ws, std::int64_t findingId, FindingStep step,
                     const std::string& comment = {});
/// Records a verification of effectiveness and moves the finding to verified (effective) or back
/// to action_planned (not effective), as one action. Returns the new state.
FindingState recordVerification(Workspace& ws, std::int64_t findingId, const Verification& verification,
                                const std::string& comment = {});

/// Whether the data supports the finding's state (what every step up to it requires); used to
/// validate imports. Nullopt when consistent.
[[nodiscard]] std::optional<std::string> stateProblem(const FindingSnapshot& snapshot);

} // namespace cw
