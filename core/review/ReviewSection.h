#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `management_reviews`: management review records with their inputs and outputs.
class ReviewSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "management_reviews"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

} // namespace cw
