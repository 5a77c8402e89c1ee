// audits list | coverage | show: the internal audit programme and its audits.
#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"
#include "audit/AuditProgramme.h"
#include "audit/AuditReport.h"
#include "audit/Independence.h"
#include "audit/ProgrammeCoverage.h"
#include "cli/AuditCliSupport.h"
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "cli/GapSupport.h"
#include "common/Error.h"
#include "common/Json.h"
#include "common/Utf8.h"
#include "findings/FindingQuery.h"

#include <ostream>
#include <sstream>

namespace cw::cli {

namespace {

using Json = nlohmann::ordered_json;

std::optional<std::int64_t> selectedProgramme(Workspace& ws, const po::variables_map& vm)
{
    if (vm.count("programme"))
        return programmeByName(ws, vm["programme"].as<std::string>()).id;
    return std::nullopt;
}

std::string flagsText(const std::vector<IndependenceFlag>& flags)
{
    std::vector<std::string> out;
    for (const auto& f : flags)
        out.push_back(describe(f));
    return joined(out, "; ");
}

Json tallyJson(const ChecklistTally& t)
{
    return {{"lines", t.total()},           {"pending", t.pending},
            {"conforming", t.conforming},   {"nonconformity", t.nonconformity},
            {"observation", t.observation}, {"not_audited", t.notAudited}};
}

Json flagsJson(const std::vector<IndependenceFlag>& flags)
{
    auto arr = Json::array();
    for (const auto& f : flags)
        arr.push_back({{"auditor", f.auditor},
                       {"owner", f.owner},
                       {"document", textOrNull(f.documentCode)},
                       {"clause", f.documentClause ? Json(f.documentClause->ref) : Json()},
                       {"text", describe(f)}});
    return arr;
}

Command listCommand()
{
    Command c;
    c.name = "audits list";
    c.args = "FILE [--programme NAME] [--status S] [--format table|csv|json] [-o PATH]";
    c.summary =
        "List the internal audits with status, dates, team, checklist results and independence flags.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        workspaceFileOption(o, p);
        o.add_options()("programme", po::value<std::string>(), "only the audits of this programme")(
            "status", po::value<std::string>(), "only this status: planned, in_progress, reported, closed")(
            "format", po::value<std::string>()->default_value("table"),
            "table, csv or json")("output,o", po::value<std::string>()->default_value(""),
                                  "write to this file instead of the screen");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "csv", "json"});
        std::optional<AuditStatus> status;
        if (vm.count("status")) {
            status = auditStatusFromString(vm["status"].as<std::string>());
            if (!status)
                throw Error(ErrorCode::Usage, "unknown status '" + vm["status"].as<std::string>() +
                                                  "' (choose planned, in_progress, reported, closed)");
        }
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        std::vector<AuditReport> audits;
        for (const auto& a : listAudits(*ws, selectedProgramme(*ws, vm)))
            if (!status || a.status == *status)
                audits.push_back(buildAuditReport(*ws, a.id));
        std::string text;
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& r : audits) {
                const Audit& a = r.audit.audit;
                arr.push_back({{"code", a.code},
                               {"programme", textOrNull(r.audit.programmeName)},
                               {"title", a.title},
                               {"status", toString(a.status)},
                               {"planned_start", textOrNull(a.plannedStart)},
                               {"planned_end", textOrNull(a.plannedEnd)},
                               {"actual_start", textOrNull(a.actualStart)},
                               {"actual_end", textOrNull(a.actualEnd)},
                               {"lead_auditor", a.leadAuditor},
                               {"auditors", a.auditors},
                               {"auditees", a.auditees},
                               {"clauses", clausesJson(a.clauses)},
                               {"checklist", tallyJson(r.tally)},
                               {"findings", r.findings.size()},
                               {"independence", flagsJson(r.independence)}});
            }
            text = dumpJson(arr) + "\n";
        } else if (format == "csv") {
            text = std::string(kCsvBom) +
                   csvRow({"code", "programme", "title", "status", "planned_start", "planned_end",
                           "actual_start", "actual_end", "lead_auditor", "auditors", "clauses",
                           "checklist_lines", "findings", "independence"});
            for (const auto& r : audits) {
                const Audit& a = r.audit.audit;
                text +=
                    csvRow({a.code, r.audit.programmeName, a.title, std::string(toString(a.status)),
                            a.plannedStart, a.plannedEnd, a.actualStart, a.actualEnd, a.leadAuditor,
                            joined(a.auditors, "; "), clauseRefs(a.clauses), std::to_string(r.tally.total()),
                            std::to_string(r.findings.size()), flagsText(r.independence)});
            }
        } else {
            std::ostringstream out;
            std::vector<std::vector<std::string>> rows;
            for (const auto& r : audits) {
                const Audit& a = r.audit.audit;
                const std::string actual =
                    a.actualStart.empty() ? ""
                                          : a.actualStart + (a.actualEnd.empty() ? "" : " - " + a.actualEnd);
                rows.push_back({a.code, shortText(a.title, 40), std::string(toString(a.status)),
                                a.plannedStart, actual, a.leadAuditor, shortText(clauseRefs(a.clauses), 30),
                                std::to_string(r.findings.size()), r.independence.empty() ? "" : "FLAGGED"});
            }
            printTable(out,
                       {"Code", "Title", "Status", "Planned", "Actual", "Lead auditor", "Clauses", "Findings",
                        "Independence"},
                       rows);
            out << audits.size() << " audit(s)\n";
            for (const auto& r : audits)
                for (const auto& f : r.independence)
                    out << "Independence: " << r.audit.audit.code << ": " << describe(f) << "\n";
            text = utf8::forTerminal(out.str());
        }
        writeOutput(text, vm["output"].as<std::string>(), io.out);
        return 0;
    };
    return c;
}

