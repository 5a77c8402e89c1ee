#pragma once

#include <filesystem>
#include <string>

namespace cw {

class Workspace;

/// What lies beside a workspace file in its rollback journal (`FILE-journal`).
enum class JournalState {
    Absent, ///< no journal: the file holds the last committed state
    Empty,  ///< a journal without a valid header (a write stopped before its first change reached the
            ///< disk): SQLite ignores it and replaces it at the next change
    Header, ///< a journal that begins with the header's magic: either a writer is in the middle of a
            ///< change, or a program stopped during one and SQLite must roll it back (a hot journal)
};

/// The path of the rollback journal SQLite keeps beside `file`.
[[nodiscard]] std::filesystem::path journalPath(const std::filesystem::path& file);

/// Looks at the journal beside `file` without SQLite (reads its first 8 bytes).
[[nodiscard]] JournalState journalState(const std::filesystem::path& file);

/// One sentence for `conformance check` about the journal beside an open workspace: what opening
/// did with it and what will happen to it; empty when there is none.
[[nodiscard]] std::string journalNote(const Workspace& ws);

} // namespace cw
