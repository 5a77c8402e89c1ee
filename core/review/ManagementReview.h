#pragma once

#include "common/Clock.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class Workspace;
class WriteContext;

/// The inputs a management review considers (ISO/IEC 20000-1 clause 9.3), in agenda order.
enum class ReviewInput {
    PreviousActions,      ///< status of actions from earlier reviews
    ContextChanges,       ///< changes in external and internal issues and interested parties
    Performance,          ///< performance of the SMS and its trends
    AuditResults,         ///< audit results
    Nonconformities,      ///< nonconformities and corrective actions
    CustomerSatisfaction, ///< customer satisfaction and feedback
    SupplierPerformance,  ///< performance of suppliers and other parties
    RisksOpportunities,   ///< risks and opportunities
    Resources,            ///< adequacy of resources
    Improvement           ///< opportunities for continual improvement
};
/// "previous_actions", "context_changes", "performance", "audit_results", "nonconformities",
/// "customer_satisfaction", "supplier_performance", "risks_opportunities", "resources", "improvement".
[[nodiscard]] std::string_view toString(ReviewInput i);
[[nodiscard]] std::optional<ReviewInput> reviewInputFromString(std::string_view s);
[[nodiscard]] const std::vector<ReviewInput>& allReviewInputs();
/// The heading of the input in "en" or "zh".
[[nodiscard]] std::string reviewInputTitle(ReviewInput i, const std::string& lang);

enum class OutputKind { Decision, Action };
enum class OutputState { Open, Done, Cancelled };
[[nodiscard]] std::string_view toString(OutputKind k); ///< "decision", "action"
[[nodiscard]] std::optional<OutputKind> outputKindFromString(std::string_view s);
[[nodiscard]] std::string_view toString(OutputState s); ///< "open", "done", "cancelled"
[[nodiscard]] std::optional<OutputState> outputStateFromString(std::string_view s);

/// An output of a review: a decision, or an action with an owner and a due date.
struct ReviewOutput {
    std::int64_t id = 0;
    std::int64_t reviewId = 0;
    int position = 0;
    OutputKind kind = OutputKind::Action;
    std::string text;
    std::string owner;
    std::string dueDate; ///< YYYY-MM-DD or empty
    OutputState state = OutputState::Open;
    bool operator==(const ReviewOutput&) const = default;
};

/// The record of a management review meeting.
struct ManagementReview {
    std::int64_t id = 0;
    std::string title;
    std::string heldOn; ///< YYYY-MM-DD
    std::string chair;
    std::vector<std::string> attendees;
    std::map<ReviewInput, std::string> inputs; ///< every input, text possibly empty
    std::string conclusions;                   ///< on the suitability, adequacy and effectiveness of the SMS
    bool operator==(const ManagementReview&) const = default;
};

/// A review with its outputs: what deleteReview() removes and restoreReview() puts back.
struct ReviewSnapshot {
    ManagementReview review;
    std::vector<ReviewOutput> outputs; ///< in order
    bool operator==(const ReviewSnapshot&) const = default;
};

inline constexpr std::string_view kReviewEntity = "management_review";
inline constexpr std::string_view kReviewOutputEntity = "review_output";

/// Every review, by date, then creation.
[[nodiscard]] std::vector<ManagementReview> listReviews(Workspace& ws);
/// Error(NotFound) when absent.
[[nodiscard]] ManagementReview loadReview(Workspace& ws, std::int64_t id);
[[nodiscard]] std::vector<ReviewOutput> listReviewOutputs(Workspace& ws, std::int64_t reviewId);
[[nodiscard]] ReviewSnapshot snapshotReview(Workspace& ws, std::int64_t id);
/// The latest review held on or before `date` (any date when empty), or nullopt.
[[nodiscard]] std::optional<ManagementReview> latestReview(Workspace& ws, const std::string& date = {});

struct NewReview {
    std::string title;
    std::string heldOn; ///< empty: today
    std::string chair;
    std::vector<std::string> attendees;
};
/// Creates a review as one action, its inputs pre-filled from the workspace's data as of the
/// review date (prefilledReviewInputs()), in the engagement's language. Returns its id.
std::int64_t createReview(Workspace& ws, const NewReview& init);

enum class ReviewField { Title, HeldOn, Chair, Attendees, Conclusions };
/// "title", "held_on", "chair", "attendees", "conclusions".
[[nodiscard]] std::string_view fieldKey(ReviewField f);
[[nodiscard]] std::string reviewField(const ManagementReview& r, ReviewField f);
/// Sets one field as one action (attendees one per line); a no-op when unchanged.
void setReviewField(Workspace& ws, std::int64_t id, ReviewField field, const std::string& value);
/// Sets the text of one input as one action (read the old one from ManagementReview::inputs).
void setReviewInput(Workspace& ws, std::int64_t id, ReviewInput input, const std::string& text);

/// Adds an output as one action and returns its id (position 0 appends; `id` set restores).
std::int64_t addReviewOutput(Workspace& ws, std::int64_t reviewId, const ReviewOutput& output);
[[nodiscard]] ReviewOutput loadReviewOutput(Workspace& ws, std::int64_t id);
enum class OutputField { Kind, Text, Owner, DueDate, State };
/// "kind", "text", "owner", "due_date", "state".
[[nodiscard]] std::string_view fieldKey(OutputField f);
[[nodiscard]] std::string outputField(const ReviewOutput& o, OutputField f);
void setReviewOutputField(Workspace& ws, std::int64_t id, OutputField field, const std::string& value);
/// Deletes an output as one action and returns it (undo: addReviewOutput() with it).
ReviewOutput deleteReviewOutput(Workspace& ws, std::int64_t id);
/// An open action with a due date before `today`.
[[nodiscard]] bool isOverdue(const ReviewOutput& o, Date today);

/// Deletes a review with its outputs as one action and returns them (the undo snapshot).
ReviewSnapshot deleteReview(Workspace& ws, std::int64_t id);
/// Puts a review back as the snapshot holds it, under the same ids, as one action.
void restoreReview(Workspace& ws, const ReviewSnapshot& snapshot,
                   const std::string& action = "Restore review");

// --- Inside an action. ----------------------------------------------------------------------------
void validateReview(const ManagementReview& r, const std::string& where);
void validateOutput(const ReviewOutput& o, const std::string& where);
/// Writes a snapshot (ids kept when `keepIds`). Returns the review id.
std::int64_t writeReviewSnapshot(WriteContext& ctx, const ReviewSnapshot& snapshot, bool keepIds);

} // namespace cw
