// engagement show | set, backup
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Error.h"
#include "common/Json.h"
#include "engagement/CncaCategories.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPlan.h"
#include "storage/Backup.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cw::cli {

namespace {

constexpr const char* kFieldChoices =
    "name, organization_en, organization_zh, scope, language, services, sites, cnca_categories, "
    "certification_body, trial_operation_start, planned_internal_audit, planned_management_review, "
    "planned_stage1, planned_stage2, logo, readiness_threshold";

/// Lists on the command line: one entry per line, or separated by ';'.
std::string listValue(const std::string& value)
{
    std::string out = value;
    for (auto& ch : out)
        if (ch == ';')
            ch = '\n';
    return out;
}

void printPlan(std::ostream& out, const EngagementPlan& p, double threshold)
{
    auto list = [&](const char* label, const std::vector<std::string>& items) {
        out << label << "\n";
        for (const auto& i : items)
            out << "  " << i << "\n";
        if (items.empty())
            out << "  -\n";
    };
    list("Services:", p.services);
    list("Sites:", p.sites);
    std::vector<std::string> cats;
    for (const auto& code : p.cncaCategories) {
        const CncaCategory* c = findCncaCategory(code);
        cats.push_back(code + (c ? " " + c->name.en + " / " + c->name.zh : std::string()));
    }
    list("CNCA categories:", cats);
    auto dash = [](const std::string& v) {
        return v.empty() ? std::string("-") : v;
    };
    out << "Certification body:        " << dash(p.certificationBody) << "\n"
        << "Trial operation start:     " << dash(p.trialOperationStart) << "\n"
        << "Planned internal audit:    " << dash(p.plannedInternalAudit) << "\n"
        << "Planned management review: " << dash(p.plannedManagementReview) << "\n"
        << "Planned stage 1:           " << dash(p.plannedStage1) << "\n"
        << "Planned stage 2:           " << dash(p.plannedStage2) << "\n"
        << "Logo:                      "
        << (p.logo.empty()
                ? std::string("-")
                : std::string(logoMimeType(p.logo)) + ", " + std::to_string(p.logo.size()) + " bytes")
        << "\n"
        << "Readiness threshold:       " << formatThreshold(threshold) << "\n";
}

Command showCommand()
{
    Command c;
    c.name = "engagement show";
    c.args = "FILE [--format table|json]";
    c.summary = "Show the engagement: name, organisation, scope, language and certification plan.";
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
            const EngagementPlan p = loadEngagementPlan(*ws);
            for (const auto f : allPlanFields()) {
                const auto value = planField(p, f);
                if (f == PlanField::Services || f == PlanField::Sites || f == PlanField::CncaCategories)
                    j[std::string(fieldKey(f))] = f == PlanField::Services ? p.services
                                                  : f == PlanField::Sites  ? p.sites
                                                                           : p.cncaCategories;
                else
                    j[std::string(fieldKey(f))] = value;
            }
            j["logo"] = p.logo.empty() ? nlohmann::ordered_json()
                                       : nlohmann::ordered_json{{"type", std::string(logoMimeType(p.logo))},
                                                                {"bytes", p.logo.size()}};
            j["readiness_threshold"] = readinessThreshold(*ws);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << "Name:             " << e.name << "\n"
                 << "Organisation:     " << e.organizationEn << "\n"
                 << "Organisation (zh): " << e.organizationZh << "\n"
                 << "Language:         " << e.language << "\n"
                 << "Created:          " << e.createdAt << "\n"
                 << "Scope:\n  " << e.scope << "\n";
        printPlan(shownOut, loadEngagementPlan(*ws), readinessThreshold(*ws));
        return 0;
    };
    return c;
}

Command setCommand()
{
    Command c;
    c.name = "engagement set";
    c.args = "FILE FIELD VALUE";
    c.summary = "Set one engagement or plan field (dates YYYY-MM-DD; lists separated by ';').";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("field", po::value<std::string>()->required(), kFieldChoices)(
            "value", po::value<std::string>()->required(),
            "the new value; logo: a PNG or JPEG file (\"\" removes it); readiness_threshold: 0..1 or a "
            "percentage");
        p.add("file", 1).add("field", 1).add("value", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto key = vm["field"].as<std::string>();
        const auto value = vm["value"].as<std::string>();
        const auto field = engagementFieldFromKey(key);
        const auto planField = planFieldFromKey(key);
        if (!field && !planField && key != "logo" && key != "readiness_threshold")
            throw Error(ErrorCode::Usage, "unknown field '" + key + "' (choose " + kFieldChoices + ")");
        // Validate what needs no workspace first, so bad input never opens it for writing.
        std::string logo;
        if (key == "logo" && !value.empty()) {
            logo = readLogoFile(value);
        }
        const double threshold = key == "readiness_threshold" ? parseReadinessThreshold(value) : 0.0;
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        if (ws->isReadOnly())
            throw Error(ErrorCode::ReadOnly, ws->file().string() + ": " + ws->readOnlyReason());
        if (field)
            setEngagementField(*ws, *field, value);
        else if (planField)
            setPlanField(*ws, *planField,
                         *planField == PlanField::Services || *planField == PlanField::Sites
                             ? listValue(value)
                             : value);
        else if (key == "logo")
            setEngagementLogo(*ws, logo);
        else
            setReadinessThreshold(*ws, threshold);
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
