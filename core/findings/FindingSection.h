#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `findings`: findings with their clauses, corrective actions, verifications and transitions.
/// Registered after `audits`, which internal audit findings refer to by code.
class FindingSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "findings"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

} // namespace cw
