#pragma once

#ifndef Q_MOC_RUN
#include "engagement/EngagementPlan.h"
#endif

#include <QUndoCommand>

#include <string>

namespace cw::ui {

class WorkspaceSession;

/// One edit of one field of the certification plan (services, sites, CNCA categories,
/// certification body, the planned dates), in its text form. Like EngagementFieldCommand: each
/// redo and undo is one core call, and a refused call makes the command obsolete.
class PlanFieldCommand : public QUndoCommand {
public:
    PlanFieldCommand(WorkspaceSession& session, cw::PlanField field, std::string oldValue,
                     std::string newValue);

    void redo() override;
    void undo() override;

private:
    void apply(const std::string& value);

    WorkspaceSession& m_session;
    cw::PlanField m_field;
    std::string m_old;
    std::string m_new;
};

/// Sets or clears the engagement's logo (image file bytes; empty: none).
class PlanLogoCommand : public QUndoCommand {
public:
    PlanLogoCommand(WorkspaceSession& session, std::string oldBytes, std::string newBytes);

    void redo() override;
    void undo() override;

private:
    void apply(const std::string& bytes);

    WorkspaceSession& m_session;
    std::string m_old;
    std::string m_new;
};

} // namespace cw::ui
