// `repair-text`: text an older build stored without checking that it is UTF-8.
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Error.h"
#include "storage/TextRepair.h"

#include <ostream>

namespace cw::cli {

namespace {

Command repairTextCommand()
{
    Command c;
    c.name = "repair-text";
    c.args = "FILE [--dry-run]";
    c.summary =
        "Replace text that is not valid UTF-8 (stored by an older build) by U+FFFD, with trail entries.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("dry-run", "only list the fields that would be repaired");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto file = vm["file"].as<std::string>();
        TerminalOut terminal(io.out);
        auto& out = terminal.stream();
        if (vm.count("dry-run")) {
            auto ws = openWorkspace(file, OpenMode::ReadOnly);
            const auto found = findInvalidText(*ws);
            for (const auto& f : found)
                out << f.describe() << (f.isKey ? " (a key: not repaired)" : "") << "\n";
            out << found.size() << " field(s) hold text that is not valid UTF-8\n";
            return 0;
        }
        auto ws = openWorkspace(file, OpenMode::ReadWrite);
        const TextRepairReport report = repairInvalidText(*ws);
        for (const auto& f : report.repaired)
            out << "repaired " << f.describe() << "\n";
        for (const auto& f : report.keys)
            out << "not repaired " << f.describe()
                << ": a key or a reference to one (re-import the catalog or record to correct it)\n";
        out << "Repaired " << report.repaired.size() << " field(s) in " << ws->file().string() << "\n";
        return report.keys.empty() ? 0 : exitCodeFor(ErrorCode::CheckFailed);
    };
    return c;
}

} // namespace

std::vector<Command> repairCommands()
{
    return {repairTextCommand()};
}

} // namespace cw::cli
