#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `audit_programmes`: internal audit programmes. Registered after the catalogs they cover.
class AuditProgrammeSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "audit_programmes"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

/// `audits`: internal audits with their clauses, checklists and status transitions. Registered
/// after `audit_programmes`.
class AuditSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "audits"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

} // namespace cw
