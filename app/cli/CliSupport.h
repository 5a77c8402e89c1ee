#pragma once

#include "storage/Workspace.h"

#include <cstdlib>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace cw::cli {

/// The clock of the CLI: the system clock, or a fixed day from $CW_TODAY (YYYY-MM-DD).
[[nodiscard]] std::shared_ptr<const Clock> cliClock();

/// Opens a workspace for a command; the actor comes from $CW_ACTOR, today from $CW_TODAY. ReadOnly
/// opens skip the page check on opening (OpenCheck::Deferred); ReadWrite opens run it.
[[nodiscard]] std::unique_ptr<Workspace> openWorkspace(const std::string& file, OpenMode mode);

/// Writes `text` to `out`, or to the file `path` when not empty (Error(CannotOpen) on failure).
void writeOutput(const std::string& text, const std::string& path, std::ostream& out);

/// A plain text table with a header row, columns padded to the widest cell (UTF-8 aware).
void printTable(std::ostream& out, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows);

/// Display width of UTF-8 text: CJK characters count two columns.
[[nodiscard]] std::size_t displayWidth(const std::string& utf8);

} // namespace cw::cli