Command coverageCommand()
{
    Command c;
    c.name = "audits coverage";
    c.args = "FILE [--programme NAME] [--depth N] [--format table|json] [--lang zh|en]";
    c.summary = "Which clauses 4-10 the programme's audits have audited, only planned, or not planned.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        workspaceFileOption(o, p);
        o.add_options()("programme", po::value<std::string>(), "programme name (default: the latest)")(
            "depth", po::value<int>()->default_value(9),
            "clause levels shown: 1 top-level clauses, 2 subclauses ...")(
            "format", po::value<std::string>()->default_value("table"), "table or json")(
            "lang", po::value<std::string>(), "language of titles: zh or en (default: the engagement's)");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "json"});
        const int depth = vm["depth"].as<int>();
        if (depth < 1 || depth > 9)
            throw Error(ErrorCode::Usage, "--depth must be between 1 and 9, not " + std::to_string(depth));
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        auto programmeId = selectedProgramme(*ws, vm);
        if (!programmeId) {
            const auto all = listProgrammes(*ws);
            if (all.empty())
                throw Error(ErrorCode::NotFound, "the workspace holds no audit programme");
            programmeId = all.back().id;
        }
        const AuditProgramme prog = loadProgramme(*ws, *programmeId);
        const AuditCoverage cov = programmeCoverage(*ws, *programmeId);
        if (format == "json") {
            Json j;
            j["programme"] = prog.name;
            j["catalogs"] = cov.catalogs;
            j["leaves"] = cov.leaves;
            j["audited"] = cov.auditedLeaves;
            j["planned"] = cov.plannedLeaves;
            j["not_planned"] = cov.notPlannedLeaves;
            j["fully_audited"] = cov.fullyAudited();
            j["audited_since"] = textOrNull(cov.auditedSince());
            j["last_completed_end"] = textOrNull(cov.lastCompletedEnd());
            auto completed = Json::array();
            for (const auto& a : cov.completed)
                completed.push_back({{"code", a.code},
                                     {"title", a.title},
                                     {"actual_start", a.actualStart},
                                     {"actual_end", a.actualEnd},
                                     {"status", toString(a.status)}});
            j["completed_audits"] = std::move(completed);
            auto rows = Json::array();
            for (const auto& r : cov.rows) {
                if (r.depth + 1 > depth)
                    continue;
                rows.push_back({{"catalog", r.clause.catalogId},
                                {"ref", r.clause.ref},
                                {"title", pickTitle(r.titleEn, r.titleZh, lang)},
                                {"depth", r.depth},
                                {"leaf", r.leaf},
                                {"status", toString(r.status)},
                                {"audits", r.audits},
                                {"last_audited", textOrNull(r.lastAudited)}});
            }
            j["clauses"] = std::move(rows);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << "Programme   " << prog.name << " (" << prog.periodStart << " to " << prog.periodEnd
                 << ")\n";
        shownOut << "Clauses     " << cov.auditedLeaves << " of " << cov.leaves << " audited, "
                 << cov.plannedLeaves << " planned, " << cov.notPlannedLeaves << " not planned";
        if (cov.fullyAudited())
            shownOut << "; every clause audited since " << cov.auditedSince();
        shownOut << "\n\n";
        std::vector<std::vector<std::string>> rows;
        const bool several = cov.catalogs.size() > 1;
        for (const auto& r : cov.rows) {
            if (r.depth + 1 > depth)
                continue;
            std::vector<std::string> row;
            if (several)
                row.push_back(r.clause.catalogId);
            row.push_back(std::string(static_cast<std::size_t>(r.depth) * 2, ' ') + r.clause.ref);
            row.push_back(shortText(pickTitle(r.titleEn, r.titleZh, lang), 50));
            row.push_back(r.status == CoverageStatus::NotPlanned ? "NOT PLANNED"
                                                                 : std::string(toString(r.status)));
            row.push_back(joined(r.audits));
            row.push_back(r.lastAudited);
            rows.push_back(std::move(row));
        }
        std::vector<std::string> header{"Clause", "Title", "Coverage", "Audits", "Last audited"};
        if (several)
            header.insert(header.begin(), "Catalog");
        printTable(shownOut, header, rows);
        return 0;
    };
    return c;
}

