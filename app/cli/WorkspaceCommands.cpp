// init, info, check, export, import, log
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Error.h"
#include "common/InputFile.h"
#include "common/Json.h"
#include "demo/Demo.h"
#include "demo/LargeWorkspace.h"
#include "interchange/Interchange.h"
#include "signing/KeyStore.h"
#include "storage/AuditChain.h"
#include "storage/AuditTrail.h"
#include "storage/Checkpoint.h"
#include "storage/Journal.h"
#include "storage/SchemaCheck.h"
#include "storage/TextRepair.h"
#include "storage/TrailReplay.h"
#include "storage/WorkspaceInfo.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <optional>
#include <ostream>

namespace cw::cli {

namespace {

void requireFormat(const std::string& format, std::initializer_list<const char*> allowed)
{
    for (const char* a : allowed)
        if (format == a)
            return;
    std::string list;
    for (const char* a : allowed)
        list += (list.empty() ? "" : ", ") + std::string(a);
    throw Error(ErrorCode::Usage, "unknown format '" + format + "' (choose " + list + ")");
}

/// A head hash given on the command line: 16 to 64 hexadecimal digits, in lowercase.
std::string parseHeadHash(const std::string& text)
{
    std::string hash;
    for (const char ch : text) {
        const auto u = static_cast<unsigned char>(ch);
        if (!std::isxdigit(u))
            throw Error(ErrorCode::Usage, "--expect-head must be a hash of 16 to 64 hexadecimal digits");
        hash += static_cast<char>(std::tolower(u));
    }
    if (hash.size() < 16 || hash.size() > 64)
        throw Error(ErrorCode::Usage, "--expect-head must be a hash of 16 to 64 hexadecimal digits");
    return hash;
}

/// The checkpoint part of `verify`: how many, the newest, and who signed.
void printCheckpoints(std::ostream& out, const CheckpointReport& r)
{
    if (r.checkpoints == 0) {
        out << "  no signed checkpoints: the chain is not anchored outside the file\n";
        return;
    }
    out << "  checkpoints: " << r.checkpoints << ", " << (r.checkpoints - r.problems.size()) << " valid\n";
    if (r.newest)
        out << "  newest checkpoint: entry " << r.newest->entryId << ", head "
            << r.newest->headHash.substr(0, 16) << "..., by " << r.newest->signer << " ("
            << signing::fingerprintOf(r.newest->publicKey) << ") at " << r.newest->atUtc << "; "
            << r.entriesAfterNewest << " newer entries not yet signed\n";
    for (const auto& s : r.signers)
        out << "  signer: " << s.signer << " (" << s.fingerprint << "), " << s.checkpoints
            << " checkpoint(s), the last at " << s.lastAtUtc << "\n";
}

Command initCommand()
{
    Command c;
    c.name = "init";
    c.args = "FILE [--demo] [--lang zh|en] [--name NAME]";
    c.summary = "Create a new workspace, empty or holding the demo engagement.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file to create (.cwb)")(
            "demo", po::bool_switch(), "fill it with the demo engagement")(
            "lang", po::value<std::string>()->default_value("en"), "engagement language: zh or en")(
            "name", po::value<std::string>()->default_value("New engagement"),
            "engagement name (empty workspace)");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto file = vm["file"].as<std::string>();
        const auto lang = vm["lang"].as<std::string>();
        if (lang != "en" && lang != "zh")
            throw Error(ErrorCode::Usage, "--lang must be 'zh' or 'en', not '" + lang + "'");
        std::unique_ptr<Workspace> ws;
        if (vm["demo"].as<bool>()) {
            ws = createDemoWorkspace(file, lang, cliClock());
        } else {
            NewWorkspace init;
            init.name = vm["name"].as<std::string>();
            init.language = lang;
            ws = Workspace::create(file, init, cliClock());
        }
        signTrailOnClose(*ws, true);
        io.out << "Created " << file << " (schema " << ws->schemaVersion() << ")\n";
        return 0;
    };
    return c;
}

Command demoCommand()
{
    Command c;
    c.name = "demo";
    c.args = "FILE [--scale small|large] [--lang zh|en]";
    c.summary = "Create a demo workspace: the demo engagement, or a large generated one for scale tests.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file to create (.cwb)")(
            "scale", po::value<std::string>()->default_value("small"),
            "small: the demo engagement; large: 10,000 documents, 5 assessments x 1,057 requirements, "
            "2,000 findings, 50,000 audit-trail entries")(
            "lang", po::value<std::string>()->default_value("en"), "language of the small demo: zh or en");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto file = vm["file"].as<std::string>();
        const auto scale = vm["scale"].as<std::string>();
        const auto lang = vm["lang"].as<std::string>();
        if (scale != "small" && scale != "large")
            throw Error(ErrorCode::Usage, "--scale must be 'small' or 'large', not '" + scale + "'");
        if (lang != "en" && lang != "zh")
            throw Error(ErrorCode::Usage, "--lang must be 'zh' or 'en', not '" + lang + "'");
        if (scale == "small") {
            auto ws = createDemoWorkspace(file, lang, cliClock());
            signTrailOnClose(*ws, true);
            io.out << "Created " << file << " (demo engagement, schema " << ws->schemaVersion() << ")\n";
            return 0;
        }
        std::string lastStep;
        LargeWorkspaceCounts counts;
        auto ws = createLargeWorkspace(
            file, {}, cliClock(),
            [&](const std::string& step, double) {
                if (step != lastStep && step != "done")
                    io.err << "  " << step << "...\n";
                lastStep = step;
            },
            &counts);
        signTrailOnClose(*ws, true);
        io.out << "Created " << file << " (large engagement, schema " << ws->schemaVersion()
               << "): " << counts.documents << " documents, " << counts.assessments << " assessments with "
               << counts.results << " results, " << counts.findings << " findings with "
               << counts.correctiveActions << " corrective actions, " << counts.auditEntries
               << " audit-trail entries\n";
        return 0;
    };
    return c;
}

