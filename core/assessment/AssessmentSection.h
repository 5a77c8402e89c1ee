#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `assessments`: gap-analysis assessments with their results, evidence and actions.
/// Registered after the catalogs (and the document register) it refers to.
class AssessmentSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "assessments"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

} // namespace cw
