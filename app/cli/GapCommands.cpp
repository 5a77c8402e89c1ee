// gap summary | list | compare | assessments | actions: reading an engagement's gap analysis.
#include "assessment/AssessmentActions.h"
#include "assessment/Compare.h"
#include "assessment/GapList.h"
#include "assessment/Scoring.h"
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "cli/GapSupport.h"
#include "common/Error.h"
#include "common/Json.h"
#include "common/Utf8.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>
#include <sstream>

namespace cw::cli {

namespace {

using Json = nlohmann::ordered_json;

void fileOption(po::options_description& o, po::positional_options_description& p)
{
    o.add_options()("file", po::value<std::string>()->required(), "workspace file");
    p.add("file", 1);
}

void langOption(po::options_description& o)
{
    o.add_options()("lang", po::value<std::string>(),
                    "language of titles: zh or en (default: the engagement's)");
}

bool shown(const ClauseScore& c, int depth)
{
    return c.level >= 1 && c.level <= depth;
}

int depthOf(const po::variables_map& vm)
{
    const int d = vm["depth"].as<int>();
    if (d < 1 || d > 9)
        throw Error(ErrorCode::Usage, "--depth must be between 1 and 9, not " + std::to_string(d));
    return d;
}

std::string exclusionWarning(const std::vector<RequirementKey>& keys)
{
    std::string refs;
    for (const auto& k : keys)
        refs += (refs.empty() ? "" : ", ") + k.ref + " (" + k.catalogId + ")";
    return "Warning: not_applicable is " + std::string(kExclusionNotPermitted) +
           " (the standard allows no exclusion in clauses 4-10): " + refs + "\n";
}

Command summaryCommand()
{
    Command c;
    c.name = "gap summary";
    c.args = "FILE [--assessment NAME] [--format table|json] [--depth N]";
    c.summary = "Readiness and coverage of an assessment, overall and per clause.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        fileOption(o, p);
        o.add_options()("assessment", po::value<std::string>(), "assessment name (default: the newest)")(
            "format", po::value<std::string>()->default_value("table"),
            "table or json")("depth", po::value<int>()->default_value(1),
                             "clause levels shown: 1 top-level clauses, 2 subclauses ...");
        langOption(o);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireGapFormat(format, {"table", "json"});
        const int depth = depthOf(vm);
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        const auto sum = summarizeAssessment(*ws, selectAssessment(*ws, vm).id);
        const bool several = sum.assessment.catalogs.size() > 1;
        if (format == "json") {
            Json j;
            j["assessment"] = sum.assessment.name;
            j["date"] = sum.assessment.date;
            j["catalogs"] = sum.assessment.catalogs;
            j["overall"] = {{"readiness", ratioJson(sum.overall.readiness())},
                            {"coverage", ratioJson(sum.overall.coverage())},
                            {"applicable", sum.overall.applicable()},
                            {"assessed", sum.overall.assessed()},
                            {"not_applicable", sum.overall.notApplicable}};
            auto byCatalog = Json::array();
            for (const auto& cat : sum.catalogs)
                byCatalog.push_back({{"catalog", cat.catalogId},
                                     {"readiness", ratioJson(cat.score.readiness())},
                                     {"coverage", ratioJson(cat.score.coverage())}});
            j["by_catalog"] = std::move(byCatalog);
            auto clauses = Json::array();
            for (const auto& cl : sum.clauses) {
                if (!shown(cl, depth))
                    continue;
                clauses.push_back({{"catalog", cl.key.catalogId},
                                   {"ref", cl.key.ref},
                                   {"title", pickTitle(cl.titleEn, cl.titleZh, lang)},
                                   {"level", cl.level},
                                   {"readiness", ratioJson(cl.score.readiness())},
                                   {"coverage", ratioJson(cl.score.coverage())},
                                   {"applicable", cl.score.applicable()},
                                   {"assessed", cl.score.assessed()}});
            }
            j["clauses"] = std::move(clauses);
            auto flagged = Json::array();
            for (const auto& k : sum.exclusionsNotPermitted)
                flagged.push_back(k.ref);
            j["not_applicable_not_permitted"] = std::move(flagged);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << "Assessment  " << assessmentLabel(sum.assessment) << "\n";
        shownOut << "Readiness   " << formatPercent(sum.overall.readiness()) << "   Coverage "
                 << formatPercent(sum.overall.coverage()) << "   (" << sum.overall.applicable()
                 << " applicable, " << sum.overall.assessed() << " assessed, " << sum.overall.notApplicable
                 << " not applicable)\n\n";
        std::vector<std::vector<std::string>> rows;
        for (const auto& cl : sum.clauses) {
            if (!shown(cl, depth))
                continue;
            std::vector<std::string> row;
            if (several)
                row.push_back(cl.key.catalogId);
            row.push_back(std::string(static_cast<std::size_t>(cl.level - 1) * 2, ' ') + cl.key.ref);
            row.push_back(pickTitle(cl.titleEn, cl.titleZh, lang));
            row.push_back(formatPercent(cl.score.readiness()));
            row.push_back(formatPercent(cl.score.coverage()));
            row.push_back(std::to_string(cl.score.applicable()));
            rows.push_back(std::move(row));
        }
        std::vector<std::string> header{"Clause", "Title", "Readiness", "Coverage", "Applicable"};
        if (several)
            header.insert(header.begin(), "Catalog");
        printTable(shownOut, header, rows);
        if (!sum.exclusionsNotPermitted.empty())
            shownOut << "\n" << exclusionWarning(sum.exclusionsNotPermitted);
        return 0;
    };
    return c;
}

Command listCommand()
{
    Command c;
    c.name = "gap list";
    c.args = "FILE [--assessment NAME] [--format table|csv|json] [--output PATH]";
    c.summary = "The prioritised gap list of an assessment (exportable as CSV or JSON).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        fileOption(o, p);
        o.add_options()("assessment", po::value<std::string>(), "assessment name (default: the newest)")(
            "format", po::value<std::string>()->default_value("table"),
            "table, csv or json")("output,o", po::value<std::string>()->default_value(""),
                                  "write to this file instead of the screen");
        langOption(o);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireGapFormat(format, {"table", "csv", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        const Assessment a = selectAssessment(*ws, vm);
        const auto gaps = prioritisedGaps(*ws, a.id);
        std::string text;
        if (format == "csv") {
            text = gapListCsv(gaps, lang);
        } else if (format == "json") {
            Json j;
            j["assessment"] = a.name;
            auto arr = Json::array();
            int rank = 0;
            for (const auto& g : gaps)
                arr.push_back({{"rank", ++rank},
                               {"catalog", g.key.catalogId},
                               {"ref", g.key.ref},
                               {"title", pickTitle(g.titleEn, g.titleZh, lang)},
                               {"status", toString(g.status)},
                               {"priority", toString(g.priority)},
                               {"required_documented_information", g.requiresDocumentedInfo},
                               {"maturity", g.maturity ? Json(*g.maturity) : Json()},
                               {"gap", g.gap},
                               {"recommendation", g.recommendation},
                               {"open_actions", g.activeActions}});
            j["gaps"] = std::move(arr);
            text = dumpJson(j) + "\n";
        } else {
            std::ostringstream out;
            out << "Gaps of " << assessmentLabel(a) << ": " << gaps.size() << "\n\n";
            std::vector<std::vector<std::string>> rows;
            int rank = 0;
            for (const auto& g : gaps) {
                const std::string gap = shortText(g.gap, 60);
                rows.push_back({std::to_string(++rank), g.key.ref, pickTitle(g.titleEn, g.titleZh, lang),
                                std::string(toString(g.status)), std::string(toString(g.priority)),
                                g.requiresDocumentedInfo ? "yes" : "", gap});
            }
            printTable(out, {"#", "Clause", "Title", "Status", "Priority", "Doc. info", "Gap"}, rows);
            text = utf8::forTerminal(out.str());
        }
        writeOutput(text, vm["output"].as<std::string>(), io.out);
        return 0;
    };
    return c;
}

std::string signedPoints(const std::optional<double>& change)
{
    if (!change)
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f", std::round(*change * 1000.0) / 10.0);
    return buf;
}

Command compareCommand()
{
    Command c;
    c.name = "gap compare";
    c.args = "FILE A B [--format table|json] [--depth N]";
    c.summary = "Compare two assessments: readiness per clause, improved and regressed requirements.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        fileOption(o, p);
        o.add_options()("a", po::value<std::string>()->required(), "earlier assessment name")(
            "b", po::value<std::string>()->required(), "later assessment name")(
            "format", po::value<std::string>()->default_value("table"),
            "table or json")("depth", po::value<int>()->default_value(1), "clause levels shown");
        langOption(o);
        p.add("a", 1).add("b", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireGapFormat(format, {"table", "json"});
        const int depth = depthOf(vm);
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        const auto a = assessmentByName(*ws, vm["a"].as<std::string>());
        const auto b = assessmentByName(*ws, vm["b"].as<std::string>());
        const auto cmp = compareAssessments(*ws, a.id, b.id);
        auto changeList = [&](ChangeKind kind) {
            auto arr = Json::array();
            for (const auto& ch : cmp.changesOf(kind))
                arr.push_back({{"catalog", ch.key.catalogId},
                               {"ref", ch.key.ref},
                               {"title", pickTitle(ch.titleEn, ch.titleZh, lang)},
                               {"before", toString(ch.before)},
                               {"after", toString(ch.after)}});
            return arr;
        };
        if (format == "json") {
            Json j;
            j["a"] = a.name;
            j["b"] = b.name;
            const auto ra = cmp.a.overall.readiness(), rb = cmp.b.overall.readiness();
            j["overall"] = {{"readiness_a", ratioJson(ra)},
                            {"readiness_b", ratioJson(rb)},
                            {"change", ratioJson(ra && rb ? std::optional<double>(*rb - *ra) : std::nullopt)},
                            {"coverage_a", ratioJson(cmp.a.overall.coverage())},
                            {"coverage_b", ratioJson(cmp.b.overall.coverage())}};
            auto clauses = Json::array();
            for (const auto& cl : cmp.clauses) {
                if (cl.level < 1 || cl.level > depth)
                    continue;
                clauses.push_back({{"catalog", cl.key.catalogId},
                                   {"ref", cl.key.ref},
                                   {"title", pickTitle(cl.titleEn, cl.titleZh, lang)},
                                   {"readiness_a", ratioJson(cl.readinessA)},
                                   {"readiness_b", ratioJson(cl.readinessB)},
                                   {"change", ratioJson(cl.change())}});
            }
            j["clauses"] = std::move(clauses);
            j["improved"] = changeList(ChangeKind::Improved);
            j["regressed"] = changeList(ChangeKind::Regressed);
            j["applicability_changed"] = changeList(ChangeKind::Applicability);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        const auto ra = cmp.a.overall.readiness(), rb = cmp.b.overall.readiness();
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << "Compare    " << assessmentLabel(a) << " -> " << assessmentLabel(b) << "\n"
                 << "Readiness  " << formatPercent(ra) << " -> " << formatPercent(rb) << "  ("
                 << signedPoints(ra && rb ? std::optional<double>(*rb - *ra) : std::nullopt)
                 << " points)\n\n";
        std::vector<std::vector<std::string>> rows;
        for (const auto& cl : cmp.clauses)
            if (cl.level >= 1 && cl.level <= depth)
                rows.push_back({std::string(static_cast<std::size_t>(cl.level - 1) * 2, ' ') + cl.key.ref,
                                pickTitle(cl.titleEn, cl.titleZh, lang), formatPercent(cl.readinessA),
                                formatPercent(cl.readinessB), signedPoints(cl.change())});
        printTable(shownOut, {"Clause", "Title", a.name, b.name, "Change"}, rows);
        auto printChanges = [&](const char* heading, ChangeKind kind) {
            const auto list = cmp.changesOf(kind);
            shownOut << "\n" << heading << " (" << list.size() << ")\n";
            for (const auto& ch : list)
                shownOut << "  " << ch.key.ref << "  " << pickTitle(ch.titleEn, ch.titleZh, lang) << ": "
                         << toString(ch.before) << " -> " << toString(ch.after) << "\n";
        };
        printChanges("Improved", ChangeKind::Improved);
        printChanges("Regressed", ChangeKind::Regressed);
        if (!cmp.changesOf(ChangeKind::Applicability).empty())
            printChanges("Applicability changed", ChangeKind::Applicability);
        return 0;
    };
    return c;
}

Command assessmentsCommand()
{
    Command c;
    c.name = "gap assessments";
    c.args = "FILE [--format table|json]";
    c.summary = "List the assessments of a workspace with their readiness and coverage.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        fileOption(o, p);
        o.add_options()("format", po::value<std::string>()->default_value("table"), "table or json");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireGapFormat(format, {"table", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        auto arr = Json::array();
        std::vector<std::vector<std::string>> rows;
        for (const auto& a : listAssessments(*ws)) {
            const auto sum = summarizeAssessment(*ws, a.id);
            std::string cats, who;
            for (const auto& id : a.catalogs)
                cats += (cats.empty() ? "" : ", ") + id;
            for (const auto& w : a.assessors)
                who += (who.empty() ? "" : ", ") + w;
            arr.push_back({{"name", a.name},
                           {"date", a.date},
                           {"assessors", a.assessors},
                           {"catalogs", a.catalogs},
                           {"readiness", ratioJson(sum.overall.readiness())},
                           {"coverage", ratioJson(sum.overall.coverage())}});
            rows.push_back({a.name, a.date, cats, who, formatPercent(sum.overall.readiness()),
                            formatPercent(sum.overall.coverage())});
        }
        if (format == "json")
            io.out << dumpJson(arr) << "\n";
        else
            printTable(io.out, {"Assessment", "Date", "Catalogs", "Assessors", "Readiness", "Coverage"},
                       rows);
        return 0;
    };
    return c;
}

Command actionsCommand()
{
    Command c;
    c.name = "gap actions";
    c.args = "FILE [--assessment NAME] [--open] [--overdue] [--format table|json]";
    c.summary = "Actions across assessments; overdue ones first and marked.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        fileOption(o, p);
        o.add_options()("assessment", po::value<std::string>(), "only this assessment's actions")(
            "open", po::bool_switch(), "only open and in-progress actions")("overdue", po::bool_switch(),
                                                                            "only overdue actions")(
            "format", po::value<std::string>()->default_value("table"), "table or json");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireGapFormat(format, {"table", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        ActionQuery q;
        if (vm.count("assessment"))
            q.assessmentId = assessmentByName(*ws, vm["assessment"].as<std::string>()).id;
        q.activeOnly = vm["open"].as<bool>();
        q.overdueOnly = vm["overdue"].as<bool>();
        const auto list = listActions(*ws, q);
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& item : list)
                arr.push_back({{"id", item.action.id},
                               {"assessment", item.assessmentName},
                               {"catalog", item.action.key.catalogId},
                               {"ref", item.action.key.ref},
                               {"title", item.action.title},
                               {"owner", item.action.owner},
                               {"due_date", item.action.dueDate.empty() ? Json() : Json(item.action.dueDate)},
                               {"priority", toString(item.action.priority)},
                               {"status", toString(item.action.status)},
                               {"overdue", item.overdue}});
            io.out << dumpJson(arr) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& item : list)
            rows.push_back({item.overdue ? "OVERDUE" : "", item.action.dueDate, item.action.title,
                            item.action.owner, std::string(toString(item.action.priority)),
                            std::string(toString(item.action.status)), item.action.key.ref,
                            item.assessmentName});
        printTable(io.out, {"", "Due", "Action", "Owner", "Priority", "Status", "Clause", "Assessment"},
                   rows);
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> gapCommands()
{
    auto edits = gapEditCommands();
    std::vector<Command> all{assessmentsCommand(), summaryCommand(), listCommand(), compareCommand(),
                             actionsCommand()};
    all.insert(all.end(), edits.begin(), edits.end());
    return all;
}

} // namespace cw::cli
