#include "review/ManagementReview.h"

#include "audit/AuditTypes.h"
#include "common/Error.h"
#include "engagement/Engagement.h"
#include "review/ReviewPrefill.h"
#include "review/ReviewStore.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>

namespace cw {

namespace {

struct InputInfo {
    ReviewInput input;
    std::string_view key;
    const char* en;
    const char* zh;
};

constexpr std::array<InputInfo, 10> kInputs{{
    {ReviewInput::PreviousActions, "previous_actions", "Status of actions from previous reviews",
     "以往管理评审措施的状态"},
    {ReviewInput::ContextChanges, "context_changes", "Changes in issues and interested parties",
     "内外部因素及相关方的变化"},
    {ReviewInput::Performance, "performance", "Performance and trends of the SMS",
     "服务管理体系的绩效及趋势"},
    {ReviewInput::AuditResults, "audit_results", "Audit results", "审核结果"},
    {ReviewInput::Nonconformities, "nonconformities", "Nonconformities and corrective actions",
     "不符合及纠正措施"},
    {ReviewInput::CustomerSatisfaction, "customer_satisfaction", "Customer satisfaction and feedback",
     "顾客满意及反馈"},
    {ReviewInput::SupplierPerformance, "supplier_performance", "Performance of suppliers and other parties",
     "供方及其他相关方的绩效"},
    {ReviewInput::RisksOpportunities, "risks_opportunities", "Risks and opportunities", "风险和机遇"},
    {ReviewInput::Resources, "resources", "Adequacy of resources", "资源的充分性"},
    {ReviewInput::Improvement, "improvement", "Opportunities for improvement", "改进机会"},
}};

constexpr std::array<std::pair<ReviewField, std::string_view>, 5> kFields{{
    {ReviewField::Title, "title"},
    {ReviewField::HeldOn, "held_on"},
    {ReviewField::Chair, "chair"},
    {ReviewField::Attendees, "attendees"},
    {ReviewField::Conclusions, "conclusions"},
}};

void recordAll(WriteContext& ctx, const ManagementReview& r)
{
    const std::string eid = std::to_string(r.id);
    for (const auto& [field, key] : kFields) {
        const auto v = reviewField(r, field);
        if (!v.empty())
            ctx.record(kReviewEntity, eid, key, std::nullopt, v);
    }
    for (const auto& [input, text] : r.inputs)
        if (!text.empty())
            ctx.record(kReviewEntity, eid, "input." + std::string(toString(input)), std::nullopt, text);
}

} // namespace

std::string_view toString(ReviewInput i)
{
    for (const auto& info : kInputs)
        if (info.input == i)
            return info.key;
    return {};
}

std::optional<ReviewInput> reviewInputFromString(std::string_view s)
{
    for (const auto& info : kInputs)
        if (info.key == s)
            return info.input;
    return std::nullopt;
}

const std::vector<ReviewInput>& allReviewInputs()
{
    static const std::vector<ReviewInput> all = [] {
        std::vector<ReviewInput> v;
        for (const auto& info : kInputs)
            v.push_back(info.input);
        return v;
    }();
    return all;
}

std::string reviewInputTitle(ReviewInput i, const std::string& lang)
{
    for (const auto& info : kInputs)
        if (info.input == i)
            return lang == "zh" ? info.zh : info.en;
    return {};
}

std::string_view fieldKey(ReviewField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::string reviewField(const ManagementReview& r, ReviewField f)
{
    switch (f) {
    case ReviewField::Title:
        return r.title;
    case ReviewField::HeldOn:
        return r.heldOn;
    case ReviewField::Chair:
        return r.chair;
    case ReviewField::Attendees:
        return joinNames(r.attendees);
    case ReviewField::Conclusions:
        return r.conclusions;
    }
    return {};
}

void validateReview(const ManagementReview& r, const std::string& where)
{
    if (r.title.empty())
        throw Error(ErrorCode::InvalidInput, where + ": the review needs a title");
    (void)parseDate(r.heldOn, where + ": the date held");
}

std::vector<ManagementReview> listReviews(Workspace& ws)
{
    return reviewstore::readReviews(ws.db());
}

ManagementReview loadReview(Workspace& ws, std::int64_t id)
{
    auto found = reviewstore::readReviews(ws.db(), id);
    if (found.empty())
        throw Error(ErrorCode::NotFound,
                    "the workspace holds no management review with id " + std::to_string(id));
    return found.front();
}

std::vector<ReviewOutput> listReviewOutputs(Workspace& ws, std::int64_t reviewId)
{
    return reviewstore::readOutputs(ws.db(), reviewId);
}

ReviewSnapshot snapshotReview(Workspace& ws, std::int64_t id)
{
    return {loadReview(ws, id), reviewstore::readOutputs(ws.db(), id)};
}

std::optional<ManagementReview> latestReview(Workspace& ws, const std::string& date)
{
    std::optional<ManagementReview> latest;
    for (auto& r : listReviews(ws))
        if (date.empty() || r.heldOn <= date)
            latest = std::move(r);
    return latest;
}

std::int64_t createReview(Workspace& ws, const NewReview& init)
{
    ManagementReview r;
    r.title = trimmed(init.title);
    r.heldOn = trimmed(init.heldOn).empty() ? formatDate(ws.clock().today()) : trimmed(init.heldOn);
    r.chair = trimmed(init.chair);
    r.attendees = splitNames(joinNames(init.attendees));
    return ws.write("Create management review " + r.title, [&](WriteContext& ctx) {
        validateReview(r, "management review '" + r.title + "'");
        r.inputs = prefilledReviewInputs(ws, r.heldOn, loadEngagement(ws).language);
        r.id = reviewstore::writeReviewRow(ws.db(), r);
        recordAll(ctx, r);
        return r.id;
    });
}

void setReviewField(Workspace& ws, std::int64_t id, ReviewField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit management review " + key, [&](WriteContext& ctx) {
        const ManagementReview before = loadReview(ws, id);
        ManagementReview after = before;
        switch (field) {
        case ReviewField::Title:
            after.title = trimmed(value);
            break;
        case ReviewField::HeldOn:
            after.heldOn = trimmed(value);
            break;
        case ReviewField::Chair:
            after.chair = trimmed(value);
            break;
        case ReviewField::Attendees:
            after.attendees = splitNames(value);
            break;
        case ReviewField::Conclusions:
            after.conclusions = value;
            break;
        }
        const std::string old = reviewField(before, field);
        const std::string now = reviewField(after, field);
        if (old == now)
            return;
        validateReview(after, "management review '" + before.title + "'");
        (void)reviewstore::writeReviewRow(ws.db(), after);
        ctx.record(kReviewEntity, std::to_string(id), key, old, now);
    });
}

