#include "storage/Journal.h"

#include "storage/Workspace.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <system_error>

namespace cw {

namespace fs = std::filesystem;

fs::path journalPath(const fs::path& file)
{
    fs::path journal = file;
    journal += "-journal";
    return journal;
}

JournalState journalState(const fs::path& file)
{
    const fs::path journal = journalPath(file);
    std::error_code ec;
    if (!fs::is_regular_file(journal, ec))
        return JournalState::Absent;
    std::ifstream in(journal, std::ios::binary);
    std::array<unsigned char, 8> head{};
    if (in)
        in.read(reinterpret_cast<char*>(head.data()), head.size());
    static constexpr std::array<unsigned char, 8> kMagic = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
    if (in.gcount() == static_cast<std::streamsize>(head.size()) && head == kMagic)
        return JournalState::Header;
    return JournalState::Empty;
}

std::string journalNote(const Workspace& ws)
{
    const std::string journal = journalPath(ws.file()).string();
    if (ws.recoveredJournal())
        return journal + ": an unfinished change left by a program that stopped while writing was rolled "
                         "back on opening; the workspace holds its last saved state and the journal is gone";
    switch (journalState(ws.file())) {
    case JournalState::Absent:
        return {};
    case JournalState::Empty:
        return journal + ": a left-over journal that holds no change (a write stopped before it began); it "
                         "is ignored and replaced by the next change";
    case JournalState::Header:
        break;
    }
    return journal + ": another program is in the middle of a change; this check read the last saved state, "
                     "and that program removes the journal when its change ends";
}

} // namespace cw
