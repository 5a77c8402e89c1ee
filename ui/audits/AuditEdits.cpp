#include "audits/AuditEdits.h"

#include "audits/AuditNames.h"
#include "audits/CoreEditCommand.h"
#include "shell/WorkspaceSession.h"

#include <memory>

namespace cw::ui {

namespace {
bool push(WorkspaceSession& session, const QString& text, CoreEditCommand::Operation redo,
          CoreEditCommand::Operation undo)
{
    return CoreEditCommand::push(session, text, std::move(redo), std::move(undo));
}

std::optional<cw::Audit> load(WorkspaceSession& session, std::int64_t id)
{
    std::optional<cw::Audit> a;
    session.run([&](cw::Workspace& ws) { a = cw::loadAudit(ws, id); });
    return a;
}

bool pushRestoring(WorkspaceSession& session, std::int64_t auditId, const QString& text,
                   CoreEditCommand::Operation redo)
{
    return CoreEditCommand::pushRestoring<cw::AuditSnapshot>(
        session, text, [auditId](cw::Workspace& ws) { return cw::snapshotAudit(ws, auditId); },
        [](cw::Workspace& ws, const cw::AuditSnapshot& s, const std::string& why) { cw::restoreAudit(ws, s, why); },
        std::move(redo));
}
} // namespace

QString AuditEdits::fieldName(cw::AuditField field)
{
    switch (field) {
    case cw::AuditField::Programme:
        return tr("Programme");
    case cw::AuditField::Title:
        return tr("Title");
    case cw::AuditField::Scope:
        return tr("Scope");
    case cw::AuditField::Criteria:
        return tr("Criteria");
    case cw::AuditField::LeadAuditor:
        return tr("Lead auditor");
    case cw::AuditField::Auditors:
        return tr("Auditors");
    case cw::AuditField::Auditees:
        return tr("Auditees");
    case cw::AuditField::ProcessOwners:
        return tr("Process owners");
    case cw::AuditField::PlannedStart:
        return tr("Planned start");
    case cw::AuditField::PlannedEnd:
        return tr("Planned end");
    case cw::AuditField::ActualStart:
        return tr("Actual start");
    case cw::AuditField::ActualEnd:
        return tr("Actual end");
    case cw::AuditField::Summary:
        return tr("Summary");
    }
    return {};
}

bool AuditEdits::create(WorkspaceSession& session, const cw::Audit& audit, std::int64_t* id)
{
    auto created = std::make_shared<std::int64_t>(0);
    auto removed = std::make_shared<std::optional<cw::AuditSnapshot>>();
    const bool ok = push(
        session, tr("New Audit “%1”").arg(QString::fromStdString(audit.title)),
        [audit, created, removed](cw::Workspace& ws) {
            if (*removed)
                cw::restoreAudit(ws, **removed, "Redo new audit");
            else
                *created = cw::createAudit(ws, audit);
        },
        [created, removed](cw::Workspace& ws) { *removed = cw::deleteAudit(ws, *created); });
    if (ok && id)
        *id = *created;
    return ok;
}

bool AuditEdits::setField(WorkspaceSession& session, std::int64_t auditId, cw::AuditField field,
                          const QString& value)
{
    const auto a = load(session, auditId);
    if (!a)
        return false;
    std::string before;
    session.run([&](cw::Workspace& ws) { before = cw::auditField(ws, *a, field); });
    const std::string after = value.trimmed().toStdString();
    const bool names = field == cw::AuditField::Auditors || field == cw::AuditField::Auditees ||
                       field == cw::AuditField::ProcessOwners;
    if (before == after || (names && cw::splitNames(before) == cw::splitNames(after)))
        return false;
    return push(
        session, tr("Edit %1 of %2").arg(fieldName(field), QString::fromStdString(a->code)),
        [auditId, field, after](cw::Workspace& ws) { cw::setAuditField(ws, auditId, field, after); },
        [auditId, field, before](cw::Workspace& ws) { cw::setAuditField(ws, auditId, field, before); });
}

bool AuditEdits::setClauses(WorkspaceSession& session, std::int64_t auditId,
                            const std::vector<cw::ClauseLink>& clauses)
{
    const auto a = load(session, auditId);
    if (!a)
        return false;
    const auto before = a->clauses;
    return push(
        session, tr("Change Clauses of %1").arg(QString::fromStdString(a->code)),
        [auditId, clauses](cw::Workspace& ws) { cw::setAuditClauses(ws, auditId, clauses); },
        [auditId, before](cw::Workspace& ws) { cw::setAuditClauses(ws, auditId, before); });
}

bool AuditEdits::takeStep(WorkspaceSession& session, std::int64_t auditId, cw::AuditStep step,
                          const QString& comment)
{
    const auto a = load(session, auditId);
    if (!a)
        return false;
    const std::string note = comment.trimmed().toStdString();
    return pushRestoring(
        session, auditId, AuditNames::stepCommand(step, QString::fromStdString(a->code)),
        [auditId, step, note](cw::Workspace& ws) { cw::takeAuditStep(ws, auditId, step, note); });
}

bool AuditEdits::generateChecklist(WorkspaceSession& session, std::int64_t auditId)
{
    const auto a = load(session, auditId);
    if (!a)
        return false;
    return pushRestoring(session, auditId,
                         tr("Generate Checklist of %1").arg(QString::fromStdString(a->code)),
                         [auditId](cw::Workspace& ws) { (void)cw::generateChecklist(ws, auditId); });
}

bool AuditEdits::addLine(WorkspaceSession& session, std::int64_t auditId, const cw::ChecklistLine& line)
{
    const auto a = load(session, auditId);
    if (!a)
        return false;
    auto added = std::make_shared<cw::ChecklistLine>(line);
    auto id = std::make_shared<std::int64_t>(0);
    return push(
        session, tr("Add Checklist Line to %1").arg(QString::fromStdString(a->code)),
        [auditId, added, id](cw::Workspace& ws) { *id = cw::addChecklistLine(ws, auditId, *added); },
        [added, id](cw::Workspace& ws) { *added = cw::removeChecklistLine(ws, *id); });
}

bool AuditEdits::removeLine(WorkspaceSession& session, std::int64_t lineId)
{
    cw::ChecklistLine line;
    if (!session.run([&](cw::Workspace& ws) { line = cw::loadChecklistLine(ws, lineId); }))
        return false;
    auto removed = std::make_shared<cw::ChecklistLine>(line);
    const std::int64_t auditId = line.auditId;
    return push(
        session, tr("Remove Checklist Line %1").arg(line.position),
        [lineId, removed](cw::Workspace& ws) { *removed = cw::removeChecklistLine(ws, lineId); },
        [auditId, removed](cw::Workspace& ws) { (void)cw::addChecklistLine(ws, auditId, *removed); });
}

} // namespace cw::ui
