// findings list | show: findings, nonconformities and their corrective actions.
#include "audit/Audit.h"
#include "cli/AuditCliSupport.h"
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "cli/GapSupport.h"
#include "common/Error.h"
#include "common/Json.h"
#include "findings/CorrectiveActions.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingQuery.h"

#include <ostream>
#include <sstream>

namespace cw::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string origin(const FindingRow& r)
{
    if (!r.auditCode.empty())
        return r.auditCode;
    return std::string(toString(r.finding.source)) +
           (r.finding.sourceReference.empty() ? "" : " " + r.finding.sourceReference);
}

Command listCommand()
{
    Command c;
    c.name = "findings list";
    c.args = "FILE [--type T] [--status S] [--clause REF] [--audit CODE] [--open] [--overdue] "
             "[--format table|csv|json] [-o PATH]";
    c.summary = "List findings: open major nonconformities first, overdue corrective actions marked.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        workspaceFileOption(o, p);
        o.add_options()("type", po::value<std::string>(),
                        "only this type: major, minor, observation, improvement, positive")(
            "status", po::value<std::string>(),
            "only this state: open, correction_recorded, action_planned, implemented, verified, closed")(
            "clause", po::value<std::string>(),
            "only findings citing this clause or one under it (8.6 also selects 8.6.1; "
            "\"iso27001:2022 A.5\" limits it to one catalog)")("audit", po::value<std::string>(),
                                                               "only findings of this audit (code)")(
            "open", po::bool_switch(), "only findings not closed")(
            "overdue", po::bool_switch(), "only findings with an overdue corrective action")(
            "format", po::value<std::string>()->default_value("table"),
            "table, csv or json")("output,o", po::value<std::string>()->default_value(""),
                                  "write to this file instead of the screen");
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "csv", "json"});
        FindingFilter filter;
        if (vm.count("type")) {
            const auto v = vm["type"].as<std::string>();
            filter.type = findingTypeFromString(v);
            if (!filter.type)
                throw Error(ErrorCode::Usage, "unknown type '" + v +
                                                  "' (choose major, minor, observation, "
                                                  "improvement, positive)");
        }
        if (vm.count("status")) {
            const auto v = vm["status"].as<std::string>();
            filter.state = findingStateFromString(v);
            if (!filter.state)
                throw Error(ErrorCode::Usage, "unknown status '" + v +
                                                  "' (choose open, correction_recorded, "
                                                  "action_planned, implemented, verified, closed)");
        }
        if (vm.count("clause"))
            filter.clause = vm["clause"].as<std::string>();
        filter.openOnly = vm["open"].as<bool>();
        filter.overdueOnly = vm["overdue"].as<bool>();
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        if (vm.count("audit"))
            filter.auditId = auditByCode(*ws, vm["audit"].as<std::string>()).id;
        const auto rows = listFindings(*ws, filter);
        std::string text;
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& r : rows) {
                const Finding& f = r.finding;
                arr.push_back({{"code", f.code},
                               {"type", toString(f.type)},
                               {"source", toString(f.source)},
                               {"audit", textOrNull(r.auditCode)},
                               {"source_reference", textOrNull(f.sourceReference)},
                               {"title", f.title},
                               {"clauses", clausesJson(f.clauses)},
                               {"raised_by", f.raisedBy},
                               {"raised_on", f.raisedOn},
                               {"auditee", f.auditee},
                               {"state", toString(f.state)},
                               {"next_due", textOrNull(r.nextDue)},
                               {"overdue", r.overdue},
                               {"active_actions", r.activeActions},
                               {"overdue_actions", r.overdueActions}});
            }
            text = dumpJson(arr) + "\n";
        } else if (format == "csv") {
            text = std::string(kCsvBom) +
                   csvRow({"code", "type", "source", "audit", "title", "clauses", "raised_by", "raised_on",
                           "auditee", "state", "next_due", "overdue"});
            for (const auto& r : rows) {
                const Finding& f = r.finding;
                text +=
                    csvRow({f.code, std::string(toString(f.type)), std::string(toString(f.source)),
                            r.auditCode, f.title, clauseRefs(f.clauses), f.raisedBy, f.raisedOn, f.auditee,
                            std::string(toString(f.state)), r.nextDue, r.overdue ? "yes" : "no"});
            }
        } else {
            std::ostringstream out;
            const auto counts = findingCounts(*ws);
            if (counts.openMajor > 0)
                out << "Open major nonconformities: " << counts.openMajor << "\n";
            if (counts.overdueActions > 0)
                out << "Overdue corrective actions: " << counts.overdueActions << "\n";
            if (counts.openMajor > 0 || counts.overdueActions > 0)
                out << "\n";
            std::vector<std::vector<std::string>> table;
            for (const auto& r : rows) {
                const Finding& f = r.finding;
                table.push_back({f.code, std::string(toString(f.type)), std::string(toString(f.state)),
                                 shortText(f.title, 50), shortText(clauseRefs(f.clauses), 28), origin(r),
                                 f.raisedOn, r.nextDue + (r.overdue ? " OVERDUE" : "")});
            }
            printTable(out, {"Code", "Type", "State", "Title", "Clauses", "From", "Raised", "Next due"},
                       table);
            out << rows.size() << " finding(s)\n";
            text = out.str();
        }
        writeOutput(text, vm["output"].as<std::string>(), io.out);
        return 0;
    };
    return c;
}

