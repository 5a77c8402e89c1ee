#include "storage/SchemaCheck.h"

#include "common/Error.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <map>
#include <mutex>
#include <optional>
#include <tuple>

namespace cw {

namespace {

struct SchemaObject {
    std::string type;
    std::string name;
    std::string tblName;
    std::optional<std::string> sql; ///< normalised; none for SQLite's automatic indexes
};

/// Whitespace runs outside quoted text and identifiers become one space, so a definition
/// compares equal however SQLite laid out the text it stored; quoted text is kept as it is.
std::string normalisedSql(const std::string& sql)
{
    std::string out;
    out.reserve(sql.size());
    char quote = 0;
    bool pendingSpace = false;
    for (const char c : sql) {
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.empty())
            out += ' ';
        pendingSpace = false;
        out += c;
        if (c == '\'' || c == '"' || c == '`')
            quote = c;
        else if (c == '[')
            quote = ']';
    }
    return out;
}

std::vector<SchemaObject> readSchema(SQLite::Database& db)
{
    std::vector<SchemaObject> objects;
    SQLite::Statement q(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (q.executeStep()) {
        SchemaObject o;
        o.type = q.getColumn(0).getString();
        o.name = q.getColumn(1).getString();
        o.tblName = q.getColumn(2).getString();
        if (!q.getColumn(3).isNull())
            o.sql = normalisedSql(q.getColumn(3).getString());
        objects.push_back(std::move(o));
    }
    return objects;
}

/// The schema the migrations create up to `version`, made once per version in an in-memory
/// database and kept for the life of the process.
const std::vector<SchemaObject>& expectedSchema(int version)
{
    static std::mutex mutex;
    static std::map<int, std::vector<SchemaObject>> cache;
    const std::lock_guard lock(mutex);
    auto it = cache.find(version);
    if (it == cache.end()) {
        SQLite::Database mem(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrations::migrate(mem, 0, version);
        it = cache.emplace(version, readSchema(mem)).first;
    }
    return it->second;
}

/// A name from the file as it may appear in a message: control characters (a terminal escape
/// sequence, a line break) are shown as '?', and a long name is cut.
std::string shown(const std::string& name)
{
    std::string out;
    for (const char c : name.substr(0, 80)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return name.size() > 80 ? out + "..." : out;
}

std::string article(const std::string& type)
{
    if (type == "table" || type == "view" || type == "trigger")
        return "a " + type;
    if (type == "index")
        return "an index";
    return "an object";
}

std::string noun(const std::string& type)
{
    if (type == "table" || type == "view" || type == "trigger" || type == "index")
        return type;
    return "object";
}

/// The planner statistics ANALYZE writes: they can change only how SQLite finds rows, never what
/// a statement does, and a user who ran ANALYZE with the sqlite3 shell has not tampered.
bool isAllowedExtra(const SchemaObject& o)
{
    return o.type == "table" && o.name == "sqlite_stat1" && o.tblName == "sqlite_stat1" &&
           o.sql == std::optional<std::string>("CREATE TABLE sqlite_stat1(tbl,idx,stat)");
}

} // namespace

std::vector<std::string> schemaDifferences(SQLite::Database& db, int version)
{
    const std::vector<SchemaObject>& expected = expectedSchema(version);
    std::map<std::pair<std::string, std::string>, const SchemaObject*> unmatched;
    for (const auto& o : expected)
        unmatched.emplace(std::make_pair(o.type, o.name), &o);

    std::vector<std::string> differences;
    for (const auto& o : readSchema(db)) {
        const auto it = unmatched.find({o.type, o.name});
        if (it == unmatched.end()) {
            if (!isAllowedExtra(o))
                differences.push_back("the workspace contains " + article(o.type) +
                                      " the program did not create (" + shown(o.name) + ")");
            continue;
        }
        if (it->second->tblName != o.tblName || it->second->sql != o.sql)
            differences.push_back("the workspace's " + noun(o.type) + " " + shown(o.name) +
                                  " is not the one the program creates (its definition was changed)");
        unmatched.erase(it);
    }
    for (const auto& o : expected)
        if (unmatched.count({o.type, o.name}))
            differences.push_back("the " + noun(o.type) + " " + o.name +
                                  " that the program creates is missing from the workspace");
    return differences;
}

void requireProductSchema(SQLite::Database& db, const std::filesystem::path& file, int version)
{
    const auto differences = schemaDifferences(db, version);
    if (differences.empty())
        return;
    std::string message = file.string() + ": " + differences.front();
    if (differences.size() > 1)
        message += " (and " + std::to_string(differences.size() - 1) +
                   " other difference(s) from the program's schema)";
    throw Error(ErrorCode::CannotOpen, message + "; it was refused");
}

std::vector<std::string> schemaDifferencesOfFile(const std::filesystem::path& file)
{
    try {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY, 2000);
        sqlite3* h = db.getHandle();
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        if (db.execAndGet("PRAGMA application_id").getInt() != Workspace::kApplicationId)
            return {};
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version < 1 || version > migrations::latestVersion())
            return {};
        return schemaDifferences(db, version);
    } catch (const SQLite::Exception&) {
        return {};
    }
}

} // namespace cw
