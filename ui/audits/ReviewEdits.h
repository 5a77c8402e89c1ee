#pragma once

#include "review/ManagementReview.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace cw::ui {

class WorkspaceSession;

/// The edits of management reviews and their outputs as undoable steps (see AuditEdits).
class ReviewEdits {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::ReviewEdits)
public:
    static bool create(WorkspaceSession& session, const cw::NewReview& init, std::int64_t* id = nullptr);
    static bool setField(WorkspaceSession& session, std::int64_t reviewId, cw::ReviewField field,
                         const QString& value);
    static bool setInput(WorkspaceSession& session, std::int64_t reviewId, cw::ReviewInput input,
                         const QString& text);
    /// Replaces the input with the text pre-filled from the workspace's data as of the review date.
    static bool refillInput(WorkspaceSession& session, std::int64_t reviewId, cw::ReviewInput input);
    static bool addOutput(WorkspaceSession& session, std::int64_t reviewId, const cw::ReviewOutput& output);
    static bool setOutputField(WorkspaceSession& session, std::int64_t outputId, cw::OutputField field,
                               const QString& value);
    static bool deleteOutput(WorkspaceSession& session, std::int64_t outputId);

    [[nodiscard]] static QString fieldName(cw::ReviewField field);
};

} // namespace cw::ui