Command infoCommand()
{
    Command c;
    c.name = "info";
    c.args = "FILE [--format table|json]";
    c.summary = "Show schema version, engagement name and counts per entity.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "format", po::value<std::string>()->default_value("table"), "table or json");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireFormat(format, {"table", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const WorkspaceInfo info = workspaceInfo(*ws);
        if (format == "json") {
            nlohmann::ordered_json j;
            j["file"] = info.file;
            j["schema_version"] = info.schemaVersion;
            j["engagement"] = info.engagementName;
            j["language"] = info.language;
            nlohmann::ordered_json counts = nlohmann::ordered_json::object();
            for (const auto& [k, v] : info.counts)
                counts[k] = v;
            j["counts"] = counts;
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << "File:            " << info.file << "\n"
                 << "Schema version:  " << info.schemaVersion << "\n"
                 << "Engagement:      " << info.engagementName << "\n"
                 << "Language:        " << info.language << "\n";
        for (const auto& [k, v] : info.counts) {
            std::string label = k + ":";
            label.resize(std::max<std::size_t>(label.size() + 1, 17), ' ');
            shownOut << label << v << "\n";
        }
        return 0;
    };
    return c;
}

Command checkCommand()
{
    Command c;
    c.name = "check";
    c.args = "FILE";
    c.summary = "Check integrity, foreign keys and schema version; exit 0 only if all hold.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto file = vm["file"].as<std::string>();
        std::unique_ptr<Workspace> ws;
        try {
            ws = openWorkspace(file, OpenMode::ReadOnly);
        } catch (const Error& e) {
            // A workspace refused for objects the program did not create: list every one.
            const auto differences = e.code() == ErrorCode::CannotOpen ? schemaDifferencesOfFile(file)
                                                                       : std::vector<std::string>{};
            if (differences.empty())
                throw;
            io.err << file << ": check failed: " << differences.size() << " problem(s)\n";
            for (const auto& d : differences)
                io.err << "  schema: " << d << "\n";
            return 4;
        }
        if (const std::string note = journalNote(*ws); !note.empty())
            io.out << note << "\n";
        CheckReport report = checkWorkspace(*ws);
        // Text is searched only in a sound file (reading a damaged one would stop at the damage).
        for (const auto& f : report.ok() ? findInvalidText(*ws) : std::vector<InvalidTextField>{})
            report.problems.push_back("text: " + f.describe() +
                                      " is not valid UTF-8 (run 'conformance repair-text' on the workspace)");
        if (report.ok()) {
            io.out << ws->file().string() << ": ok (schema " << ws->schemaVersion() << ")\n";
            return 0;
        }
        io.err << ws->file().string() << ": check failed: " << report.problems.size() << " problem(s)\n";
        for (const auto& p : report.problems)
            io.err << "  " << p << "\n";
        return 4;
    };
    return c;
}

Command exportCommand()
{
    Command c;
    c.name = "export";
    c.args = "FILE --format json [-o OUT]";
    c.summary = "Write the whole workspace in the interchange format (docs/interchange-format.md).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("format", po::value<std::string>()->default_value("json"),
                                          "json")("output,o", po::value<std::string>()->default_value("-"),
                                                  "output file (default: standard output)");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        requireFormat(vm["format"].as<std::string>(), {"json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        writeOutput(exportWorkspaceText(*ws), vm["output"].as<std::string>(), io.out);
        return 0;
    };
    return c;
}

Command importCommand()
{
    Command c;
    c.name = "import";
    c.args = "FILE DATA.json [--replace]";
    c.summary = "Import an interchange JSON file into a workspace (all or nothing).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "data", po::value<std::string>()->required(),
            "interchange JSON file")("replace", po::bool_switch(), "replace the workspace's existing data");
        p.add("file", 1).add("data", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto data = vm["data"].as<std::string>();
        const std::string text = readInputFile(data, kMaxInputFileBytes, "an interchange file");
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        if (ws->isReadOnly())
            throw Error(ErrorCode::ReadOnly, ws->file().string() + ": " + ws->readOnlyReason());
        ImportOptions options;
        options.replace = vm["replace"].as<bool>();
        importWorkspaceText(*ws, text, data, options);
        io.out << "Imported " << data << " into " << ws->file().string() << "\n";
        return 0;
    };
    return c;
}

