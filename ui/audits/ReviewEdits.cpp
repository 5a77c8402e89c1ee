#include "audits/ReviewEdits.h"

#include "audits/AuditNames.h"
#include "audits/CoreEditCommand.h"
#include "engagement/Engagement.h"
#include "review/ReviewPrefill.h"
#include "shell/WorkspaceSession.h"

#include <memory>

namespace cw::ui {

namespace {
bool push(WorkspaceSession& session, const QString& text, CoreEditCommand::Operation redo,
          CoreEditCommand::Operation undo)
{
    return CoreEditCommand::push(session,
                                 new CoreEditCommand(session, text, std::move(redo), std::move(undo)));
}

std::optional<cw::ManagementReview> load(WorkspaceSession& session, std::int64_t id)
{
    std::optional<cw::ManagementReview> r;
    session.run([&](cw::Workspace& ws) { r = cw::loadReview(ws, id); });
    return r;
}
} // namespace

QString ReviewEdits::fieldName(cw::ReviewField field)
{
    switch (field) {
    case cw::ReviewField::Title:
        return tr("Title");
    case cw::ReviewField::HeldOn:
        return tr("Held on");
    case cw::ReviewField::Chair:
        return tr("Chair");
    case cw::ReviewField::Attendees:
        return tr("Attendees");
    case cw::ReviewField::Conclusions:
        return tr("Conclusions");
    }
    return {};
}

bool ReviewEdits::create(WorkspaceSession& session, const cw::NewReview& init, std::int64_t* id)
{
    auto created = std::make_shared<std::int64_t>(0);
    auto removed = std::make_shared<std::optional<cw::ReviewSnapshot>>();
    const bool ok = push(
        session, tr("New Management Review"),
        [init, created, removed](cw::Workspace& ws) {
            if (*removed)
                cw::restoreReview(ws, **removed, "Redo new review");
            else
                *created = cw::createReview(ws, init);
        },
        [created, removed](cw::Workspace& ws) { *removed = cw::deleteReview(ws, *created); });
    if (ok && id)
        *id = *created;
    return ok;
}

bool ReviewEdits::setField(WorkspaceSession& session, std::int64_t reviewId, cw::ReviewField field,
                           const QString& value)
{
    const auto r = load(session, reviewId);
    if (!r)
        return false;
    const std::string before = cw::reviewField(*r, field);
    const std::string after = value.trimmed().toStdString();
    if (before == after)
        return false;
    return push(
        session, tr("Edit %1 of the Management Review").arg(fieldName(field)),
        [reviewId, field, after](cw::Workspace& ws) { cw::setReviewField(ws, reviewId, field, after); },
        [reviewId, field, before](cw::Workspace& ws) { cw::setReviewField(ws, reviewId, field, before); });
}

bool ReviewEdits::setInput(WorkspaceSession& session, std::int64_t reviewId, cw::ReviewInput input,
                           const QString& text)
{
    const auto r = load(session, reviewId);
    if (!r)
        return false;
    const auto it = r->inputs.find(input);
    const std::string before = it == r->inputs.end() ? std::string() : it->second;
    const std::string after = text.trimmed().toStdString();
    if (before == after)
        return false;
    return push(
        session, tr("Edit Review Input “%1”").arg(AuditNames::reviewInput(input)),
        [reviewId, input, after](cw::Workspace& ws) { cw::setReviewInput(ws, reviewId, input, after); },
        [reviewId, input, before](cw::Workspace& ws) { cw::setReviewInput(ws, reviewId, input, before); });
}

bool ReviewEdits::refillInput(WorkspaceSession& session, std::int64_t reviewId, cw::ReviewInput input)
{
    const auto r = load(session, reviewId);
    if (!r)
        return false;
    std::string text;
    if (!session.run([&](cw::Workspace& ws) {
            const auto texts = cw::prefilledReviewInputs(ws, r->heldOn, cw::loadEngagement(ws).language);
            if (const auto it = texts.find(input); it != texts.end())
                text = it->second;
        }))
        return false;
    return setInput(session, reviewId, input, QString::fromStdString(text));
}

bool ReviewEdits::addOutput(WorkspaceSession& session, std::int64_t reviewId, const cw::ReviewOutput& output)
{
    auto added = std::make_shared<cw::ReviewOutput>(output);
    auto id = std::make_shared<std::int64_t>(0);
    return push(
        session, output.kind == cw::OutputKind::Decision ? tr("Add Decision") : tr("Add Review Action"),
        [reviewId, added, id](cw::Workspace& ws) { *id = cw::addReviewOutput(ws, reviewId, *added); },
        [added, id](cw::Workspace& ws) { *added = cw::deleteReviewOutput(ws, *id); });
}

bool ReviewEdits::setOutputField(WorkspaceSession& session, std::int64_t outputId, cw::OutputField field,
                                 const QString& value)
{
    cw::ReviewOutput o;
    if (!session.run([&](cw::Workspace& ws) { o = cw::loadReviewOutput(ws, outputId); }))
        return false;
    const std::string before = cw::outputField(o, field);
    const std::string after = value.trimmed().toStdString();
    if (before == after)
        return false;
    return push(
        session, tr("Edit Review Output"),
        [outputId, field, after](cw::Workspace& ws) { cw::setReviewOutputField(ws, outputId, field, after); },
        [outputId, field, before](cw::Workspace& ws) {
            cw::setReviewOutputField(ws, outputId, field, before);
        });
}

bool ReviewEdits::deleteOutput(WorkspaceSession& session, std::int64_t outputId)
{
    cw::ReviewOutput o;
    if (!session.run([&](cw::Workspace& ws) { o = cw::loadReviewOutput(ws, outputId); }))
        return false;
    auto removed = std::make_shared<cw::ReviewOutput>(o);
    const std::int64_t reviewId = o.reviewId;
    return push(
        session, tr("Delete Review Output"),
        [outputId, removed](cw::Workspace& ws) { *removed = cw::deleteReviewOutput(ws, outputId); },
        [reviewId, removed](cw::Workspace& ws) { (void)cw::addReviewOutput(ws, reviewId, *removed); });
}

} // namespace cw::ui
