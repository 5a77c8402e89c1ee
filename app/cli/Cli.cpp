#include "cli/Cli.h"

#include "cli/Command.h"
#include "common/Error.h"
#include "common/Version.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <ostream>

namespace cw::cli {

namespace {

void printOverview(std::ostream& out, const std::vector<Command>& commands)
{
    out << "Usage: conformance [--help] [--version] COMMAND [ARGS...]\n\n"
        << "Conformance Workbench command-line tool: workspaces, catalogs and reports for\n"
        << "ISO/IEC 20000-1 certification projects.\n\nCommands:\n";
    for (const auto& c : commands) {
        std::string head = "  " + c.name + " " + c.args;
        if (head.size() < 38)
            head.resize(38, ' ');
        else
            head += "  ";
        out << head << c.summary << "\n";
    }
    out << "\nRun 'conformance COMMAND --help' for the options of a command.\n"
        << "Exit codes: 0 success, 1 usage error, 2 file cannot be opened or read, 3 invalid input data,\n"
        << "4 check failed, 5 unexpected internal error.\n";
}

void printVersion(std::ostream& out)
{
    out << "conformance " << kVersion << "\n";
}

/// Finds the longest command name that prefixes args (commands may have two words).
const Command* match(const std::vector<Command>& commands, const std::vector<std::string>& args,
                     std::size_t& used)
{
    const Command* best = nullptr;
    for (const auto& c : commands) {
        std::vector<std::string> words;
        std::size_t start = 0;
        while (start <= c.name.size()) {
            const auto sp = c.name.find(' ', start);
            words.push_back(c.name.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
            if (sp == std::string::npos)
                break;
            start = sp + 1;
        }
        if (words.size() > args.size())
            continue;
        if (std::equal(words.begin(), words.end(), args.begin()) && (!best || words.size() > used)) {
            best = &c;
            used = words.size();
        }
    }
    return best;
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const auto commands = allCommands();
    Io io{out, err};
    if (args.empty()) {
        err << "conformance: no command given\n";
        printOverview(err, commands);
        return 1;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printOverview(out, commands);
        return 0;
    }
    if (args[0] == "--version" || args[0] == "-V") {
        printVersion(out);
        return 0;
    }
    std::size_t used = 0;
    const Command* cmd = match(commands, args, used);
    if (!cmd) {
        err << "conformance: unknown command '" << args[0] << "'\n";
        printOverview(err, commands);
        return 1;
    }
    po::options_description named("Options");
    named.add_options()("help,h", "show this help")("version,V", "show the program version");
    po::positional_options_description positional;
    if (cmd->options)
        cmd->options(named, positional);
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(used), args.end());
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(rest).options(named).positional(positional).run(), vm);
        if (vm.count("help")) {
            out << "Usage: conformance " << cmd->name << " " << cmd->args << "\n\n"
                << cmd->summary << "\n\n"
                << named << "\n";
            return 0;
        }
        if (vm.count("version")) {
            printVersion(out);
            return 0;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        err << "conformance " << cmd->name << ": " << e.what() << "\n"
            << "Usage: conformance " << cmd->name << " " << cmd->args << " (see --help)\n";
        return 1;
    }
    try {
        return cmd->run(vm, io);
    } catch (const Error& e) {
        err << "conformance " << cmd->name << ": " << e.what() << "\n";
        return exitCodeFor(e.code());
    } catch (const SQLite::Exception& e) {
        // A damaged page met while reading (read-only commands open without reading every page
        // first, see openWorkspace()): the same answer as a damaged file refused on opening.
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            const std::string file = vm.count("file") ? vm["file"].as<std::string>() : std::string("the workspace");
            err << "conformance " << cmd->name << ": " << file << ": the workspace is damaged: " << e.what()
                << " (run 'conformance check' on it, or restore a backup)\n";
            return exitCodeFor(ErrorCode::CannotOpen);
        }
        err << "conformance " << cmd->name << ": unexpected error: " << e.what() << "\n";
        return 5;
    } catch (const std::exception& e) {
        err << "conformance " << cmd->name << ": unexpected error: " << e.what() << "\n";
        return 5;
    }
}

std::vector<Command> allCommands()
{
    std::vector<Command> all;
    for (auto&& set : {workspaceCommands(), engagementCommands(), catalogCommands(), documentCommands(),
                       gapCommands(), auditCommands(), findingCommands(), reviewCommands(), reportCommands()})
        all.insert(all.end(), set.begin(), set.end());
    return all;
}

} // namespace cw::cli
