#pragma once

#include "storage/Workspace.h"

#include <cstdlib>
#include <iosfwd>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace cw::cli {

/// The clock of the CLI: the system clock, or a fixed day from $CW_TODAY (YYYY-MM-DD).
[[nodiscard]] std::shared_ptr<const Clock> cliClock();

/// Opens a workspace for a command; the actor comes from resolveActor() ($CW_ACTOR, else the login
/// name), today from $CW_TODAY. ReadOnly
/// opens skip the page check on opening (OpenCheck::Deferred); ReadWrite opens run it.
/// ReadWrite opens sign the trail on closing when a change moved its head (signTrailOnClose).
[[nodiscard]] std::unique_ptr<Workspace> openWorkspace(const std::string& file, OpenMode mode);

/// Makes `ws` write a checkpoint signed with the user's key when it closes, if its trail moved while
/// it was open (`created`: since it was made). A failure is a warning on standard error.
void signTrailOnClose(Workspace& ws, bool created = false);

/// Writes `text` to `out`, or to the file `path` when not empty, whole or not at all (see
/// writeOutputFile(): Error(CannotWrite) naming the file and the cause on failure).
void writeOutput(const std::string& text, const std::string& path, std::ostream& out);

/// A plain text table with a header row, columns padded to the widest cell (UTF-8 aware). Cells
/// are untrusted text: controls and escapes are shown escaped (utf8::forTerminal, one line).
void printTable(std::ostream& out, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows);

/// Display width of UTF-8 text: CJK characters count two columns.
[[nodiscard]] std::size_t displayWidth(const std::string& utf8);

/// Collects the plain-text output of a command and writes it to `target` terminal-safe when it
/// goes out of scope: stored or imported text may hold ESC sequences, other controls or bidi
/// overrides (utf8::forTerminal keeps line breaks and tabs). Never for JSON or CSV output.
class TerminalOut {
public:
    explicit TerminalOut(std::ostream& target);
    ~TerminalOut();
    TerminalOut(const TerminalOut&) = delete;
    TerminalOut& operator=(const TerminalOut&) = delete;
    [[nodiscard]] std::ostream& stream() { return m_buffer; }

private:
    std::ostream& m_target;
    std::ostringstream m_buffer;
};

} // namespace cw::cli
