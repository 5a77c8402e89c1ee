#include "storage/TextRepair.h"

#include "common/Error.h"
#include "common/Utf8.h"
#include "documents/DocumentStorage.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace cw {

namespace {

/// Tables whose rows are never searched: SQLite's own, the schema record, and the evidence (the
/// audit trail and its checkpoints), which must stay exactly as written.
bool skippedTable(const std::string& name)
{
    return name.rfind("sqlite_", 0) == 0 || name == "meta" || name == "audit_trail" ||
           name == "trail_checkpoint";
}

std::string quoted(const std::string& identifier)
{
    std::string out = "\"";
    for (const char c : identifier)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

struct Column {
    std::string name;
    int keyPosition = 0;      ///< 1-based position in the primary key, 0 when not part of it
    bool refersToKey = false; ///< a foreign key to another row
};

struct Table {
    std::string name;
    std::vector<Column> columns;
    std::vector<std::string> key; ///< primary-key columns in key order, or {"rowid"}
};

std::vector<Table> productTables(SQLite::Database& db)
{
    std::vector<std::string> names, virtualTables;
    SQLite::Statement q(
        db, "SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (q.executeStep()) {
        const std::string name = q.getColumn(0).getString();
        const std::string sql = q.getColumn(1).getString();
        if (sql.rfind("CREATE VIRTUAL", 0) == 0)
            virtualTables.push_back(name);
        else if (!skippedTable(name))
            names.push_back(name);
    }
    std::vector<Table> tables;
    for (const auto& name : names) {
        // A full-text index (and its shadow tables) is rebuilt from the rows it indexes.
        if (std::any_of(virtualTables.begin(), virtualTables.end(),
                        [&](const std::string& v) { return name.rfind(v + "_", 0) == 0; }))
            continue;
        Table t{name, {}, {}};
        SQLite::Statement info(db, "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid");
        info.bind(1, name);
        std::vector<std::pair<int, std::string>> key;
        while (info.executeStep()) {
            t.columns.push_back({info.getColumn(0).getString(), info.getColumn(1).getInt()});
            if (t.columns.back().keyPosition > 0)
                key.emplace_back(t.columns.back().keyPosition, t.columns.back().name);
        }
        // A column that refers to another row's key (a clause's parent_ref) is treated as a key.
        SQLite::Statement refs(db, "SELECT \"from\" FROM pragma_foreign_key_list(?)");
        refs.bind(1, name);
        while (refs.executeStep())
            for (auto& c : t.columns)
                if (c.name == refs.getColumn(0).getString())
                    c.refersToKey = true;
        std::sort(key.begin(), key.end());
        for (const auto& k : key)
            t.key.push_back(k.second);
        if (t.key.empty())
            t.key.push_back("rowid");
        tables.push_back(std::move(t));
    }
    return tables;
}

std::string keyText(SQLite::Statement& q, std::size_t keyCount)
{
    std::string key;
    for (std::size_t i = 0; i < keyCount; ++i)
        key += (i ? "/" : "") + q.getColumn(static_cast<int>(i)).getString();
    return key;
}

template <class Visit> void scan(SQLite::Database& db, Visit&& visit)
{
    for (const auto& t : productTables(db)) {
        std::string keyList;
        for (const auto& k : t.key)
            keyList += (keyList.empty() ? "" : ", ") + quoted(k);
        for (const auto& c : t.columns) {
            SQLite::Statement q(db, "SELECT " + keyList + ", " + quoted(c.name) + " FROM " + quoted(t.name) +
                                        " WHERE typeof(" + quoted(c.name) + ") = 'text'");
            const auto valueColumn = static_cast<int>(t.key.size());
            while (q.executeStep()) {
                const char* text = q.getColumn(valueColumn).getText();
                const std::string value(text, static_cast<std::size_t>(q.getColumn(valueColumn).getBytes()));
                if (utf8::isValid(value))
                    continue;
                visit(t,
                      InvalidTextField{t.name, keyText(q, t.key.size()), c.name,
                                       c.keyPosition > 0 || c.refersToKey, value},
                      q);
            }
        }
    }
}

} // namespace

std::string InvalidTextField::describe() const
{
    return table + " " + utf8::repaired(key) + ", field " + column;
}

std::vector<InvalidTextField> findInvalidText(Workspace& ws)
{
    std::vector<InvalidTextField> out;
    scan(ws.db(), [&](const Table&, InvalidTextField f, SQLite::Statement&) { out.push_back(std::move(f)); });
    return out;
}

TextRepairReport repairInvalidText(Workspace& ws)
{
    // Find first (a statement must not read rows the updates change), keeping each row's key.
    struct Pending {
        InvalidTextField field;
        std::vector<std::string> keyColumns;
        std::vector<std::optional<std::int64_t>> keyIntegers;
        std::vector<std::string> keyTexts;
    };
    std::vector<Pending> pending;
    TextRepairReport report;
    scan(ws.db(), [&](const Table& t, InvalidTextField f, SQLite::Statement& q) {
        if (f.isKey) {
            report.keys.push_back(std::move(f));
            return;
        }
        Pending p{std::move(f), t.key, {}, {}};
        for (std::size_t i = 0; i < t.key.size(); ++i) {
            const auto col = q.getColumn(static_cast<int>(i));
            p.keyIntegers.push_back(col.isInteger() ? std::optional<std::int64_t>(col.getInt64())
                                                    : std::nullopt);
            p.keyTexts.push_back(col.getString());
        }
        pending.push_back(std::move(p));
    });
    if (pending.empty())
        return report;
    ws.write("Repair invalid text", [&](WriteContext& ctx) {
        auto& db = ws.db();
        bool documents = false;
        for (const auto& p : pending) {
            std::string where;
            for (const auto& k : p.keyColumns)
                where += (where.empty() ? "" : " AND ") + quoted(k) + " = ?";
            SQLite::Statement u(db, "UPDATE " + quoted(p.field.table) + " SET " + quoted(p.field.column) +
                                        " = ? WHERE " + where);
            const std::string repaired = utf8::repaired(p.field.value);
            u.bind(1, repaired);
            for (std::size_t i = 0; i < p.keyColumns.size(); ++i) {
                if (p.keyIntegers[i])
                    u.bind(static_cast<int>(i) + 2, *p.keyIntegers[i]);
                else
                    u.bind(static_cast<int>(i) + 2, p.keyTexts[i]);
            }
            try {
                (void)u.exec();
            } catch (const SQLite::Exception& e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_CONSTRAINT)
                    throw;
                throw Error(ErrorCode::InvalidInput,
                            p.field.describe() + ": the repaired text '" + repaired +
                                "' is already used by another row; rename one of them, then repair again");
            }
            ctx.record(p.field.table, p.field.key, p.field.column, p.field.value, repaired);
            documents = documents || p.field.table.rfind("document", 0) == 0;
        }
        if (documents) {
            SQLite::Statement ids(db, "SELECT id FROM document");
            std::vector<std::int64_t> all;
            while (ids.executeStep())
                all.push_back(ids.getColumn(0).getInt64());
            for (const auto id : all)
                docstore::reindex(db, id);
        }
    });
    for (auto& p : pending)
        report.repaired.push_back(std::move(p.field));
    return report;
}

} // namespace cw
