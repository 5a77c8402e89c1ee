#pragma once

#include <boost/program_options.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace cw::cli {

namespace po = boost::program_options;

struct Io {
    std::ostream& out;
    std::ostream& err;
};

/// A subcommand: its options, and what it does with them.
struct Command {
    std::string name;    ///< e.g. "init" or "catalog list"
    std::string args;    ///< positional synopsis, e.g. "FILE"
    std::string summary; ///< one line for the overview
    /// Adds the command's options (named and positional).
    std::function<void(po::options_description&, po::positional_options_description&)> options;
    std::function<int(const po::variables_map&, Io&)> run;
};

/// Every subcommand, in the order of the help overview.
[[nodiscard]] std::vector<Command> allCommands();

// Per-feature command sets, concatenated by allCommands().
[[nodiscard]] std::vector<Command> workspaceCommands();
[[nodiscard]] std::vector<Command> catalogCommands();
[[nodiscard]] std::vector<Command> gapCommands(); ///< includes gapEditCommands()
[[nodiscard]] std::vector<Command> gapEditCommands();
[[nodiscard]] std::vector<Command> engagementCommands();
[[nodiscard]] std::vector<Command> documentCommands();
[[nodiscard]] std::vector<Command> auditCommands();   ///< audits list | coverage | show
[[nodiscard]] std::vector<Command> findingCommands(); ///< findings list | show
[[nodiscard]] std::vector<Command> reviewCommands();  ///< review list | show | prefill
[[nodiscard]] std::vector<Command> reportCommands();  ///< report
[[nodiscard]] std::vector<Command> repairCommands();  ///< repair-text

} // namespace cw::cli
