// The outputs of a management review: decisions, and actions with owners and due dates.
#include "audit/AuditTypes.h"
#include "common/Error.h"
#include "review/ManagementReview.h"
#include "review/ReviewStore.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>

namespace cw {

namespace {

constexpr std::array<std::pair<OutputField, std::string_view>, 5> kFields{{
    {OutputField::Kind, "kind"},
    {OutputField::Text, "text"},
    {OutputField::Owner, "owner"},
    {OutputField::DueDate, "due_date"},
    {OutputField::State, "state"},
}};

} // namespace

std::string_view toString(OutputKind k)
{
    return k == OutputKind::Decision ? "decision" : "action";
}

std::optional<OutputKind> outputKindFromString(std::string_view s)
{
    if (s == "decision")
        return OutputKind::Decision;
    if (s == "action")
        return OutputKind::Action;
    return std::nullopt;
}

std::string_view toString(OutputState s)
{
    switch (s) {
    case OutputState::Open:
        return "open";
    case OutputState::Done:
        return "done";
    case OutputState::Cancelled:
        return "cancelled";
    }
    return {};
}

std::optional<OutputState> outputStateFromString(std::string_view s)
{
    for (const auto st : {OutputState::Open, OutputState::Done, OutputState::Cancelled})
        if (toString(st) == s)
            return st;
    return std::nullopt;
}

std::string_view fieldKey(OutputField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::string outputField(const ReviewOutput& o, OutputField f)
{
    switch (f) {
    case OutputField::Kind:
        return std::string(toString(o.kind));
    case OutputField::Text:
        return o.text;
    case OutputField::Owner:
        return o.owner;
    case OutputField::DueDate:
        return o.dueDate;
    case OutputField::State:
        return std::string(toString(o.state));
    }
    return {};
}

bool isOverdue(const ReviewOutput& o, Date today)
{
    return o.kind == OutputKind::Action && o.state == OutputState::Open && !o.dueDate.empty() &&
           o.dueDate < formatDate(today);
}

void validateOutput(const ReviewOutput& o, const std::string& where)
{
    if (trimmed(o.text).empty())
        throw Error(ErrorCode::InvalidInput, where + ": an output needs a text");
    requireDateOrEmpty(o.dueDate, where + ": the due date");
}

ReviewOutput loadReviewOutput(Workspace& ws, std::int64_t id)
{
    SQLite::Statement q(ws.db(), "SELECT review_id FROM review_output WHERE id = ?");
    q.bind(1, id);
    if (q.executeStep())
        for (auto& o : reviewstore::readOutputs(ws.db(), q.getColumn(0).getInt64()))
            if (o.id == id)
                return o;
    throw Error(ErrorCode::NotFound, "the workspace holds no review output with id " + std::to_string(id));
}

std::int64_t addReviewOutput(Workspace& ws, std::int64_t reviewId, const ReviewOutput& input)
{
    return ws.write("Add management review output", [&](WriteContext& ctx) {
        const ManagementReview r = loadReview(ws, reviewId);
        ReviewOutput o = input;
        o.reviewId = reviewId;
        o.text = trimmed(o.text);
        o.owner = trimmed(o.owner);
        o.dueDate = trimmed(o.dueDate);
        validateOutput(o, "management review '" + r.title + "'");
        const auto outputs = reviewstore::readOutputs(ws.db(), reviewId);
        const int last = outputs.empty() ? 0 : outputs.back().position;
        if (o.position <= 0 || o.position > last) {
            o.position = last + 1;
        } else {
            SQLite::Statement shift(ws.db(), "UPDATE review_output SET position = position + 1 "
                                             "WHERE review_id = ? AND position >= ?");
            shift.bind(1, reviewId);
            shift.bind(2, o.position);
            shift.exec();
        }
        const std::int64_t id = reviewstore::writeOutput(ws.db(), o);
        const std::string eid = std::to_string(id);
        ctx.record(kReviewOutputEntity, eid, "review", std::nullopt, std::to_string(reviewId));
        for (const auto& [field, key] : kFields) {
            const auto v = outputField(o, field);
            if (!v.empty())
                ctx.record(kReviewOutputEntity, eid, key, std::nullopt, v);
        }
        return id;
    });
}

void setReviewOutputField(Workspace& ws, std::int64_t id, OutputField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit management review output " + key, [&](WriteContext& ctx) {
        const ReviewOutput before = loadReviewOutput(ws, id);
        ReviewOutput after = before;
        const std::string v = trimmed(value);
        switch (field) {
        case OutputField::Kind: {
            const auto k = outputKindFromString(v);
            if (!k)
                throw Error(ErrorCode::InvalidInput,
                            "review output kind: choose decision or action, not '" + value + "'");
            after.kind = *k;
            break;
        }
        case OutputField::Text:
            after.text = v;
            break;
        case OutputField::Owner:
            after.owner = v;
            break;
        case OutputField::DueDate:
            after.dueDate = v;
            break;
        case OutputField::State: {
            const auto s = outputStateFromString(v);
            if (!s)
                throw Error(ErrorCode::InvalidInput,
                            "review output state: choose open, done or cancelled, not '" + value + "'");
            after.state = *s;
            break;
        }
        }
        const std::string old = outputField(before, field);
        const std::string now = outputField(after, field);
        if (old == now)
            return;
        validateOutput(after, "review output " + std::to_string(id));
        (void)reviewstore::writeOutput(ws.db(), after);
        ctx.record(kReviewOutputEntity, std::to_string(id), key, old, now);
    });
}

ReviewOutput deleteReviewOutput(Workspace& ws, std::int64_t id)
{
    return ws.write("Delete management review output", [&](WriteContext& ctx) {
        const ReviewOutput o = loadReviewOutput(ws, id);
        SQLite::Statement del(ws.db(), "DELETE FROM review_output WHERE id = ?");
        del.bind(1, id);
        del.exec();
        SQLite::Statement shift(ws.db(), "UPDATE review_output SET position = position - 1 "
                                         "WHERE review_id = ? AND position > ?");
        shift.bind(1, o.reviewId);
        shift.bind(2, o.position);
        shift.exec();
        ctx.record(kReviewOutputEntity, std::to_string(id), "removed", o.text, std::nullopt);
        return o;
    });
}

} // namespace cw
