#include "documents/DocumentQuery.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <variant>

namespace cw {

namespace {

using Param = std::variant<std::int64_t, std::string>;

constexpr const char* kFrom =
    " FROM document d"
    " JOIN document_version cv ON cv.id = (SELECT id FROM document_version WHERE document_id = d.id"
    "   ORDER BY major DESC, minor DESC LIMIT 1)"
    " LEFT JOIN document_version fv ON fv.id = (SELECT id FROM document_version WHERE document_id = d.id"
    "   AND status = 'approved' ORDER BY major DESC, minor DESC LIMIT 1)";

constexpr const char* kOverdue = "(fv.id IS NOT NULL AND d.next_review IS NOT NULL AND d.next_review < ?)";

std::size_t codePoints(const std::string& s)
{
    std::size_t n = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto start = text.find_first_not_of(" \t\r\n", i);
        if (start == std::string::npos)
            break;
        const auto end = text.find_first_of(" \t\r\n", start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        i = end == std::string::npos ? text.size() : end;
    }
    return out;
}

std::string likeEscaped(const std::string& s)
{
    std::string out;
    for (const char c : s) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

/// The WHERE clause (starting with " WHERE", or empty) and its parameters; `readsVersions`, when
/// given, is told whether a condition refers to the versions (cv, fv of kFrom).
std::string whereClause(Workspace& ws, const DocumentFilter& f, std::vector<Param>& params,
                        bool* readsVersions = nullptr)
{
    if (readsVersions)
        *readsVersions = f.status || f.overdueOnly; // the two conditions below on cv and fv
    std::vector<std::string> conditions;
    if (f.level) {
        conditions.emplace_back("d.level = ?");
        params.emplace_back(std::int64_t{*f.level});
    }
    if (f.status) {
        conditions.emplace_back("cv.status = ?");
        params.emplace_back(std::string(toString(*f.status)));
    }
    if (f.owner) {
        conditions.emplace_back("d.owner = ?");
        params.emplace_back(*f.owner);
    }
    if (f.overdueOnly) {
        conditions.emplace_back(kOverdue);
        params.emplace_back(formatDate(ws.clock().today()));
    }
    if (f.clause) {
        std::string c = "EXISTS (SELECT 1 FROM document_clause c WHERE c.document_id = d.id "
                        "AND (c.ref = ? OR c.ref LIKE ? ESCAPE '\\')";
        params.emplace_back(f.clause->ref);
        params.emplace_back(likeEscaped(f.clause->ref) + ".%");
        if (!f.clause->catalogId.empty()) {
            c += " AND c.catalog_id = ?";
            params.emplace_back(f.clause->catalogId);
        }
        conditions.push_back(c + ")");
    }
    if (f.parent) {
        if (*f.parent == 0) {
            conditions.emplace_back("d.parent_id IS NULL");
        } else {
            conditions.emplace_back("d.parent_id = ?");
            params.emplace_back(*f.parent);
        }
    }
    const auto terms = words(f.text);
    bool allLong = !terms.empty();
    for (const auto& t : terms)
        allLong = allLong && codePoints(t) >= 3;
    if (allLong) {
        std::string match;
        for (const auto& t : terms) {
            std::string quoted = "\"";
            for (const char c : t)
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            match += (match.empty() ? "" : " ") + quoted + "\"";
        }
        conditions.emplace_back("d.id IN (SELECT rowid FROM document_search WHERE document_search MATCH ?)");
        params.emplace_back(match);
    } else {
        for (const auto& t : terms) {
            conditions.emplace_back(
                "d.id IN (SELECT rowid FROM document_search WHERE code LIKE ? ESCAPE '\\' OR "
                "title LIKE ? ESCAPE '\\' OR summaries LIKE ? ESCAPE '\\' OR "
                "comments LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 4; ++i)
                params.emplace_back("%" + likeEscaped(t) + "%");
        }
    }
    std::string sql;
    for (const auto& c : conditions)
        sql += (sql.empty() ? " WHERE " : " AND ") + c;
    return sql;
}

void bindAll(SQLite::Statement& q, const std::vector<Param>& params)
{
    int i = 1;
    for (const auto& p : params) {
        if (const auto* v = std::get_if<std::int64_t>(&p))
            q.bind(i, *v);
        else
            q.bind(i, std::get<std::string>(p));
        ++i;
    }
}

std::string orderBy(DocumentSort sort, bool descending)
{
    const std::string dir = descending ? " DESC" : "";
    switch (sort) {
    case DocumentSort::Code:
        return " ORDER BY d.code" + dir;
    case DocumentSort::Title:
        return " ORDER BY d.title" + dir + ", d.code";
    case DocumentSort::Level:
        return " ORDER BY d.level" + dir + ", d.code";
    case DocumentSort::Type:
        return " ORDER BY d.type" + dir + ", d.code";
    case DocumentSort::Status:
        return " ORDER BY CASE cv.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2 "
               "ELSE 3 END" +
               dir + ", d.code";
    case DocumentSort::Owner:
        return " ORDER BY d.owner" + dir + ", d.code";
    case DocumentSort::Version:
        return " ORDER BY cv.major" + dir + ", cv.minor" + dir + ", d.code";
    case DocumentSort::NextReview:
        return " ORDER BY d.next_review IS NULL, d.next_review" + dir + ", d.code";
    }
    return " ORDER BY d.code";
}

std::vector<DocumentRow> selectRows(Workspace& ws, const std::string& where, std::vector<Param> params,
                                    const std::string& tail)
{
    std::vector<Param> all{formatDate(ws.clock().today())};
    all.insert(all.end(), params.begin(), params.end());
    const std::string sql =
        std::string(
            "SELECT d.id, d.code, d.title, d.level, d.type, d.parent_id, d.owner, d.approver, cv.status, "
            "cv.major, cv.minor, fv.major, fv.minor, fv.effective_date, d.next_review, ") +
        kOverdue + ", (SELECT count(*) FROM document k WHERE k.parent_id = d.id)" + kFrom + where + tail;
    SQLite::Statement q(ws.db(), sql);
    bindAll(q, all);
    std::vector<DocumentRow> out;
    while (q.executeStep()) {
        DocumentRow r;
        r.id = q.getColumn(0).getInt64();
        r.code = q.getColumn(1).getString();
        r.title = q.getColumn(2).getString();
        r.level = q.getColumn(3).getInt();
        r.type = q.getColumn(4).getString();
        if (!q.getColumn(5).isNull())
            r.parentId = q.getColumn(5).getInt64();
        r.owner = q.getColumn(6).getString();
        r.approver = q.getColumn(7).getString();
        r.status = documentStatusFromString(q.getColumn(8).getString()).value_or(DocumentStatus::Draft);
        r.currentVersion = {q.getColumn(9).getInt(), q.getColumn(10).getInt()};
        if (!q.getColumn(11).isNull())
            r.inForceVersion = VersionNumber{q.getColumn(11).getInt(), q.getColumn(12).getInt()};
        r.effectiveDate = q.getColumn(13).isNull() ? std::string() : q.getColumn(13).getString();
        r.nextReview = q.getColumn(14).isNull() ? std::string() : q.getColumn(14).getString();
        r.overdue = q.getColumn(15).getInt() != 0;
        r.childCount = q.getColumn(16).getInt64();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

std::int64_t countDocuments(Workspace& ws, const DocumentFilter& filter)
{
    std::vector<Param> params;
    bool readsVersions = true;
    const std::string where = whereClause(ws, filter, params, &readsVersions);
    // Unless a condition reads the versions, counting walks the documents alone (a document counts
    // once it has a version, as the join requires): 10,000 documents in about 2 ms instead of 8.
    const std::string sql =
        readsVersions ? std::string("SELECT count(*)") + kFrom + where
                      : "SELECT count(*) FROM document d" + where + (where.empty() ? " WHERE " : " AND ") +
                            "EXISTS (SELECT 1 FROM document_version v WHERE v.document_id = d.id)";
    SQLite::Statement q(ws.db(), sql);
    bindAll(q, params);
    (void)q.executeStep();
    return q.getColumn(0).getInt64();
}

std::vector<DocumentRow> listDocuments(Workspace& ws, const DocumentQuery& query)
{
    std::vector<Param> params;
    const std::string where = whereClause(ws, query.filter, params);
    std::string tail = orderBy(query.sort, query.descending);
    if (query.limit > 0 || query.offset > 0)
        tail += " LIMIT " + (query.limit > 0 ? std::to_string(query.limit) : std::string("-1")) + " OFFSET " +
                std::to_string(query.offset);
    return selectRows(ws, where, std::move(params), tail);
}

DocumentRow documentRow(Workspace& ws, std::int64_t id)
{
    auto rows = selectRows(ws, " WHERE d.id = ?", {id}, "");
    if (rows.empty())
        throw Error(ErrorCode::NotFound, "the register holds no document with id " + std::to_string(id));
    return std::move(rows.front());
}

std::vector<DocumentChild> documentChildren(Workspace& ws, std::int64_t parentId)
{
    // The top level can hold the whole register (10,000 rows): counting every document's children
    // in one grouped pass beats a lookup per row (3 ms instead of 8). A lower level is small.
    SQLite::Statement q(
        ws.db(),
        parentId == 0
            ? "SELECT d.id, coalesce(k.n, 0) FROM document d LEFT JOIN (SELECT parent_id, count(*) AS n "
              "FROM document WHERE parent_id IS NOT NULL GROUP BY parent_id) k ON k.parent_id = d.id "
              "WHERE d.parent_id IS NULL ORDER BY d.code"
            : "SELECT d.id, (SELECT count(*) FROM document k WHERE k.parent_id = d.id) "
              "FROM document d WHERE d.parent_id = ? ORDER BY d.code");
    if (parentId != 0)
        q.bind(1, parentId);
    std::vector<DocumentChild> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64()});
    return out;
}

std::vector<std::string> documentOwners(Workspace& ws)
{
    SQLite::Statement q(ws.db(), "SELECT DISTINCT owner FROM document WHERE owner <> '' ORDER BY owner");
    std::vector<std::string> out;
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

} // namespace cw
