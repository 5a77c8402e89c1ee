#pragma once
// Internal to core/review: row readers and writers. Not for the UI.

#include "review/ManagementReview.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace cw::reviewstore {

/// Every review (or the one with `id`), by date then id, with its inputs.
[[nodiscard]] std::vector<ManagementReview> readReviews(SQLite::Database& db,
                                                        std::optional<std::int64_t> id = {});
[[nodiscard]] std::vector<ReviewOutput> readOutputs(SQLite::Database& db, std::int64_t reviewId);
/// Updates the review row and its inputs when the id exists, else inserts them. Returns the id.
std::int64_t writeReviewRow(SQLite::Database& db, const ManagementReview& r);
/// Updates the output when the id exists, else inserts it. Returns the id.
std::int64_t writeOutput(SQLite::Database& db, const ReviewOutput& o);

} // namespace cw::reviewstore
