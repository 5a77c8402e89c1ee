// engagement show | set, backup
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Error.h"
#include "engagement/Engagement.h"
#include "storage/Backup.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cw::cli {

namespace {

Command showCommand()
{
    Command c;
    c.name = "engagement show";
    c.args = "FILE [--format table|json]";
    c.summary = "Show the engagement: name, organisation, scope, language.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "format", po::value<std::string>()->default_value("table"), "table or json");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        if (format != "table" && format != "json")
            throw Error(ErrorCode::Usage, "unknown format '" + format + "' (choose table, json)");
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const Engagement e = loadEngagement(*ws);
        if (format == "json") {
            nlohmann::ordered_json j;
            for (const auto f :
                 {EngagementField::Name, EngagementField::OrganizationEn, EngagementField::OrganizationZh,
                  EngagementField::Scope, EngagementField::Language})
                j[std::string(fieldKey(f))] = engagementField(e, f);
            j["created_at"] = e.createdAt;
            io.out << j.dump(2, ' ', false) << "\n";
            return 0;
        }
        io.out << "Name:             " << e.name << "\n"
               << "Organisation:     " << e.organizationEn << "\n"
               << "Organisation (zh): " << e.organizationZh << "\n"
               << "Language:         " << e.language << "\n"
               << "Created:          " << e.createdAt << "\n"
               << "Scope:\n  " << e.scope << "\n";
        return 0;
    };
    return c;
}

Command setCommand()
{
    Command c;
    c.name = "engagement set";
    c.args = "FILE FIELD VALUE";
    c.summary = "Set one engagement field (name, organization_en, organization_zh, scope, language).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("field", po::value<std::string>()->required(),
                                          "name, organization_en, organization_zh, scope or language")(
            "value", po::value<std::string>()->required(), "the new value");
        p.add("file", 1).add("field", 1).add("value", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto key = vm["field"].as<std::string>();
        const auto field = engagementFieldFromKey(key);
        if (!field)
            throw Error(ErrorCode::Usage,
                        "unknown field '" + key +
                            "' (choose name, organization_en, organization_zh, scope, language)");
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        if (ws->isReadOnly())
            throw Error(ErrorCode::ReadOnly, ws->file().string() + ": " + ws->readOnlyReason());
        setEngagementField(*ws, *field, vm["value"].as<std::string>());
        io.out << "Saved " << key << "\n";
        return 0;
    };
    return c;
}

Command backupCommand()
{
    Command c;
    c.name = "backup";
    c.args = "FILE DEST";
    c.summary = "Write a consistent copy of a workspace, even while the GUI has it open.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "dest", po::value<std::string>()->required(), "the copy to create (must not exist)");
        p.add("file", 1).add("dest", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto dest = vm["dest"].as<std::string>();
        backupWorkspace(*ws, dest);
        io.out << "Backed up " << ws->file().string() << " to " << dest << "\n";
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> engagementCommands()
{
    return {showCommand(), setCommand(), backupCommand()};
}

} // namespace cw::cli
