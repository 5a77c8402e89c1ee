#include "storage/Migrations.h"

#include "common/EmbeddedFile.h"
#include "common/Error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace cw::migrations {

// Defined in the generated migrations_sql.cpp from core/storage/sql/NNNN_*.sql, in order.
extern const std::array<cw::EmbeddedFile, CW_MIGRATION_COUNT> scripts;

int latestVersion()
{
    return static_cast<int>(scripts.size());
}

void migrate(SQLite::Database& db, int from, int to)
{
    migrate(db, from, to, {});
}

void migrate(SQLite::Database& db, int from, int to,
             const std::function<void(SQLite::Database&)>& beforeCommit)
{
    if (from < 0 || to > latestVersion() || from > to)
        throw Error(ErrorCode::Internal, "cannot migrate the schema from version " + std::to_string(from) +
                                             " to " + std::to_string(to));
    if (from == to)
        return;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (int v = from + 1; v <= to; ++v)
        db.exec(std::string(scripts[static_cast<std::size_t>(v - 1)].content));
    db.exec("PRAGMA user_version = " + std::to_string(to));
    if (beforeCommit)
        beforeCommit(db);
    tx.commit();
}

} // namespace cw::migrations
