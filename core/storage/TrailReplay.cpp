#include "storage/TrailReplay.h"

#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string_view>

namespace cw {

namespace {

struct FieldColumn {
    const char* field;  ///< the trail's field name
    const char* column; ///< the column holding the same text, or an SQL expression giving it
};

/// How one entity of the trail is stored: the table, the columns its entity id names (the id has
/// as many '/'-separated parts; with three, the middle part may itself hold '/'), and the fields
/// whose recorded value is exactly the column's text (NULL reads as "").
struct EntityTable {
    const char* entity;
    const char* table;
    std::vector<const char*> keys;
    /// A record of this field without an old value starts a new row under the id (ids of some
    /// tables are reused after a delete); nullptr: any mapped field recorded without an old value.
    const char* creationField;
    bool topLevel; ///< a missing row is a mismatch (child rows may go with their parent)
    std::vector<FieldColumn> fields;
};

const std::vector<EntityTable>& replayTables()
{
    static const std::vector<EntityTable> tables = {
        {"engagement",
         "engagement",
         {"id"},
         "name",
         true,
         {{"name", "name"},
          {"organization_en", "organization_en"},
          {"organization_zh", "organization_zh"},
          {"scope", "scope"},
          {"language", "language"},
          {"services", "services"},
          {"sites", "sites"},
          {"cnca_categories", "cnca_categories"},
          {"certification_body", "certification_body"},
          {"trial_operation_start", "trial_operation_start"},
          {"planned_internal_audit", "planned_internal_audit"},
          {"planned_management_review", "planned_management_review"},
          {"planned_stage1", "planned_stage1"},
          {"planned_stage2", "planned_stage2"}}},
        {"settings", "settings", {"key"}, "", false, {{"value", "value"}}},
        {"finding",
         "finding",
         {"id"},
         "code",
         true,
         {{"code", "code"},
          {"type", "type"},
          {"source", "source"},
          {"source_reference", "source_reference"},
          {"title", "title"},
          {"requirement", "requirement"},
          {"statement", "statement"},
          {"evidence", "evidence"},
          {"raised_by", "raised_by"},
          {"raised_on", "raised_on"},
          {"auditee", "auditee"},
          {"correction", "correction"},
          {"rca_method", "rca_method"},
          {"rca_category", "rca_category"},
          {"root_cause", "root_cause"},
          {"state", "state"}}},
        {"corrective_action",
         "corrective_action",
         {"id"},
         "finding",
         false,
         {{"round", "round"},
          {"description", "description"},
          {"owner", "owner"},
          {"due_date", "due_date"},
          {"state", "status"},
          {"implemented_on", "implemented_on"},
          {"notes", "notes"}}},
        {"audit_programme",
         "audit_programme",
         {"id"},
         "name",
         true,
         {{"name", "name"},
          {"period_start", "period_start"},
          {"period_end", "period_end"},
          {"objectives", "objectives"}}},
        {"audit",
         "audit",
         {"id"},
         "code",
         true,
         {{"code", "code"},
          {"title", "title"},
          {"scope", "scope"},
          {"criteria", "criteria"},
          {"lead_auditor", "lead_auditor"},
          {"auditors", "auditors"},
          {"auditees", "auditees"},
          {"process_owners", "process_owners"},
          {"planned_start", "planned_start"},
          {"planned_end", "planned_end"},
          {"actual_start", "actual_start"},
          {"actual_end", "actual_end"},
          {"status", "status"},
          {"summary", "summary"}}},
        {"audit_checklist_line",
         "audit_checklist_line",
         {"id"},
         "audit",
         false,
         {{"question", "question"},
          {"result", "coalesce(result, 'pending')"},
          {"notes", "notes"},
          {"evidence", "evidence"}}},
        {"management_review",
         "management_review",
         {"id"},
         "title",
         true,
         {{"title", "title"},
          {"held_on", "held_on"},
          {"chair", "chair"},
          {"attendees", "attendees"},
          {"conclusions", "conclusions"}}},
        {"review_output",
         "review_output",
         {"id"},
         "review",
         false,
         {{"review", "review_id"},
          {"kind", "kind"},
          {"text", "text"},
          {"owner", "owner"},
          {"due_date", "due_date"},
          {"state", "status"}}},
        {"assessment",
         "assessment",
         {"id"},
         "name",
         true,
         {{"name", "name"},
          {"date", "assessed_on"},
          {"assessors", "assessors"},
          {"scope_note", "scope_note"}}},
        {"assessment_result",
         "assessment_result",
         {"assessment_id", "catalog_id", "ref"},
         nullptr,
         false,
         {{"status", "status"},
          {"maturity", "maturity"},
          {"justification", "justification"},
          {"notes", "notes"},
          {"interviewed", "interviewed"},
          {"evidence", "evidence"},
          {"gap", "gap"},
          {"recommendation", "recommendation"}}},
        {"assessment_action",
         "assessment_action",
         {"id"},
         "requirement",
         false,
         {{"title", "title"},
          {"owner", "owner"},
          {"due_date", "due_date"},
          {"priority", "priority"},
          {"status", "status"},
          {"notes", "notes"}}},
        {"document",
         "document",
         {"id"},
         "code",
         true,
         {{"code", "code"},
          {"title", "title"},
          {"level", "level"},
          {"type", "type"},
          {"owner", "owner"},
          {"approver", "approver"},
          {"review_months", "review_months"},
          {"next_review", "next_review"},
          {"retention_months", "retention_months"}}},
    };
    return tables;
}

/// A document's version status is recorded as "1.0 approved" under the field "status"; it is
/// replayed per version as the field "status 1.0".
constexpr const char* kVersionStatusPrefix = "status ";
/// A management review's inputs are recorded as "input.<item>"; they live in review_input.
constexpr const char* kReviewInputPrefix = "input.";

struct Expected {
    std::string value;
    std::int64_t entryId = 0;
};

struct EntityState {
    std::map<std::string, Expected> fields;
    std::map<std::string, Expected> removedFields; ///< kept for an undone delete ("restored")
    std::int64_t createdInAction = -1;
    bool removed = false;
};

const EntityTable* tableOf(const std::string& entity)
{
    for (const auto& t : replayTables())
        if (entity == t.entity)
            return &t;
    return nullptr;
}

/// What a field holds when a creation did not record it: the program records every field that is
/// not empty (or not its default) when it creates a row.
std::string defaultOf(const EntityTable& t, const std::string& field)
{
    if (std::string_view(t.table) == "assessment_result" && field == "status")
        return "not_assessed";
    if (std::string_view(t.table) == "audit_checklist_line" && field == "result")
        return "pending";
    return {};
}

const char* columnOf(const EntityTable& t, const std::string& field)
{
    for (const auto& f : t.fields)
        if (field == f.field)
            return f.column;
    return nullptr;
}

/// The parts of an entity id for the table's key columns; none when the id does not fit.
std::optional<std::vector<std::string>> keyParts(const EntityTable& t, const std::string& id)
{
    if (t.keys.size() == 1)
        return std::vector<std::string>{id};
    const auto first = id.find('/');
    const auto last = id.rfind('/');
    if (first == std::string::npos || first == last)
        return std::nullopt;
    return std::vector<std::string>{id.substr(0, first), id.substr(first + 1, last - first - 1),
                                    id.substr(last + 1)};
}

/// A value from the workspace as it may appear in a message: quoted, control characters shown
/// as '?', line breaks as "\n", cut after 60 characters.
std::string shown(const std::string& v)
{
    std::string out = "\"";
    std::size_t n = 0;
    for (const char c : v) {
        if (++n > 60) {
            out += "...";
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            out += "\\n";
        else
            out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return out + "\"";
}

std::string where(const std::string& entity, const std::string& id, const std::string& field)
{
    std::string s = entity + " " + shown(id).substr(1);
    s.pop_back();
    return field.empty() ? s : s + ", field " + field;
}

void replayEntry(std::map<std::pair<std::string, std::string>, EntityState>& states, std::int64_t id,
                 std::int64_t actionId, const std::string& entity, const std::string& entityId,
                 const std::string& field, const std::optional<std::string>& oldValue,
                 const std::optional<std::string>& newValue)
{
    const EntityTable* t = tableOf(entity);
    if (!t)
        return;
    EntityState& s = states[{entity, entityId}];
    if (field == "removed") {
        s.removedFields = std::move(s.fields);
        s.fields.clear();
        s.removed = true;
        return;
    }
    if (field == "restored") {
        s.fields = std::move(s.removedFields);
        s.removedFields.clear();
        s.removed = false;
        return;
    }
    std::string key = field;
    std::string value = newValue.value_or("");
    if (entity == "document" && field == "status") {
        const auto space = value.find(' ');
        if (space == std::string::npos)
            return;
        key = kVersionStatusPrefix + value.substr(0, space);
        value = value.substr(space + 1);
    } else if (entity == "document" && field == "versions") {
        // An import or restore wrote every version at once: the statuses recorded before are void.
        for (auto it = s.fields.begin(); it != s.fields.end();)
            it = it->first.rfind(kVersionStatusPrefix, 0) == 0 ? s.fields.erase(it) : std::next(it);
        return;
    }
    const bool reviewInput = entity == "management_review" && field.rfind(kReviewInputPrefix, 0) == 0;
    const bool mapped = columnOf(*t, field) != nullptr || key != field || reviewInput;
    const bool creates = t->creationField ? field == t->creationField : mapped;
    if (creates && !oldValue && actionId != s.createdInAction) {
        // A new row: what its creation does not record is empty (or the column's default).
        s.fields.clear();
        s.removedFields.clear();
        s.createdInAction = actionId;
        for (const auto& f : t->fields)
            s.fields[f.field] = Expected{defaultOf(*t, f.field), id};
    }
    if (!mapped)
        return;
    s.removed = false;
    s.fields[key] = Expected{std::move(value), id};
}

} // namespace

namespace {

ReplayReport replay(Workspace& ws)
{
    std::map<std::pair<std::string, std::string>, EntityState> states;
    {
        SQLite::Statement q(ws.db(), "SELECT id, action_id, entity, entity_id, field, old_value, new_value "
                                     "FROM audit_trail ORDER BY id");
        while (q.executeStep()) {
            std::optional<std::string> oldValue;
            std::optional<std::string> newValue;
            if (!q.getColumn(5).isNull())
                oldValue = q.getColumn(5).getString();
            if (!q.getColumn(6).isNull())
                newValue = q.getColumn(6).getString();
            replayEntry(states, q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                        q.getColumn(2).getString(), q.getColumn(3).getString(), q.getColumn(4).getString(),
                        oldValue, newValue);
        }
    }

    ReplayReport report;
    std::map<const EntityTable*, std::unique_ptr<SQLite::Statement>> rowQueries;
    SQLite::Statement inputQuery(ws.db(), "SELECT text FROM review_input WHERE review_id = ? AND item = ?");
    SQLite::Statement versionQuery(ws.db(), "SELECT status FROM document_version WHERE document_id = ? AND "
                                            "major = ? AND minor = ?");
    for (const auto& [key, s] : states) {
        if (s.removed || s.fields.empty())
            continue;
        const EntityTable& t = *tableOf(key.first);
        const auto parts = keyParts(t, key.second);
        if (!parts)
            continue;
        auto& q = rowQueries[&t];
        if (!q) {
            std::string sql = "SELECT ";
            for (std::size_t i = 0; i < t.fields.size(); ++i) {
                const std::string column = t.fields[i].column;
                sql += std::string(i ? ", " : "") + (column.find('(') != std::string::npos
                                                         ? column
                                                         : "coalesce(CAST(" + column + " AS TEXT), '')");
            }
            sql += std::string(" FROM ") + t.table + " WHERE ";
            for (std::size_t i = 0; i < t.keys.size(); ++i)
                sql += std::string(i ? " AND " : "") + t.keys[i] + " = ?";
            q = std::make_unique<SQLite::Statement>(ws.db(), sql);
        }
        q->reset();
        for (std::size_t i = 0; i < parts->size(); ++i)
            q->bind(static_cast<int>(i + 1), (*parts)[i]);
        ++report.entities;
        const bool found = q->executeStep();
        if (!found) {
            if (!t.topLevel)
                continue;
            std::int64_t last = 0;
            for (const auto& [field, e] : s.fields)
                last = std::max(last, e.entryId);
            RowMismatch m{key.first, key.second, "", last, "", std::nullopt, ""};
            m.message = where(key.first, key.second, "") +
                        ": the row is missing, but the trail never recorded "
                        "its removal (its newest entry is " +
                        std::to_string(last) + ")";
            report.mismatches.push_back(std::move(m));
            continue;
        }
        for (const auto& [field, e] : s.fields) {
            std::optional<std::string> actual;
            if (field.rfind(kVersionStatusPrefix, 0) == 0) {
                const std::string number = field.substr(std::string(kVersionStatusPrefix).size());
                const auto dot = number.find('.');
                if (dot == std::string::npos)
                    continue;
                versionQuery.reset();
                versionQuery.bind(1, (*parts)[0]);
                versionQuery.bind(2, number.substr(0, dot));
                versionQuery.bind(3, number.substr(dot + 1));
                if (versionQuery.executeStep())
                    actual = versionQuery.getColumn(0).getString();
            } else if (key.first == "management_review" && field.rfind(kReviewInputPrefix, 0) == 0) {
                inputQuery.reset();
                inputQuery.bind(1, (*parts)[0]);
                inputQuery.bind(2, field.substr(std::string(kReviewInputPrefix).size()));
                actual = inputQuery.executeStep() ? inputQuery.getColumn(0).getString() : std::string();
            } else {
                for (std::size_t i = 0; i < t.fields.size(); ++i)
                    if (field == t.fields[i].field)
                        actual = q->getColumn(static_cast<int>(i)).getString();
            }
            ++report.fields;
            if (actual == e.value)
                continue;
            RowMismatch m{key.first, key.second, field, e.entryId, e.value, actual, ""};
            m.message = where(key.first, key.second, field) + ": " +
                        (actual ? "the row holds " + shown(*actual) : std::string("the row is missing")) +
                        ", but the trail's entry " + std::to_string(e.entryId) + " recorded " +
                        shown(e.value);
            report.mismatches.push_back(std::move(m));
        }
    }
    return report;
}

} // namespace

ReplayReport replayAuditTrail(Workspace& ws)
{
    try {
        return replay(ws);
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorCode::CannotOpen, ws.file().string() +
                                               ": the audit trail or the rows it covers cannot be read (" +
                                               e.what() + ")");
    }
}

} // namespace cw
