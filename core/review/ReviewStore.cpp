#include "review/ReviewStore.h"

#include "audit/AuditTypes.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace cw::reviewstore {

namespace {

bool exists(SQLite::Database& db, const char* table, std::int64_t id)
{
    if (id <= 0)
        return false;
    SQLite::Statement q(db, std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    q.bind(1, id);
    return q.executeStep();
}

} // namespace

std::vector<ManagementReview> readReviews(SQLite::Database& db, std::optional<std::int64_t> id)
{
    SQLite::Statement q(db, std::string("SELECT id, title, held_on, chair, attendees, conclusions FROM "
                                        "management_review ") +
                                (id ? "WHERE id = ? " : "") + "ORDER BY held_on, id");
    if (id)
        q.bind(1, *id);
    std::vector<ManagementReview> out;
    while (q.executeStep()) {
        ManagementReview r;
        r.id = q.getColumn(0).getInt64();
        r.title = q.getColumn(1).getString();
        r.heldOn = q.getColumn(2).getString();
        r.chair = q.getColumn(3).getString();
        r.attendees = splitNames(q.getColumn(4).getString());
        r.conclusions = q.getColumn(5).getString();
        for (const auto i : allReviewInputs())
            r.inputs[i];
        out.push_back(std::move(r));
    }
    SQLite::Statement in(db, "SELECT item, text FROM review_input WHERE review_id = ?");
    for (auto& r : out) {
        in.reset();
        in.bind(1, r.id);
        while (in.executeStep())
            if (const auto item = reviewInputFromString(in.getColumn(0).getString()))
                r.inputs[*item] = in.getColumn(1).getString();
    }
    return out;
}

std::vector<ReviewOutput> readOutputs(SQLite::Database& db, std::int64_t reviewId)
{
    SQLite::Statement q(db, "SELECT id, position, kind, text, owner, due_date, status FROM review_output "
                            "WHERE review_id = ? ORDER BY position, id");
    q.bind(1, reviewId);
    std::vector<ReviewOutput> out;
    while (q.executeStep()) {
        ReviewOutput o;
        o.id = q.getColumn(0).getInt64();
        o.reviewId = reviewId;
        o.position = q.getColumn(1).getInt();
        o.kind = outputKindFromString(q.getColumn(2).getString()).value_or(OutputKind::Action);
        o.text = q.getColumn(3).getString();
        o.owner = q.getColumn(4).getString();
        o.dueDate = q.getColumn(5).isNull() ? std::string() : q.getColumn(5).getString();
        o.state = outputStateFromString(q.getColumn(6).getString()).value_or(OutputState::Open);
        out.push_back(std::move(o));
    }
    return out;
}

std::int64_t writeReviewRow(SQLite::Database& db, const ManagementReview& r)
{
    const bool update = exists(db, "management_review", r.id);
    SQLite::Statement q(db, update ? "UPDATE management_review SET title = ?2, held_on = ?3, chair = ?4, "
                                     "attendees = ?5, conclusions = ?6 WHERE id = ?1"
                                   : "INSERT INTO management_review(id, title, held_on, chair, attendees, "
                                     "conclusions) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (r.id > 0)
        q.bind(1, r.id);
    else
        q.bind(1);
    q.bind(2, r.title);
    q.bind(3, r.heldOn);
    q.bind(4, r.chair);
    q.bind(5, joinNames(r.attendees));
    q.bind(6, r.conclusions);
    q.exec();
    const std::int64_t id = r.id > 0 ? r.id : db.getLastInsertRowid();
    SQLite::Statement in(db, "INSERT OR REPLACE INTO review_input(review_id, item, text) VALUES (?, ?, ?)");
    for (const auto i : allReviewInputs()) {
        const auto it = r.inputs.find(i);
        in.reset();
        in.bind(1, id);
        in.bind(2, std::string(toString(i)));
        in.bind(3, it == r.inputs.end() ? std::string() : it->second);
        in.exec();
    }
    return id;
}

std::int64_t writeOutput(SQLite::Database& db, const ReviewOutput& o)
{
    const bool update = exists(db, "review_output", o.id);
    SQLite::Statement q(
        db, update ? "UPDATE review_output SET review_id = ?2, position = ?3, kind = ?4, text = ?5, "
                     "owner = ?6, due_date = ?7, status = ?8 WHERE id = ?1"
                   : "INSERT INTO review_output(id, review_id, position, kind, text, owner, due_date, "
                     "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (o.id > 0)
        q.bind(1, o.id);
    else
        q.bind(1);
    q.bind(2, o.reviewId);
    q.bind(3, o.position);
    q.bind(4, std::string(toString(o.kind)));
    q.bind(5, o.text);
    q.bind(6, o.owner);
    if (o.dueDate.empty())
        q.bind(7);
    else
        q.bind(7, o.dueDate);
    q.bind(8, std::string(toString(o.state)));
    q.exec();
    return o.id > 0 ? o.id : db.getLastInsertRowid();
}

} // namespace cw::reviewstore
