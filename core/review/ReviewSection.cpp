#include "review/ReviewSection.h"

#include "audit/AuditTypes.h"
#include "common/Error.h"
#include "common/Json.h"
#include "review/ManagementReview.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

namespace cw {

namespace {

using Json = nlohmann::ordered_json;

void putText(Json& j, const char* key, const std::string& value)
{
    if (!value.empty())
        j[key] = value;
}

std::string text(const JsonNode& node, const char* key)
{
    const auto n = node.find(key);
    return n ? n->string() : std::string();
}

ReviewSnapshot snapshotFromJson(const JsonNode& node)
{
    node.allowOnly({"title", "held_on", "chair", "attendees", "inputs", "conclusions", "outputs"});
    ReviewSnapshot s;
    ManagementReview& r = s.review;
    r.title = trimmed(node.at("title").nonEmptyString());
    r.heldOn = node.at("held_on").dateString();
    r.chair = trimmed(text(node, "chair"));
    if (const auto list = node.find("attendees"))
        for (const auto& a : list->array()) {
            auto name = trimmed(a.nonEmptyString());
            if (name.empty() || name.find('\n') != std::string::npos)
                a.fail("expected one name (not empty, on one line)");
            r.attendees.push_back(std::move(name));
        }
    for (const auto i : allReviewInputs())
        r.inputs[i];
    if (const auto inputs = node.find("inputs")) {
        inputs->requireObject();
        for (const auto& item : inputs->raw().items()) {
            const auto input = reviewInputFromString(item.key());
            if (!input)
                inputs->at(item.key())
                    .fail("unknown input (expected previous_actions, context_changes, performance, "
                          "audit_results, nonconformities, customer_satisfaction, "
                          "supplier_performance, risks_opportunities, resources or improvement)");
            r.inputs[*input] = inputs->at(item.key()).string();
        }
    }
    r.conclusions = text(node, "conclusions");
    if (const auto list = node.find("outputs"))
        for (const auto& item : list->array()) {
            item.allowOnly({"kind", "text", "owner", "due_date", "state"});
            ReviewOutput o;
            if (const auto k = item.find("kind")) {
                const auto kind = outputKindFromString(k->string());
                if (!kind)
                    k->fail("must be decision or action");
                o.kind = *kind;
            }
            o.text = trimmed(item.at("text").nonEmptyString());
            o.owner = trimmed(text(item, "owner"));
            o.dueDate = item.find("due_date") ? item.at("due_date").dateString() : std::string();
            if (const auto st = item.find("state")) {
                const auto state = outputStateFromString(st->string());
                if (!state)
                    st->fail("must be open, done or cancelled");
                o.state = *state;
            }
            s.outputs.push_back(std::move(o));
        }
    return s;
}

} // namespace

void ReviewSection::exportTo(Workspace& ws, nlohmann::ordered_json& root) const
{
    auto arr = Json::array();
    for (const auto& listed : listReviews(ws)) {
        const ReviewSnapshot s = snapshotReview(ws, listed.id);
        const ManagementReview& r = s.review;
        Json j;
        j["title"] = r.title;
        j["held_on"] = r.heldOn;
        putText(j, "chair", r.chair);
        j["attendees"] = r.attendees;
        Json inputs = Json::object();
        for (const auto i : allReviewInputs()) {
            const auto it = r.inputs.find(i);
            if (it != r.inputs.end() && !it->second.empty())
                inputs[std::string(toString(i))] = it->second;
        }
        j["inputs"] = std::move(inputs);
        putText(j, "conclusions", r.conclusions);
        auto outputs = Json::array();
        for (const auto& o : s.outputs) {
            Json jo{{"kind", toString(o.kind)}, {"text", o.text}};
            putText(jo, "owner", o.owner);
            putText(jo, "due_date", o.dueDate);
            jo["state"] = std::string(toString(o.state));
            outputs.push_back(std::move(jo));
        }
        j["outputs"] = std::move(outputs);
        arr.push_back(std::move(j));
    }
    root["management_reviews"] = std::move(arr);
}

std::function<void(WriteContext&)> ReviewSection::prepare(Workspace&, const JsonNode& root) const
{
    std::vector<ReviewSnapshot> reviews;
    if (const auto node = root.find("management_reviews"))
        for (const auto& item : node->array())
            reviews.push_back(snapshotFromJson(item));
    return [reviews = std::move(reviews)](WriteContext& ctx) {
        for (const auto& s : reviews)
            (void)writeReviewSnapshot(ctx, s, false);
    };
}

bool ReviewSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM management_review").getInt64() > 0;
}

void ReviewSection::clear(WriteContext& ctx) const
{
    for (const auto& r : listReviews(ctx.workspace()))
        ctx.record(kReviewEntity, std::to_string(r.id), "removed", r.title, std::nullopt);
    ctx.workspace().db().exec("DELETE FROM management_review");
}

} // namespace cw