Command showCommand()
{
    Command c;
    c.name = "findings show";
    c.args = "FILE CODE [--format text|json]";
    c.summary = "One finding with its root cause, corrective actions, verifications, history and next steps.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "code", po::value<std::string>()->required(), "finding code, e.g. NC-2026-001")(
            "format", po::value<std::string>()->default_value("text"), "text or json");
        p.add("file", 1).add("code", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"text", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto s = snapshotFinding(*ws, findingByCode(*ws, vm["code"].as<std::string>()).id);
        const Finding& f = s.finding;
        const auto steps = findingSteps(s);
        const Date today = ws->clock().today();
        if (format == "json") {
            Json j;
            j["code"] = f.code;
            j["type"] = std::string(toString(f.type));
            j["state"] = std::string(toString(f.state));
            j["source"] = std::string(toString(f.source));
            j["audit"] = textOrNull(s.auditCode);
            j["title"] = f.title;
            j["clauses"] = clausesJson(f.clauses);
            j["requirement"] = f.requirement;
            j["statement"] = f.statement;
            j["evidence"] = f.evidence;
            j["raised_by"] = f.raisedBy;
            j["raised_on"] = f.raisedOn;
            j["auditee"] = f.auditee;
            j["correction"] = f.correction;
            j["root_cause"] = {{"method", textOrNull(std::string(toString(f.rcaMethod)))},
                               {"category", textOrNull(f.rcaCategory)},
                               {"text", f.rootCause}};
            auto actions = Json::array();
            for (const auto& a : s.actions)
                actions.push_back({{"round", a.round},
                                   {"description", a.description},
                                   {"owner", a.owner},
                                   {"due_date", textOrNull(a.dueDate)},
                                   {"state", toString(a.state)},
                                   {"implemented_on", textOrNull(a.implementedOn)},
                                   {"overdue", isOverdue(a, today)}});
            j["corrective_actions"] = std::move(actions);
            auto verifications = Json::array();
            for (const auto& v : s.verifications)
                verifications.push_back({{"by", v.verifiedBy},
                                         {"on", v.verifiedOn},
                                         {"effective", v.effective},
                                         {"notes", v.notes}});
            j["verifications"] = std::move(verifications);
            auto history = Json::array();
            for (const auto& t : s.transitions)
                history.push_back({{"from", toString(t.from)},
                                   {"to", toString(t.to)},
                                   {"at", t.atUtc},
                                   {"by", t.actor},
                                   {"comment", t.comment}});
            j["transitions"] = std::move(history);
            auto next = Json::array();
            for (const auto& st : steps)
                next.push_back({{"step", toString(st.step)},
                                {"to", toString(st.to)},
                                {"refused", st.refusal ? Json(*st.refusal) : Json()}});
            j["next_steps"] = std::move(next);
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& out = terminal.stream();
        out << f.code << "  " << f.title << "\n";
        out << "Type        " << typeWords(f.type) << "\n";
        out << "State       " << stateWords(f.state) << "\n";
        out << "From        " << (s.auditCode.empty() ? std::string(toString(f.source)) : s.auditCode)
            << (f.sourceReference.empty() ? "" : " " + f.sourceReference) << "\n";
        out << "Clauses     " << clauseRefs(f.clauses) << "\n";
        out << "Raised      " << f.raisedOn << " by " << f.raisedBy
            << (f.auditee.empty() ? "" : "; auditee " + f.auditee) << "\n";
        for (const auto& [label, value] :
             {std::pair<const char*, const std::string*>{"Requirement", &f.requirement},
              {"Finding", &f.statement},
              {"Evidence", &f.evidence},
              {"Correction", &f.correction},
              {"Root cause", &f.rootCause}})
            if (!value->empty())
                out << "\n" << label << "\n" << *value << "\n";
        if (f.rcaMethod != RcaMethod::None)
            out << "(method: " << toString(f.rcaMethod) << (f.rcaCategory.empty() ? "" : ", " + f.rcaCategory)
                << ")\n";
        if (!s.actions.empty()) {
            out << "\nCorrective actions\n";
            for (const auto& a : s.actions)
                out << "  [" << a.round << "] " << a.description << " | " << a.owner << " | due " << a.dueDate
                    << " | " << toString(a.state) << (a.implementedOn.empty() ? "" : " " + a.implementedOn)
                    << (isOverdue(a, today) ? " OVERDUE" : "") << "\n";
        }
        for (const auto& v : s.verifications)
            out << "Verified " << v.verifiedOn << " by " << v.verifiedBy << ": "
                << (v.effective ? "effective" : "NOT effective")
                << (v.notes.empty() ? "" : " (" + v.notes + ")") << "\n";
        if (!s.transitions.empty()) {
            out << "\nHistory\n";
            for (const auto& t : s.transitions)
                out << "  " << t.atUtc << "  " << t.actor << "  " << toString(t.from) << " -> "
                    << toString(t.to) << (t.comment.empty() ? "" : "  " + t.comment) << "\n";
        }
        for (const auto& st : steps)
            out << "Next step: " << toString(st.step) << (st.refusal ? " (refused: " + *st.refusal + ")" : "")
                << "\n";
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> findingCommands()
{
    return {listCommand(), showCommand()};
}

} // namespace cw::cli
