#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace cw {

/// Every difference between the schema of `db` (its sqlite_schema rows) and the one the embedded
/// migrations create up to `version`: an object the program did not create (a trigger, a view, an
/// index, a table), a product object whose definition was changed, a product object that is
/// missing. One sentence each, without the file name; empty when the schemas agree. SQLite's own
/// objects are part of the comparison (sqlite_sequence, sqlite_autoindex_*), except the planner
/// statistics table sqlite_stat1 in the form ANALYZE creates it. Reads sqlite_schema only: no
/// trigger can fire and no view is read.
[[nodiscard]] std::vector<std::string> schemaDifferences(SQLite::Database& db, int version);

/// Throws Error(CannotOpen) naming `file` and the first difference ("FILE: the workspace contains a
/// trigger the program did not create (notes_rewrite); it was refused") when there is one.
void requireProductSchema(SQLite::Database& db, const std::filesystem::path& file, int version);

/// schemaDifferences() of a file, read through a read-only connection of its own with the same
/// defensive settings as a workspace's; for `check`, after an open refused the file. Empty when
/// the file cannot be read as a workspace of a known schema (the open's own error then stands).
[[nodiscard]] std::vector<std::string> schemaDifferencesOfFile(const std::filesystem::path& file);

} // namespace cw
