#pragma once

#include "interchange/InterchangeSection.h"

namespace cw {

/// `documents`: the document register, each document with its clause links, versions (with
/// transitions and attachments, content in base64) and record entries. Parents and clauses are
/// named by code and ref, so the section means the same in any workspace.
class DocumentSection final : public InterchangeSection {
public:
    [[nodiscard]] std::string_view key() const override { return "documents"; }
    void exportTo(Workspace& ws, nlohmann::ordered_json& root) const override;
    [[nodiscard]] std::function<void(WriteContext&)> prepare(Workspace& ws,
                                                             const JsonNode& root) const override;
    [[nodiscard]] bool hasData(Workspace& ws) const override;
    void clear(WriteContext& ctx) const override;
};

} // namespace cw
