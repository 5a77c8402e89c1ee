#pragma once

#include <filesystem>

namespace cw {

class Workspace;

/// Writes a consistent copy of the open workspace to `destination` with SQLite's online backup,
/// so it works while another program (the GUI) has the workspace open. The destination must not
/// exist; it is written beside itself first and renamed into place, so a failed backup leaves
/// nothing behind. The copy is checked (quick_check) before it is kept.
void backupWorkspace(Workspace& ws, const std::filesystem::path& destination);

/// The same copy made through a connection of its own that only reads `source`: safe on any thread
/// while the workspace is open (and written) elsewhere, so a program can back up without waiting.
void backupWorkspaceFile(const std::filesystem::path& source, const std::filesystem::path& destination);

} // namespace cw
