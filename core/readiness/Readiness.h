#pragma once

#include "catalog/Catalog.h"
#include "readiness/ReadinessFacts.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;

/// How far the engagement is from certification: not ready, ready for stage 1 (document review),
/// or ready for stage 2 (the on-site certification audit).
enum class ReadinessLevel { NotReady, Stage1, Stage2 };
/// "not_ready", "stage1", "stage2".
[[nodiscard]] std::string_view toString(ReadinessLevel level);
/// "Not ready" / "未就绪", "Ready for stage 1" / "具备一阶段审核条件", ...
[[nodiscard]] LocalizedText levelTitle(ReadinessLevel level);

/// One fixed rule of the verdict, evaluated.
///  Stage 1: S1.1 a scope statement is recorded; S1.2 every required *document* (not record) of the
///  catalog's required documented information is covered by an approved document; S1.3 the latest
///  ISO/IEC 20000-1 assessment has 100 % coverage.
///  Stage 2: S2.1 that assessment's readiness >= the threshold setting and no requirement
///  nonconformant; S2.2 no open major nonconformity; S2.3 an internal audit programme whose
///  completed audits cover every clause 4-10 within the last 12 months; S2.4 a management review
///  held after the last of those audits; S2.5 every required record of clause 8 has record entries
///  spanning at least 3 months up to today (first entry >= 3 months ago, last within a month).
struct Criterion {
    std::string id; ///< "S1.1" ... "S2.5"
    int stage = 1;
    LocalizedText title; ///< the rule in one line
    bool met = false;
    /// Why it is met or not, in both languages, parameters filled in. For translation elsewhere:
    /// messageId names the sentence (e.g. "S1.2.missing") and params its values, in order.
    LocalizedText reason;
    std::string messageId;
    std::vector<std::string> params;
};

struct Verdict {
    ReadinessLevel level = ReadinessLevel::NotReady;
    std::vector<Criterion> criteria; ///< S1.1, S1.2, S1.3, S2.1 ... S2.5
    [[nodiscard]] std::vector<Criterion> unmet() const;
    [[nodiscard]] const Criterion* find(std::string_view id) const;
};

/// The sentence `messageId` (see Criterion) with {1}, {2} ... replaced by `params`, in "en" or "zh".
/// Unknown ids give the id itself.
[[nodiscard]] std::string readinessMessage(std::string_view messageId, const std::vector<std::string>& params,
                                           const std::string& lang);

/// Applies the rules to the facts: stage2 when all hold, stage1 when S1.x hold, else not_ready.
[[nodiscard]] Verdict evaluateReadiness(const ReadinessFacts& facts);
/// gatherReadinessFacts() then evaluateReadiness().
[[nodiscard]] Verdict readinessVerdict(Workspace& ws);

} // namespace cw