Command showCommand()
{
    Command c;
    c.name = "audits show";
    c.args = "FILE CODE [--format text|json] [--lang zh|en]";
    c.summary =
        "One audit as its report: scope, team, summary, checklist, findings, independence, next steps.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "code", po::value<std::string>()->required(), "audit code, e.g. IA-2026-01")(
            "format", po::value<std::string>()->default_value("text"),
            "text or json")("lang", po::value<std::string>(),
                            "language of clause titles: zh or en (default: the engagement's)");
        p.add("file", 1).add("code", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"text", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto lang = gapLanguage(*ws, vm);
        const Audit listed = auditByCode(*ws, vm["code"].as<std::string>());
        const AuditReport r = buildAuditReport(*ws, listed.id);
        const Audit& a = r.audit.audit;
        const auto steps = auditSteps(*ws, a.id);
        if (format == "json") {
            Json j;
            j["code"] = a.code;
            j["title"] = a.title;
            j["status"] = std::string(toString(a.status));
            j["programme"] = textOrNull(r.audit.programmeName);
            j["scope"] = a.scope;
            j["criteria"] = a.criteria;
            auto scope = Json::array();
            for (const auto& s : r.scope)
                scope.push_back({{"catalog", s.clause.catalogId},
                                 {"ref", s.clause.ref},
                                 {"title", pickTitle(s.titleEn, s.titleZh, lang)}});
            j["clauses"] = std::move(scope);
            j["team"] = {{"lead_auditor", a.leadAuditor}, {"auditors", a.auditors}, {"auditees", a.auditees}};
            j["dates"] = {{"planned_start", textOrNull(a.plannedStart)},
                          {"planned_end", textOrNull(a.plannedEnd)},
                          {"actual_start", textOrNull(a.actualStart)},
                          {"actual_end", textOrNull(a.actualEnd)}};
            j["summary"] = a.summary;
            j["checklist"] = tallyJson(r.tally);
            auto findings = Json::array();
            for (const auto& f : r.findings)
                findings.push_back({{"code", f.finding.code},
                                    {"type", toString(f.finding.type)},
                                    {"state", toString(f.finding.state)},
                                    {"title", f.finding.title},
                                    {"clauses", clausesJson(f.finding.clauses)}});
            j["findings"] = std::move(findings);
            j["independence"] = flagsJson(r.independence);
            auto next = Json::array();
            for (const auto& s : steps)
                next.push_back({{"step", toString(s.step)},
                                {"to", toString(s.to)},
                                {"refused", s.refusal ? Json(*s.refusal) : Json()}});
            j["next_steps"] = std::move(next);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& out = terminal.stream();
        out << a.code << "  " << a.title << "\n";
        out << "Status      " << toString(a.status) << "\n";
        if (!r.audit.programmeName.empty())
            out << "Programme   " << r.audit.programmeName << "\n";
        out << "Planned     " << a.plannedStart << (a.plannedEnd.empty() ? "" : " to " + a.plannedEnd)
            << "\n";
        if (!a.actualStart.empty())
            out << "Actual      " << a.actualStart << (a.actualEnd.empty() ? "" : " to " + a.actualEnd)
                << "\n";
        out << "Lead        " << a.leadAuditor << "\n";
        if (!a.auditors.empty())
            out << "Auditors    " << joined(a.auditors) << "\n";
        if (!a.auditees.empty())
            out << "Auditees    " << joined(a.auditees) << "\n";
        if (!a.scope.empty())
            out << "Scope       " << a.scope << "\n";
        if (!a.criteria.empty())
            out << "Criteria    " << a.criteria << "\n";
        out << "\nAudited clauses:\n";
        for (const auto& s : r.scope)
            out << "  " << s.clause.ref << "  " << pickTitle(s.titleEn, s.titleZh, lang)
                << (s.clause.catalogId == "iso20000-1:2018" ? "" : " (" + s.clause.catalogId + ")") << "\n";
        const auto& t = r.tally;
        out << "\nChecklist: " << t.total() << " line(s): " << t.conforming << " conforming, "
            << t.nonconformity << " nonconformity, " << t.observation << " observation, " << t.notAudited
            << " not audited, " << t.pending << " pending\n";
        if (!a.summary.empty())
            out << "\nSummary\n" << a.summary << "\n";
        out << "\nFindings: " << r.findings.size() << "\n";
        for (const auto& f : r.findings)
            out << "  " << f.finding.code << "  " << toString(f.finding.type) << "  "
                << toString(f.finding.state) << "  " << f.finding.title << "\n";
        for (const auto& f : r.independence)
            out << "Independence: " << describe(f) << "\n";
        for (const auto& s : steps)
            out << "Next step: " << toString(s.step) << (s.refusal ? " (refused: " + *s.refusal + ")" : "")
                << "\n";
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> auditCommands()
{
    return {listCommand(), coverageCommand(), showCommand()};
}

} // namespace cw::cli
