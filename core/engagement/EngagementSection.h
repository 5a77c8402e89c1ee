#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `engagement` object and `settings` array of the interchange format.
class EngagementSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "engagement"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
};

} // namespace cw