void setReviewInput(Workspace& ws, std::int64_t id, ReviewInput input, const std::string& text)
{
    const std::string key = "input." + std::string(toString(input));
    ws.write("Edit management review input", [&](WriteContext& ctx) {
        ManagementReview r = loadReview(ws, id);
        const std::string old = r.inputs[input];
        if (old == text)
            return;
        r.inputs[input] = text;
        (void)reviewstore::writeReviewRow(ws.db(), r);
        ctx.record(kReviewEntity, std::to_string(id), key, old, text);
    });
}

ReviewSnapshot deleteReview(Workspace& ws, std::int64_t id)
{
    return ws.write("Delete management review", [&](WriteContext& ctx) {
        ReviewSnapshot s = snapshotReview(ws, id);
        SQLite::Statement del(ws.db(), "DELETE FROM management_review WHERE id = ?");
        del.bind(1, id);
        del.exec();
        ctx.record(kReviewEntity, std::to_string(id), "removed", s.review.title, std::nullopt);
        return s;
    });
}

std::int64_t writeReviewSnapshot(WriteContext& ctx, const ReviewSnapshot& snapshot, bool keepIds)
{
    auto& db = ctx.workspace().db();
    ManagementReview r = snapshot.review;
    const std::string where = "management review '" + r.title + "'";
    validateReview(r, where);
    if (!keepIds)
        r.id = 0;
    for (const auto i : allReviewInputs())
        r.inputs.try_emplace(i);
    const bool existed = r.id > 0 && !reviewstore::readReviews(db, r.id).empty();
    r.id = reviewstore::writeReviewRow(db, r);
    SQLite::Statement del(db, "DELETE FROM review_output WHERE review_id = ?");
    del.bind(1, r.id);
    del.exec();
    int position = 0;
    for (ReviewOutput o : snapshot.outputs) {
        validateOutput(o, where);
        o.reviewId = r.id;
        o.position = ++position;
        if (!keepIds)
            o.id = 0;
        (void)reviewstore::writeOutput(db, o);
    }
    if (existed) {
        ctx.record(kReviewEntity, std::to_string(r.id), "restored", std::nullopt, r.title);
    } else {
        recordAll(ctx, r);
        if (!snapshot.outputs.empty())
            ctx.record(kReviewEntity, std::to_string(r.id), "outputs", std::nullopt,
                       std::to_string(snapshot.outputs.size()) + " output(s)");
    }
    return r.id;
}

void restoreReview(Workspace& ws, const ReviewSnapshot& snapshot, const std::string& action)
{
    ws.write(action, [&](WriteContext& ctx) { (void)writeReviewSnapshot(ctx, snapshot, true); });
}

} // namespace cw
