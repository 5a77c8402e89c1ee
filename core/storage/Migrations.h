#pragma once

#include <functional>

namespace SQLite {
class Database;
}

namespace cw::migrations {

/// The schema version this program writes (the number of the last migration).
[[nodiscard]] int latestVersion();

/// Applies migrations from+1 .. to in one transaction and sets PRAGMA user_version = to.
/// On failure nothing is changed. Migrations are forward-only; `from` > `to` is refused.
void migrate(SQLite::Database& db, int from, int to);

/// As migrate(), and runs `beforeCommit(db)` in the same transaction after the last script (the
/// workspace seals the audit entries of a file from before schema 5 there, so an upgrade and its
/// sealing are one step: both or neither).
void migrate(SQLite::Database& db, int from, int to,
             const std::function<void(SQLite::Database&)>& beforeCommit);

} // namespace cw::migrations
