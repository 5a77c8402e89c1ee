#include "findings/FindingEdits.h"

#include "audits/CoreEditCommand.h"
#include "findings/FindingNames.h"
#include "shell/WorkspaceSession.h"

#include <memory>

namespace cw::ui {

namespace {
bool push(WorkspaceSession& session, const QString& text, CoreEditCommand::Operation redo,
          CoreEditCommand::Operation undo)
{
    return CoreEditCommand::push(session, text, std::move(redo), std::move(undo));
}

std::optional<cw::Finding> load(WorkspaceSession& session, std::int64_t id)
{
    std::optional<cw::Finding> f;
    session.run([&](cw::Workspace& ws) { f = cw::loadFinding(ws, id); });
    return f;
}

/// An edit undone by restoring the finding as it was before it.
bool pushRestoring(WorkspaceSession& session, std::int64_t findingId, const QString& text,
                   CoreEditCommand::Operation redo)
{
    return CoreEditCommand::pushRestoring<cw::FindingSnapshot>(
        session, text, [findingId](cw::Workspace& ws) { return cw::snapshotFinding(ws, findingId); },
        [](cw::Workspace& ws, const cw::FindingSnapshot& s, const std::string& why) {
            cw::restoreFinding(ws, s, why);
        },
        std::move(redo));
}
} // namespace

QString FindingEdits::fieldCommand(cw::FindingField field, const QString& code)
{
    switch (field) {
    case cw::FindingField::Type:
        return tr("Change Type of %1").arg(code);
    case cw::FindingField::Source:
        return tr("Change Source of %1").arg(code);
    case cw::FindingField::Audit:
        return tr("Change Audit of %1").arg(code);
    case cw::FindingField::SourceReference:
        return tr("Edit Source Reference of %1").arg(code);
    case cw::FindingField::Title:
        return tr("Edit Title of %1").arg(code);
    case cw::FindingField::Requirement:
        return tr("Edit Requirement of %1").arg(code);
    case cw::FindingField::Statement:
        return tr("Edit Description of %1").arg(code);
    case cw::FindingField::Evidence:
        return tr("Edit Evidence of %1").arg(code);
    case cw::FindingField::RaisedBy:
        return tr("Edit Raised By of %1").arg(code);
    case cw::FindingField::RaisedOn:
        return tr("Edit Raised On of %1").arg(code);
    case cw::FindingField::Auditee:
        return tr("Edit Auditee of %1").arg(code);
    case cw::FindingField::Correction:
        return tr("Edit Correction of %1").arg(code);
    case cw::FindingField::RcaMethod:
        return tr("Change Root-Cause Method of %1").arg(code);
    case cw::FindingField::RcaCategory:
        return tr("Change Fishbone Category of %1").arg(code);
    case cw::FindingField::RootCause:
        return tr("Edit Root Cause of %1").arg(code);
    }
    return {};
}

bool FindingEdits::create(WorkspaceSession& session, const cw::Finding& finding, std::int64_t* id)
{
    auto created = std::make_shared<std::int64_t>(0);
    auto removed = std::make_shared<std::optional<cw::FindingSnapshot>>();
    const QString text = finding.title.empty()
                             ? tr("New Finding")
                             : tr("New Finding “%1”").arg(QString::fromStdString(finding.title));
    const bool ok = push(
        session, text,
        [finding, created, removed](cw::Workspace& ws) {
            if (*removed)
                cw::restoreFinding(ws, **removed, "Redo new finding");
            else
                *created = cw::createFinding(ws, finding);
        },
        [created, removed](cw::Workspace& ws) { *removed = cw::deleteFinding(ws, *created); });
    if (ok && id)
        *id = *created;
    return ok;
}

bool FindingEdits::setField(WorkspaceSession& session, std::int64_t findingId, cw::FindingField field,
                            const QString& value)
{
    const auto f = load(session, findingId);
    if (!f)
        return false;
    std::string before;
    session.run([&](cw::Workspace& ws) { before = cw::findingField(ws, *f, field); });
    const std::string after = value.trimmed().toStdString();
    if (before == after)
        return false;
    // Some fields change others (a source clears the audit): undo puts the whole finding back.
    return pushRestoring(
        session, findingId, fieldCommand(field, QString::fromStdString(f->code)),
        [findingId, field, after](cw::Workspace& ws) { cw::setFindingField(ws, findingId, field, after); });
}

bool FindingEdits::setClauses(WorkspaceSession& session, std::int64_t findingId,
                              const std::vector<cw::ClauseLink>& clauses)
{
    const auto f = load(session, findingId);
    if (!f || f->clauses == clauses)
        return false;
    const auto before = f->clauses;
    return push(
        session, tr("Change Clauses of %1").arg(QString::fromStdString(f->code)),
        [findingId, clauses](cw::Workspace& ws) { cw::setFindingClauses(ws, findingId, clauses); },
        [findingId, before](cw::Workspace& ws) { cw::setFindingClauses(ws, findingId, before); });
}

bool FindingEdits::takeStep(WorkspaceSession& session, std::int64_t findingId, cw::FindingStep step,
                            const QString& comment)
{
    const auto f = load(session, findingId);
    if (!f)
        return false;
    const std::string note = comment.trimmed().toStdString();
    return pushRestoring(
        session, findingId, FindingNames::stepCommand(step, QString::fromStdString(f->code)),
        [findingId, step, note](cw::Workspace& ws) { cw::takeFindingStep(ws, findingId, step, note); });
}

bool FindingEdits::verify(WorkspaceSession& session, std::int64_t findingId,
                          const cw::Verification& verification, const QString& comment)
{
    const auto f = load(session, findingId);
    if (!f)
        return false;
    const std::string note = comment.trimmed().toStdString();
    return pushRestoring(session, findingId,
                         FindingNames::stepCommand(cw::FindingStep::Verify, QString::fromStdString(f->code)),
                         [findingId, verification, note](cw::Workspace& ws) {
                             (void)cw::recordVerification(ws, findingId, verification, note);
                         });
}

bool FindingEdits::addAction(WorkspaceSession& session, std::int64_t findingId,
                             const cw::CorrectiveAction& action)
{
    const auto f = load(session, findingId);
    if (!f)
        return false;
    auto created = std::make_shared<cw::CorrectiveAction>(action);
    auto id = std::make_shared<std::int64_t>(0);
    return push(
        session, tr("Add Corrective Action to %1").arg(QString::fromStdString(f->code)),
        [findingId, created, id](cw::Workspace& ws) {
            *id = cw::addCorrectiveAction(ws, findingId, *created);
        },
        [created, id](cw::Workspace& ws) { *created = cw::deleteCorrectiveAction(ws, *id); });
}

bool FindingEdits::setActionField(WorkspaceSession& session, std::int64_t actionId,
                                  cw::CorrectiveActionField field, const QString& value)
{
    cw::CorrectiveAction a;
    if (!session.run([&](cw::Workspace& ws) { a = cw::loadCorrectiveAction(ws, actionId); }))
        return false;
    const std::string before = cw::correctiveActionField(a, field);
    const std::string after = value.trimmed().toStdString();
    if (before == after)
        return false;
    // A state change also sets or clears the implementation date: restore the finding on undo.
    return pushRestoring(session, a.findingId, tr("Edit Corrective Action"),
                         [actionId, field, after](cw::Workspace& ws) {
                             cw::setCorrectiveActionField(ws, actionId, field, after);
                         });
}

bool FindingEdits::implementAction(WorkspaceSession& session, std::int64_t actionId)
{
    cw::CorrectiveAction a;
    if (!session.run([&](cw::Workspace& ws) { a = cw::loadCorrectiveAction(ws, actionId); }))
        return false;
    if (a.state == cw::ActionState::Implemented)
        return false;
    return pushRestoring(session, a.findingId, tr("Mark Corrective Action Implemented"),
                         [actionId](cw::Workspace& ws) { cw::implementCorrectiveAction(ws, actionId); });
}

bool FindingEdits::deleteAction(WorkspaceSession& session, std::int64_t actionId)
{
    cw::CorrectiveAction a;
    if (!session.run([&](cw::Workspace& ws) { a = cw::loadCorrectiveAction(ws, actionId); }))
        return false;
    auto removed = std::make_shared<cw::CorrectiveAction>(a);
    const std::int64_t findingId = a.findingId;
    return push(
        session, tr("Delete Corrective Action"),
        [actionId, removed](cw::Workspace& ws) { *removed = cw::deleteCorrectiveAction(ws, actionId); },
        [findingId, removed](cw::Workspace& ws) { (void)cw::addCorrectiveAction(ws, findingId, *removed); });
}

} // namespace cw::ui
