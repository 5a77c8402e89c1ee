#include "cli/Cli.h"

#include "cli/Command.h"
#include "common/Error.h"
#include "common/Utf8.h"
#include "common/Version.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <ostream>

namespace cw::cli {

namespace {

/// One line of a command list: name and arguments in a column, then the summary.
void printEntry(std::ostream& out, const Command& c)
{
    std::string head = "  " + c.name + " " + c.args;
    if (head.size() < 38)
        head.resize(38, ' ');
    else
        head += "  ";
    out << head << c.summary << "\n";
}

void printOverview(std::ostream& out, const std::vector<Command>& commands)
{
    out << "Usage: conformance [--help] [--version] COMMAND [ARGS...]\n\n"
        << "Conformance Workbench command-line tool: workspaces, catalogs and reports for\n"
        << "ISO/IEC 20000-1 certification projects.\n\nCommands:\n";
    for (const auto& c : commands)
        printEntry(out, c);
    out << "\nRun 'conformance COMMAND --help' for the options of a command.\n"
        << "Exit codes: 0 success, 1 usage error, 2 file cannot be opened or read, 3 invalid input data,\n"
        << "4 check failed, 5 unexpected internal error.\n";
}

void printVersion(std::ostream& out)
{
    out << "conformance " << kVersion << "\n";
}

/// Every argument is checked once before any command runs: text that is not UTF-8 would be stored
/// and later break every JSON output. Error(InvalidInput) names the argument (and its option).
void requireUtf8Arguments(const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (utf8::isValid(args[i]))
            continue;
        std::string what = "argument " + std::to_string(i + 1);
        if (i > 0 && args[i - 1].rfind("-", 0) == 0 && args[i - 1].find('=') == std::string::npos)
            what += " (the value of " + utf8::forTerminal(args[i - 1], utf8::Layout::OneLine) + ")";
        utf8::requireValid(args[i], what + " '" + utf8::forTerminal(args[i], utf8::Layout::OneLine) + "'");
    }
}

/// An error message for the terminal: it may quote stored or imported text.
std::string shown(const char* message)
{
    return utf8::forTerminal(message);
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

/// The commands of a group such as "gap" ("gap list", "gap show", ...); empty when `group` names none.
std::vector<const Command*> groupMembers(const std::vector<Command>& commands, const std::string& group)
{
    std::vector<const Command*> members;
    for (const auto& c : commands)
        if (c.name.size() > group.size() && c.name.compare(0, group.size(), group) == 0 &&
            c.name[group.size()] == ' ')
            members.push_back(&c);
    return members;
}

void printGroup(std::ostream& out, const std::string& group, const std::vector<const Command*>& members)
{
    out << "Usage: conformance " << group << " SUBCOMMAND [ARGS...]\n\nSubcommands:\n";
    for (const Command* c : members)
        printEntry(out, *c);
    out << "\nRun 'conformance " << group << " SUBCOMMAND --help' for the options of a subcommand.\n";
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
    try {
        requireUtf8Arguments(args);
    } catch (const Error& e) {
        err << "conformance: " << e.what() << "\n";
        return exitCodeFor(e.code());
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
        if (const auto members = groupMembers(commands, args[0]); !members.empty()) {
            // "conformance gap", "conformance gap --help", "conformance gap nonsense"
            const bool help =
                args.size() >= 2 && (args[1] == "--help" || args[1] == "-h" || args[1] == "help");
            if (help) {
                printGroup(out, args[0], members);
                return 0;
            }
            if (args.size() >= 2)
                err << "conformance " << args[0] << ": unknown subcommand '"
                    << utf8::forTerminal(args[1], utf8::Layout::OneLine) << "'\n";
            else
                err << "conformance " << args[0] << ": a subcommand is needed\n";
            printGroup(err, args[0], members);
            return 1;
        }
        err << "conformance: unknown command '" << utf8::forTerminal(args[0], utf8::Layout::OneLine) << "'\n";
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
        err << "conformance " << cmd->name << ": " << shown(e.what()) << "\n"
            << "Usage: conformance " << cmd->name << " " << cmd->args << " (see --help)\n";
        return 1;
    }
    try {
        return cmd->run(vm, io);
    } catch (const Error& e) {
        err << "conformance " << cmd->name << ": " << shown(e.what()) << "\n";
        return exitCodeFor(e.code());
    } catch (const SQLite::Exception& e) {
        // A damaged page met while reading (read-only commands open without reading every page
        // first, see openWorkspace()): the same answer as a damaged file refused on opening.
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            const std::string file =
                vm.count("file") ? vm["file"].as<std::string>() : std::string("the workspace");
            err << "conformance " << cmd->name << ": " << file
                << ": the workspace is damaged: " << shown(e.what())
                << " (run 'conformance check' on it, or restore a backup)\n";
            return exitCodeFor(ErrorCode::CannotOpen);
        }
        err << "conformance " << cmd->name << ": unexpected error: " << shown(e.what()) << "\n";
        return 5;
    } catch (const std::exception& e) {
        err << "conformance " << cmd->name << ": unexpected error: " << shown(e.what()) << "\n";
        return 5;
    }
}

std::vector<Command> allCommands()
{
    std::vector<Command> all;
    for (auto&& set :
         {workspaceCommands(), engagementCommands(), catalogCommands(), documentCommands(), gapCommands(),
          auditCommands(), findingCommands(), reviewCommands(), reportCommands(), repairCommands()})
        all.insert(all.end(), set.begin(), set.end());
    return all;
}

} // namespace cw::cli