Command logCommand()
{
    Command c;
    c.name = "log";
    c.args = "FILE [--entity E [--id ID]] [--limit N] [--format table|json]";
    c.summary = "List the audit trail: who changed what, when, old and new values.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "entity", po::value<std::string>(), "only this kind of entity (e.g. engagement)")(
            "id", po::value<std::string>(), "only this entity id (with --entity)")(
            "limit", po::value<std::size_t>()->default_value(0), "only the newest N entries (0: all)")(
            "format", po::value<std::string>()->default_value("table"), "table or json");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireFormat(format, {"table", "json"});
        if (vm.count("id") && !vm.count("entity"))
            throw Error(ErrorCode::Usage, "--id needs --entity");
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        AuditQuery q;
        if (vm.count("entity"))
            q.entity = vm["entity"].as<std::string>();
        if (vm.count("id"))
            q.entityId = vm["id"].as<std::string>();
        q.limit = vm["limit"].as<std::size_t>();
        const auto entries = listAuditTrail(*ws, q);
        if (format == "json") {
            nlohmann::ordered_json arr = nlohmann::ordered_json::array();
            for (const auto& e : entries) {
                nlohmann::ordered_json j;
                j["id"] = e.id;
                j["action_id"] = e.actionId;
                j["at"] = e.atUtc;
                j["actor"] = e.actor;
                j["action"] = e.action;
                j["entity"] = e.entity;
                j["entity_id"] = e.entityId;
                j["field"] = e.field;
                j["old"] = e.oldValue ? nlohmann::ordered_json(*e.oldValue) : nlohmann::ordered_json();
                j["new"] = e.newValue ? nlohmann::ordered_json(*e.newValue) : nlohmann::ordered_json();
                arr.push_back(std::move(j));
            }
            io.out << dumpJson(arr) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> rows;
        auto clip = [](const std::optional<std::string>& v) {
            if (!v)
                return std::string("-");
            return v->size() > 40 ? v->substr(0, 37) + "..." : *v;
        };
        for (const auto& e : entries)
            rows.push_back({e.atUtc, e.actor, e.action, e.entity + "/" + e.entityId, e.field,
                            clip(e.oldValue), clip(e.newValue)});
        printTable(io.out, {"When (UTC)", "Who", "Action", "Entity", "Field", "Old", "New"}, rows);
        return 0;
    };
    return c;
}

Command verifyCommand()
{
    Command c;
    c.name = "verify";
    c.args = "FILE [--expect-head HASH] [--deep]";
    c.summary = "Verify the audit trail's hash chain and signed checkpoints; report tampering (exit 4).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "expect-head", po::value<std::string>(),
            "fail unless the trail passes through this head hash (16 to 64 hex digits, e.g. a report's)")(
            "deep", po::bool_switch(),
            "also replay the trail against the live rows and list every value that differs");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        std::string expectHead;
        if (vm.count("expect-head"))
            expectHead = parseHeadHash(vm["expect-head"].as<std::string>());
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const ChainReport report = verifyAuditTrail(*ws);
        const CheckpointReport checkpoints = verifyCheckpoints(*ws);
        std::vector<std::string> problems;
        for (const auto& p : report.problems)
            problems.push_back(p.message);
        for (const auto& p : checkpoints.problems)
            problems.push_back(p.message);
        if (!expectHead.empty() && !chainContainsHead(*ws, expectHead))
            problems.push_back("the expected head " + expectHead +
                               " is not in the trail: entries it covered were changed or removed");
        std::optional<ReplayReport> deep;
        if (vm["deep"].as<bool>()) {
            deep = replayAuditTrail(*ws);
            for (const auto& m : deep->mismatches)
                problems.push_back(m.message);
        }
        if (problems.empty()) {
            io.out << ws->file().string() << ": audit trail intact: " << report.entries << " entries, head "
                   << report.headHash << "\n";
            printCheckpoints(io.out, checkpoints);
            if (!expectHead.empty())
                io.out << "  expected head " << expectHead << ": found in the trail\n";
            if (deep)
                io.out << "  rows agree with the trail: " << deep->fields << " values of " << deep->entities
                       << " entities compared\n";
            return 0;
        }
        io.err << ws->file().string() << ": the audit trail was tampered with: " << problems.size()
               << " problem(s)\n";
        for (const auto& p : problems)
            io.err << "  " << p << "\n";
        printCheckpoints(io.err, checkpoints);
        return 4;
    };
    return c;
}

} // namespace

std::vector<Command> workspaceCommands()
{
    return {initCommand(),   demoCommand(),   infoCommand(),   checkCommand(),
            verifyCommand(), exportCommand(), importCommand(), logCommand()};
}

} // namespace cw::cli
