#pragma once

namespace SQLite {
class Database;
}

namespace cw::migrations {

/// The schema version this program writes (the number of the last migration).
[[nodiscard]] int latestVersion();

/// Applies migrations from+1 .. to in one transaction and sets PRAGMA user_version = to.
/// On failure nothing is changed. Migrations are forward-only; `from` > `to` is refused.
void migrate(SQLite::Database& db, int from, int to);

} // namespace cw::migrations
