#include "cli/CliSupport.h"

#include "common/Actor.h"
#include "common/Error.h"
#include "common/OutputFile.h"
#include "common/Utf8.h"
#include "storage/Checkpoint.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <ostream>

namespace cw::cli {

std::shared_ptr<const Clock> cliClock()
{
    const char* today = std::getenv("CW_TODAY");
    if (!today || !*today)
        return std::make_shared<SystemClock>();
    // A pinned "today" (noon UTC) for reproducible runs: tests, demos, reports of a past date.
    const Date d = parseDate(today, "CW_TODAY");
    return std::make_shared<FixedClock>(std::chrono::sys_days{d} + std::chrono::hours{12});
}

std::unique_ptr<Workspace> openWorkspace(const std::string& file, OpenMode mode)
{
    // Commands that only read skip SQLite's read of every page on opening (0.1-0.2 s for a large
    // workspace); SQLite still reports a damaged page the command meets, and `check` runs the full
    // integrity check itself. Commands that write check every page first.
    auto ws = Workspace::open(file, mode, cliClock(),
                              mode == OpenMode::ReadOnly ? OpenCheck::Deferred : OpenCheck::Full);
    ws->setActor(resolveActor()); // the rule the GUI follows too: CW_ACTOR, else the login name
    if (mode == OpenMode::ReadWrite)
        signTrailOnClose(*ws);
    return ws;
}

void signTrailOnClose(Workspace& ws, bool created)
{
    // A new workspace did not come through openWorkspace(): its checkpoint is signed as $CW_ACTOR too.
    if (const char* actor = std::getenv("CW_ACTOR"); created && actor && *actor)
        ws.setActor(actor);
    checkpointOnClose(
        ws,
        [](const std::string& reason) {
            std::cerr << "conformance: warning: the audit trail was not signed on closing: " << reason
                      << "\n";
        },
        created);
}

void writeOutput(const std::string& text, const std::string& path, std::ostream& out)
{
    if (path.empty() || path == "-") {
        out << text;
        return;
    }
    // A temporary file renamed into place: a full disk never leaves a partial output (exit 2).
    writeOutputFile(path, text);
}

std::size_t displayWidth(const std::string& s)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 1;
        char32_t cp = c;
        if (c >= 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else if (c >= 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xC0) {
            len = 2;
            cp = c & 0x1F;
        }
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                          (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                          (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                          (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
        i += len;
    }
    return width;
}

TerminalOut::TerminalOut(std::ostream& target)
    : m_target(target)
{}

TerminalOut::~TerminalOut()
{
    m_target << utf8::forTerminal(m_buffer.str());
}

void printTable(std::ostream& out, const std::vector<std::string>& rawHeader,
                const std::vector<std::vector<std::string>>& rawRows)
{
    auto shown = [](const std::vector<std::string>& row) {
        std::vector<std::string> cells;
        cells.reserve(row.size());
        for (const auto& cell : row)
            cells.push_back(utf8::forTerminal(cell, utf8::Layout::OneLine));
        return cells;
    };
    const auto header = shown(rawHeader);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(rawRows.size());
    for (const auto& r : rawRows)
        rows.push_back(shown(r));
    std::vector<std::size_t> widths(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(header);
    for (const auto& r : rows)
        measure(r);
    auto print = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - displayWidth(row[i]) + 2, ' ');
        }
        out << line << "\n";
    };
    print(header);
    std::vector<std::string> rule;
    for (auto w : widths)
        rule.emplace_back(w, '-');
    print(rule);
    for (const auto& r : rows)
        print(r);
}

} // namespace cw::cli
