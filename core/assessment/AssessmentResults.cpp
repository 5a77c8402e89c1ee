#include "assessment/AssessmentResults.h"

#include "assessment/Assessment.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <map>
#include <set>

namespace cw {

namespace {

constexpr std::array<std::pair<ResultField, std::string_view>, 8> kFields{{
    {ResultField::Status, "status"},
    {ResultField::Maturity, "maturity"},
    {ResultField::Justification, "justification"},
    {ResultField::Notes, "notes"},
    {ResultField::Interviewed, "interviewed"},
    {ResultField::Evidence, "evidence"},
    {ResultField::Gap, "gap"},
    {ResultField::Recommendation, "recommendation"},
}};

constexpr const char* kSelect =
    "SELECT catalog_id, ref, status, maturity, justification, notes, interviewed, evidence, "
    "gap, recommendation FROM assessment_result ";

RequirementResult resultFromRow(SQLite::Statement& q)
{
    RequirementResult r;
    r.key = {q.getColumn(0).getString(), q.getColumn(1).getString()};
    r.status = assessmentStatusFromString(q.getColumn(2).getString()).value_or(AssessmentStatus::NotAssessed);
    if (!q.getColumn(3).isNull())
        r.maturity = q.getColumn(3).getInt();
    r.justification = q.getColumn(4).getString();
    r.notes = q.getColumn(5).getString();
    r.interviewed = q.getColumn(6).getString();
    r.evidence = q.getColumn(7).getString();
    r.gap = q.getColumn(8).getString();
    r.recommendation = q.getColumn(9).getString();
    r.stored = true;
    return r;
}

std::optional<RequirementResult> storedResult(Workspace& ws, std::int64_t assessmentId,
                                              const RequirementKey& key)
{
    auto kept = ws.statement(std::string(kSelect) + "WHERE assessment_id = ? AND catalog_id = ? AND ref = ?");
    SQLite::Statement& q = *kept;
    q.bind(1, assessmentId);
    q.bind(2, key.catalogId);
    q.bind(3, key.ref);
    if (!q.executeStep())
        return std::nullopt;
    return resultFromRow(q);
}

bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// Parses the text form of a field into `r`; Error(InvalidInput) for a bad status or maturity.
void applyField(RequirementResult& r, ResultField f, const std::string& value)
{
    switch (f) {
    case ResultField::Status: {
        const auto s = assessmentStatusFromString(value);
        if (!s)
            throw Error(ErrorCode::InvalidInput,
                        r.key.ref + ": unknown status '" + value +
                            "' (choose not_assessed, nonconformant, partial, conformant, not_applicable)");
        r.status = *s;
        break;
    }
    case ResultField::Maturity:
        if (value.empty()) {
            r.maturity.reset();
        } else if (value.size() == 1 && value[0] >= '0' && value[0] <= '5') {
            r.maturity = value[0] - '0';
        } else {
            throw Error(ErrorCode::InvalidInput,
                        r.key.ref + ": the maturity level must be 0 to 5 (or empty), not '" + value + "'");
        }
        break;
    case ResultField::Justification:
        r.justification = value;
        break;
    case ResultField::Notes:
        r.notes = value;
        break;
    case ResultField::Interviewed:
        r.interviewed = value;
        break;
    case ResultField::Evidence:
        r.evidence = value;
        break;
    case ResultField::Gap:
        r.gap = value;
        break;
    case ResultField::Recommendation:
        r.recommendation = value;
        break;
    }
}

std::string actionLabel(const RequirementKey& key, std::string_view what)
{
    return "Assess " + key.ref + ": " + std::string(what);
}

} // namespace

bool RequirementResult::sameContent(const RequirementResult& o) const
{
    for (const auto f : allResultFields())
        if (resultField(*this, f) != resultField(o, f))
            return false;
    return key == o.key;
}

std::string_view fieldKey(ResultField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::optional<ResultField> resultFieldFromKey(std::string_view key)
{
    for (const auto& [field, k] : kFields)
        if (k == key)
            return field;
    return std::nullopt;
}

const std::vector<ResultField>& allResultFields()
{
    static const std::vector<ResultField> all = [] {
        std::vector<ResultField> v;
        for (const auto& [field, key] : kFields)
            v.push_back(field);
        return v;
    }();
    return all;
}

std::string resultField(const RequirementResult& r, ResultField f)
{
    switch (f) {
    case ResultField::Status:
        return std::string(toString(r.status));
    case ResultField::Maturity:
        return r.maturity ? std::to_string(*r.maturity) : std::string();
    case ResultField::Justification:
        return r.justification;
    case ResultField::Notes:
        return r.notes;
    case ResultField::Interviewed:
        return r.interviewed;
    case ResultField::Evidence:
        return r.evidence;
    case ResultField::Gap:
        return r.gap;
    case ResultField::Recommendation:
        return r.recommendation;
    }
    return {};
}

void requireAssessable(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key)
{
    auto kept = ws.statement("SELECT r.assessable, (SELECT count(*) FROM assessment_catalog ac "
                             "WHERE ac.assessment_id = ?1 AND ac.catalog_id = ?2) "
                             "FROM requirement r WHERE r.catalog_id = ?2 AND r.ref = ?3");
    SQLite::Statement& q = *kept;
    q.bind(1, assessmentId);
    q.bind(2, key.catalogId);
    q.bind(3, key.ref);
    if (!q.executeStep()) {
        (void)loadAssessment(ws, assessmentId);
        throw Error(ErrorCode::NotFound,
                    key.ref + ": no such requirement in the catalog '" + key.catalogId + "'");
    }
    if (q.getColumn(1).getInt64() == 0) {
        const Assessment a = loadAssessment(ws, assessmentId);
        throw Error(ErrorCode::InvalidInput, key.ref + ": the assessment '" + a.name +
                                                 "' does not cover the catalog '" + key.catalogId + "'");
    }
    if (q.getColumn(0).getInt() == 0)
        throw Error(ErrorCode::InvalidInput,
                    key.ref + " of " + key.catalogId +
                        " is a heading; record results for the requirements under it");
}

RequirementResult loadResult(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key)
{
    if (auto r = storedResult(ws, assessmentId, key))
        return std::move(*r);
    requireAssessable(ws, assessmentId, key);
    RequirementResult r;
    r.key = key;
    return r;
}

std::vector<RequirementResult> listResults(Workspace& ws, std::int64_t assessmentId)
{
    SQLite::Statement q(ws.db(),
                        "SELECT ar.catalog_id, ar.ref, ar.status, ar.maturity, ar.justification, ar.notes, "
                        "ar.interviewed, ar.evidence, ar.gap, ar.recommendation FROM assessment_result ar "
                        "JOIN assessment_catalog ac ON ac.assessment_id = ar.assessment_id "
                        "AND ac.catalog_id = ar.catalog_id "
                        "JOIN requirement r ON r.catalog_id = ar.catalog_id AND r.ref = ar.ref "
                        "WHERE ar.assessment_id = ? ORDER BY ac.position, r.position");
    q.bind(1, assessmentId);
    std::vector<RequirementResult> out;
    while (q.executeStep())
        out.push_back(resultFromRow(q));
    return out;
}

void validateResult(const RequirementResult& r)
{
    if (r.maturity && (*r.maturity < 0 || *r.maturity > 5))
        throw Error(ErrorCode::InvalidInput,
                    r.key.ref + ": the maturity level must be 0 to 5, not " + std::to_string(*r.maturity));
    if (r.status == AssessmentStatus::NotApplicable && blank(r.justification))
        throw Error(ErrorCode::InvalidInput, r.key.ref +
                                                 ": not_applicable needs a justification (say why the "
                                                 "requirement does not apply)");
}

void writeResult(WriteContext& ctx, std::int64_t assessmentId, const RequirementResult& result)
{
    auto& ws = ctx.workspace();
    validateResult(result);
    const auto old = storedResult(ws, assessmentId, result.key);
    if (!old)
        requireAssessable(ws, assessmentId, result.key);
    RequirementResult before;
    before.key = result.key;
    if (old)
        before = *old;
    if (old && before.sameContent(result))
        return;
    auto kept =
        ws.statement("INSERT INTO assessment_result(assessment_id, catalog_id, ref, status, maturity, "
                     "justification, notes, interviewed, evidence, gap, recommendation) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (assessment_id, catalog_id, ref) DO UPDATE SET status = excluded.status, "
                     "maturity = excluded.maturity, justification = excluded.justification, "
                     "notes = excluded.notes, interviewed = excluded.interviewed, "
                     "evidence = excluded.evidence, gap = excluded.gap, "
                     "recommendation = excluded.recommendation");
    SQLite::Statement& q = *kept;
    q.bind(1, assessmentId);
    q.bind(2, result.key.catalogId);
    q.bind(3, result.key.ref);
    q.bind(4, std::string(toString(result.status)));
    if (result.maturity)
        q.bind(5, *result.maturity);
    else
        q.bind(5);
    q.bind(6, result.justification);
    q.bind(7, result.notes);
    q.bind(8, result.interviewed);
    q.bind(9, result.evidence);
    q.bind(10, result.gap);
    q.bind(11, result.recommendation);
    q.exec();
    const std::string eid = resultEntityId(assessmentId, result.key);
    bool recorded = false;
    for (const auto f : allResultFields()) {
        const auto a = resultField(before, f);
        const auto b = resultField(result, f);
        if (a != b) {
            ctx.record(kResultEntity, eid, fieldKey(f), old ? std::optional<std::string>(a) : std::nullopt,
                       b);
            recorded = true;
        }
    }
    if (!recorded) // a row holding only defaults: still say it was created
        ctx.record(kResultEntity, eid, "status", std::nullopt, std::string(toString(result.status)));
}

void setResultField(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key, ResultField field,
                    const std::string& value)
{
    ws.write(actionLabel(key, fieldKey(field)), [&](WriteContext& ctx) {
        RequirementResult r = loadResult(ws, assessmentId, key);
        if (resultField(r, field) == value)
            return;
        applyField(r, field, value);
        writeResult(ctx, assessmentId, r);
    });
}

void setResultStatus(Workspace& ws, std::int64_t assessmentId, const RequirementKey& key,
                     AssessmentStatus status, const std::string& justification)
{
    ws.write(actionLabel(key, toString(status)), [&](WriteContext& ctx) {
        RequirementResult r = loadResult(ws, assessmentId, key);
        r.status = status;
        if (status == AssessmentStatus::NotApplicable || !justification.empty())
            r.justification = justification;
        writeResult(ctx, assessmentId, r);
    });
}

void saveResult(Workspace& ws, std::int64_t assessmentId, const RequirementResult& result)
{
    ws.write(actionLabel(result.key, "result"),
             [&](WriteContext& ctx) { writeResult(ctx, assessmentId, result); });
}

std::vector<WorksheetRow> assessmentWorksheet(Workspace& ws, std::int64_t assessmentId)
{
    const Assessment a = loadAssessment(ws, assessmentId);
    std::map<RequirementKey, RequirementResult> results;
    for (auto& r : listResults(ws, assessmentId))
        results.emplace(r.key, std::move(r));
    std::map<RequirementKey, std::pair<int, int>> actions;
    {
        SQLite::Statement q(ws.db(),
                            "SELECT catalog_id, ref, count(*), sum(status IN ('open', 'in_progress')) "
                            "FROM assessment_action WHERE assessment_id = ? GROUP BY catalog_id, ref");
        q.bind(1, assessmentId);
        while (q.executeStep())
            actions[{q.getColumn(0).getString(), q.getColumn(1).getString()}] = {q.getColumn(2).getInt(),
                                                                                 q.getColumn(3).getInt()};
    }
    std::vector<WorksheetRow> out;
    SQLite::Statement docs(ws.db(), "SELECT DISTINCT clause_ref FROM required_document WHERE catalog_id = ?");
    SQLite::Statement reqs(ws.db(),
                           "SELECT ref, parent_ref, depth, title_en, title_zh, assessable FROM requirement "
                           "WHERE catalog_id = ? ORDER BY position");
    for (const auto& catalogId : a.catalogs) {
        std::set<std::string> documented;
        docs.bind(1, catalogId);
        while (docs.executeStep())
            documented.insert(docs.getColumn(0).getString());
        docs.reset();
        reqs.bind(1, catalogId);
        while (reqs.executeStep()) {
            WorksheetRow row;
            row.key = {catalogId, reqs.getColumn(0).getString()};
            if (!reqs.getColumn(1).isNull())
                row.parent = reqs.getColumn(1).getString();
            row.depth = reqs.getColumn(2).getInt();
            row.titleEn = reqs.getColumn(3).getString();
            row.titleZh = reqs.getColumn(4).getString();
            row.assessable = reqs.getColumn(5).getInt() != 0;
            if (auto it = results.find(row.key); it != results.end())
                row.result = it->second;
            else
                row.result.key = row.key;
            if (auto it = actions.find(row.key); it != actions.end()) {
                row.actions = it->second.first;
                row.activeActions = it->second.second;
            }
            row.requiresDocumentedInfo = documented.count(row.key.ref) > 0;
            row.exclusionFlagged = row.result.status == AssessmentStatus::NotApplicable &&
                                   exclusionForbidden(catalogId, row.key.ref);
            out.push_back(std::move(row));
        }
        reqs.reset();
    }
    return out;
}

} // namespace cw
