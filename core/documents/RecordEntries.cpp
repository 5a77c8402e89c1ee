#include "documents/RecordEntries.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "documents/DocumentStorage.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace cw {

namespace {

std::string entryText(const RecordEntry& e)
{
    return e.date + (e.reference.empty() ? "" : " " + e.reference) + (e.note.empty() ? "" : ": " + e.note);
}

RecordSpan spanFrom(SQLite::Statement& q)
{
    RecordSpan s;
    if (q.executeStep() && !q.getColumn(0).isNull()) {
        s.first = q.getColumn(0).getString();
        s.last = q.getColumn(1).getString();
        s.months = q.getColumn(2).getInt();
        s.entries = q.getColumn(3).getInt();
    }
    return s;
}

constexpr const char* kSpanColumns =
    "min(e.entry_date), max(e.entry_date), count(DISTINCT substr(e.entry_date, 1, 7)), count(e.id) ";

} // namespace

std::int64_t addRecordEntry(Workspace& ws, std::int64_t documentId, const RecordEntry& entry)
{
    return ws.write("Add record entry", [&](WriteContext& ctx) {
        auto& db = ws.db();
        const Document doc = docstore::requireDocument(db, documentId);
        const std::string context = "'" + doc.code + "'";
        if (doc.level != 4)
            throw Error(ErrorCode::InvalidInput,
                        context + " is a level-" + std::to_string(doc.level) +
                            " document; only level-4 records and forms carry record entries");
        const Date date = parseDate(entry.date, context + ": record entry date");
        if (date > ws.clock().today())
            throw Error(ErrorCode::InvalidInput, context + ": the record entry date " + entry.date +
                                                     " is in the future (today is " +
                                                     formatDate(ws.clock().today()) + ")");
        SQLite::Statement q(
            db, "INSERT INTO record_entry(document_id, entry_date, reference, note) VALUES (?, ?, ?, ?)");
        q.bind(1, documentId);
        q.bind(2, entry.date);
        q.bind(3, entry.reference);
        q.bind(4, entry.note);
        q.exec();
        const std::int64_t id = db.getLastInsertRowid();
        ctx.record("document", std::to_string(documentId), "record_entry", std::nullopt, entryText(entry));
        return id;
    });
}

RecordEntry removeRecordEntry(Workspace& ws, std::int64_t entryId)
{
    return ws.write("Remove record entry", [&](WriteContext& ctx) {
        auto& db = ws.db();
        SQLite::Statement q(db,
                            "SELECT document_id, entry_date, reference, note FROM record_entry WHERE id = ?");
        q.bind(1, entryId);
        if (!q.executeStep())
            throw Error(ErrorCode::NotFound,
                        "the register holds no record entry with id " + std::to_string(entryId));
        const RecordEntry e{entryId, q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                            q.getColumn(2).getString(), q.getColumn(3).getString()};
        SQLite::Statement del(db, "DELETE FROM record_entry WHERE id = ?");
        del.bind(1, entryId);
        del.exec();
        ctx.record("document", std::to_string(e.documentId), "record_entry", entryText(e), std::nullopt);
        return e;
    });
}

std::vector<RecordEntry> listRecordEntries(Workspace& ws, std::int64_t documentId)
{
    (void)docstore::requireDocument(ws.db(), documentId);
    return docstore::readRecordEntries(ws.db(), documentId);
}

std::vector<DocumentRecordEvidence> recordEvidenceByDocument(Workspace& ws)
{
    const std::string today = formatDate(ws.clock().today());
    SQLite::Statement q(ws.db(), "SELECT id, code, title FROM document WHERE level = 4 ORDER BY code");
    SQLite::Statement span(ws.db(), std::string("SELECT ") + kSpanColumns +
                                        "FROM record_entry e WHERE e.document_id = ? AND e.entry_date <= ?");
    std::vector<DocumentRecordEvidence> out;
    while (q.executeStep()) {
        DocumentRecordEvidence d{
            q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), {}};
        span.reset();
        span.bind(1, d.documentId);
        span.bind(2, today);
        d.span = spanFrom(span);
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<ClauseRecordEvidence> recordEvidenceByClause(Workspace& ws)
{
    auto& db = ws.db();
    const std::string today = formatDate(ws.clock().today());
    // Two grouped passes over the entries, not two queries per clause: a large register has
    // thousands of entries under dozens of clauses.
    const std::string linked = "FROM record_entry e JOIN document d ON d.id = e.document_id AND d.level = 4 "
                               "JOIN document_clause c ON c.document_id = d.id WHERE e.entry_date <= ? ";
    SQLite::Statement spans(db, std::string("SELECT c.catalog_id, c.ref, ") + kSpanColumns + linked +
                                    "GROUP BY c.catalog_id, c.ref");
    spans.bind(1, today);
    std::vector<ClauseRecordEvidence> out;
    std::map<std::pair<std::string, std::string>, std::size_t> at;
    while (spans.executeStep()) {
        ClauseRecordEvidence c;
        c.clause = {spans.getColumn(0).getString(), spans.getColumn(1).getString()};
        c.span.first = spans.getColumn(2).getString();
        c.span.last = spans.getColumn(3).getString();
        c.span.months = spans.getColumn(4).getInt();
        c.span.entries = spans.getColumn(5).getInt();
        at[{c.clause.catalogId, c.clause.ref}] = out.size();
        out.push_back(std::move(c));
    }
    SQLite::Statement docs(db, "SELECT DISTINCT c.catalog_id, c.ref, d.code " + linked + "ORDER BY d.code");
    docs.bind(1, today);
    while (docs.executeStep())
        if (const auto it = at.find({docs.getColumn(0).getString(), docs.getColumn(1).getString()}); it != at.end())
            out[it->second].documents.push_back(docs.getColumn(2).getString());
    std::sort(out.begin(), out.end(), [](const ClauseRecordEvidence& a, const ClauseRecordEvidence& b) {
        if (a.clause.catalogId != b.clause.catalogId)
            return a.clause.catalogId < b.clause.catalogId;
        return refLess(a.clause.ref, b.clause.ref);
    });
    return out;
}

} // namespace cw
