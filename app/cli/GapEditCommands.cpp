// gap create | record | import: writing a gap analysis from the command line.
#include "assessment/AssessmentResults.h"
#include "assessment/ChecklistImport.h"
#include "assessment/Propagation.h"
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "cli/GapSupport.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <ostream>

namespace cw::cli {

namespace {

std::vector<std::string> many(const po::variables_map& vm, const char* key)
{
    return vm.count(key) ? vm[key].as<std::vector<std::string>>() : std::vector<std::string>{};
}

Command createCommand()
{
    Command c;
    c.name = "gap create";
    c.args = "FILE NAME [--date YYYY-MM-DD] [--assessor WHO]... [--catalog ID]... [--scope TEXT]";
    c.summary = "Create an assessment (20000-1:2018 unless catalogs are given).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "name", po::value<std::string>()->required(), "assessment name, e.g. Baseline")(
            "date", po::value<std::string>(), "assessment date (default: today)")(
            "assessor", po::value<std::vector<std::string>>(), "assessor (repeat for several)")(
            "catalog", po::value<std::vector<std::string>>(), "catalog covered (repeat for several)")(
            "scope", po::value<std::string>()->default_value(""), "scope note");
        p.add("file", 1).add("name", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        NewAssessment init;
        init.name = vm["name"].as<std::string>();
        init.date = vm.count("date") ? vm["date"].as<std::string>() : formatDate(ws->clock().today());
        init.assessors = many(vm, "assessor");
        init.catalogs = many(vm, "catalog");
        init.scopeNote = vm["scope"].as<std::string>();
        const auto id = createAssessment(*ws, init);
        io.out << "Created assessment " << assessmentLabel(loadAssessment(*ws, id)) << "\n";
        return 0;
    };
    return c;
}

Command recordCommand()
{
    Command c;
    c.name = "gap record";
    c.args = "FILE REF [--assessment NAME] [--status S] [--justification T] [--maturity N] [--notes T] ...";
    c.summary =
        "Record the result of one requirement (one action); --propagate offers it to mapped catalogs.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "ref", po::value<std::string>()->required(), "clause reference, e.g. 8.6.1")(
            "assessment", po::value<std::string>(), "assessment name (default: the newest)")(
            "catalog", po::value<std::string>(), "catalog of the ref (default: the assessment's first)")(
            "status", po::value<std::string>(),
            "not_assessed, nonconformant, partial, conformant, not_applicable");
        for (const auto f : allResultFields())
            if (f != ResultField::Status)
                o.add_options()(std::string(fieldKey(f)).c_str(), po::value<std::string>(),
                                f == ResultField::Maturity ? "maturity level 0-5 (empty clears it)" : "text");
        o.add_options()(
            "propagate", po::bool_switch(),
            "give the same status and evidence to the equivalent requirements of the other catalogs");
        p.add("file", 1).add("ref", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        const Assessment a = selectAssessment(*ws, vm);
        const RequirementKey key{vm.count("catalog") ? vm["catalog"].as<std::string>() : a.catalogs.front(),
                                 vm["ref"].as<std::string>()};
        RequirementResult r = loadResult(*ws, a.id, key);
        bool any = false;
        for (const auto f : allResultFields()) {
            const std::string k(fieldKey(f));
            if (!vm.count(k))
                continue;
            any = true;
            const auto v = vm[k].as<std::string>();
            if (f == ResultField::Status) {
                const auto s = assessmentStatusFromString(v);
                if (!s)
                    throw Error(ErrorCode::InvalidInput, key.ref + ": unknown status '" + v + "'");
                r.status = *s;
            } else if (f == ResultField::Maturity) {
                if (!v.empty() && (v.size() != 1 || v[0] < '0' || v[0] > '5'))
                    throw Error(ErrorCode::InvalidInput,
                                key.ref + ": the maturity level must be 0 to 5, not '" + v + "'");
                r.maturity = v.empty() ? std::nullopt : std::optional<int>(v[0] - '0');
            } else if (f == ResultField::Justification) {
                r.justification = v;
            } else if (f == ResultField::Notes) {
                r.notes = v;
            } else if (f == ResultField::Interviewed) {
                r.interviewed = v;
            } else if (f == ResultField::Evidence) {
                r.evidence = v;
            } else if (f == ResultField::Gap) {
                r.gap = v;
            } else if (f == ResultField::Recommendation) {
                r.recommendation = v;
            }
        }
        if (!any && !vm["propagate"].as<bool>())
            throw Error(ErrorCode::Usage, "nothing to record: give --status or another field");
        if (any)
            saveResult(*ws, a.id, r);
        io.out << a.name << ": " << key.ref << " " << toString(r.status) << "\n";
        if (exclusionForbidden(key.catalogId, key.ref) && r.status == AssessmentStatus::NotApplicable)
            io.err << "Warning: not_applicable is " << kExclusionNotPermitted << " (" << key.catalogId << " "
                   << key.ref << ")\n";
        if (vm["propagate"].as<bool>()) {
            std::vector<RequirementKey> targets;
            for (const auto& cand : proposePropagation(*ws, a.id, key))
                if (cand.differs)
                    targets.push_back(cand.target);
            const int n = targets.empty() ? 0 : applyPropagation(*ws, a.id, key, targets);
            for (const auto& t : targets)
                io.out << "  -> " << t.catalogId << " " << t.ref << "\n";
            io.out << "Propagated to " << n << " mapped requirement(s)\n";
        }
        return 0;
    };
    return c;
}

/// The column named by a --map key: letters ("C") or a header text.
std::size_t columnFor(const std::string& name, const Sheet& sheet, const ChecklistMapping& m)
{
    if (m.headerRow)
        for (const auto& cell : sheet.rows[*m.headerRow].cells)
            if (cell.text == name)
                return cell.column;
    if (const auto c = columnFromLetters(name))
        return *c;
    throw Error(ErrorCode::Usage,
                "--map: no column '" + name + "' (give its letter, e.g. C, or its header text)");
}

ChecklistMapping mappingFor(const po::variables_map& vm, const Sheet& sheet)
{
    ChecklistMapping m = detectChecklistMapping(sheet);
    if (vm.count("header-row")) {
        const auto line = vm["header-row"].as<int>();
        m.headerRow.reset();
        for (std::size_t i = 0; i < sheet.rows.size() && line > 0; ++i)
            if (sheet.rows[i].line == static_cast<std::size_t>(line))
                m.headerRow = i;
        if (line > 0 && !m.headerRow)
            throw Error(ErrorCode::Usage,
                        "--header-row: row " + std::to_string(line) + " of the sheet is empty or absent");
    }
    for (const auto& spec : many(vm, "map")) {
        const auto eq = spec.rfind('=');
        if (eq == std::string::npos)
            throw Error(ErrorCode::Usage, "--map takes COLUMN=FIELD, not '" + spec + "'");
        const auto column = columnFor(spec.substr(0, eq), sheet, m);
        const auto fieldName = spec.substr(eq + 1);
        for (auto it = m.columns.begin(); it != m.columns.end();)
            it = (it->first == column || fieldKey(it->second) == fieldName) ? m.columns.erase(it)
                                                                            : std::next(it);
        if (fieldName == "ignore")
            continue;
        const auto field = checklistFieldFromKey(fieldName);
        if (!field)
            throw Error(ErrorCode::Usage, "--map: unknown field '" + fieldName +
                                              "' (ref, status, maturity, notes, interviewed, evidence, gap, "
                                              "recommendation, justification, ignore)");
        m.columns[column] = *field;
    }
    for (const auto& spec : many(vm, "status")) {
        const auto eq = spec.rfind('=');
        const auto status =
            eq == std::string::npos ? std::nullopt : assessmentStatusFromString(spec.substr(eq + 1));
        if (!status)
            throw Error(ErrorCode::Usage, "--status takes WORD=STATUS with a status key, not '" + spec + "'");
        m.statusWords.emplace_back(spec.substr(0, eq), *status);
    }
    if (vm.count("catalog"))
        m.catalogId = vm["catalog"].as<std::string>();
    return m;
}

void printMapping(std::ostream& out, const Sheet& sheet, const ChecklistMapping& m)
{
    out << "Sheet    " << sheet.source << (sheet.name.empty() ? "" : " [" + sheet.name + "]") << ", header "
        << (m.headerRow ? "on row " + std::to_string(sheet.rows[*m.headerRow].line) : std::string("none"))
        << "\n";
    out << "Mapping ";
    for (const auto& [column, field] : m.columns) {
        out << " " << columnLetters(column);
        if (m.headerRow && !sheet.rows[*m.headerRow].cell(column).empty())
            out << " (" << sheet.rows[*m.headerRow].cell(column) << ")";
        out << "->" << fieldKey(field) << ";";
    }
    out << "\n";
}

struct PreviewOnly {};

Command importCommand()
{
    Command c;
    c.name = "gap import";
    c.args = "FILE SHEET [--assessment NAME | --create NAME] [--map COL=FIELD]... [--status WORD=STATUS]... "
             "[--preview]";
    c.summary = "Import a CSV or XLSX checklist into an assessment: all rows or none.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "sheet-file", po::value<std::string>()->required(), "checklist: .csv or .xlsx")(
            "assessment", po::value<std::string>(), "import into this assessment (default: the newest)")(
            "create", po::value<std::string>(), "create this assessment and import into it (same action)")(
            "date", po::value<std::string>(), "date of the created assessment (default: today)")(
            "sheet", po::value<std::string>()->default_value(""), "worksheet name (default: the first)")(
            "catalog", po::value<std::string>(), "catalog of the refs (default: the assessment's first)")(
            "map", po::value<std::vector<std::string>>(),
            "COLUMN=FIELD, column by letter or header; FIELD ignore drops it")(
            "status", po::value<std::vector<std::string>>(), "WORD=STATUS, e.g. \"Largely=partial\"")(
            "header-row", po::value<int>(), "row number of the header (0: none)")(
            "preview", po::bool_switch(), "show the parsed rows and problems; write nothing");
        p.add("file", 1).add("sheet-file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        if (vm.count("create") && vm.count("assessment"))
            throw Error(ErrorCode::Usage, "give --assessment or --create, not both");
        const Sheet sheet = readSheetFile(vm["sheet-file"].as<std::string>(), vm["sheet"].as<std::string>());
        const ChecklistMapping mapping = mappingFor(vm, sheet);
        const bool previewOnly = vm["preview"].as<bool>();
        auto ws =
            openWorkspace(vm["file"].as<std::string>(),
                          previewOnly && !vm.count("create") ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        printMapping(io.out, sheet, mapping);
        int exitCode = 0;
        auto run = [&] {
            std::int64_t id = 0;
            if (vm.count("create")) {
                NewAssessment init;
                init.name = vm["create"].as<std::string>();
                init.date = vm.count("date") ? vm["date"].as<std::string>() : formatDate(ws->clock().today());
                if (!mapping.catalogId.empty())
                    init.catalogs = {mapping.catalogId};
                id = createAssessment(*ws, init);
            } else {
                id = selectAssessment(*ws, vm).id;
            }
            const Assessment a = loadAssessment(*ws, id);
            if (!previewOnly) {
                const auto n = importChecklist(*ws, id, sheet, mapping);
                io.out << "Imported " << n << " requirement(s) into " << assessmentLabel(a) << "\n";
                return;
            }
            const auto preview = previewChecklist(*ws, id, sheet, mapping);
            std::vector<std::vector<std::string>> rows;
            for (const auto& row : preview.rows) {
                const std::string notes = shortText(row.result.notes, 40);
                rows.push_back({std::to_string(row.line), row.result.key.ref,
                                std::string(toString(row.result.status)),
                                row.result.maturity ? std::to_string(*row.result.maturity) : "", notes,
                                row.problems.empty() ? (row.replaces ? "changes" : "") : "PROBLEM"});
            }
            printTable(io.out, {"Line", "Ref", "Status", "Maturity", "Notes", ""}, rows);
            io.out << preview.rows.size() << " row(s) for " << assessmentLabel(a) << ", "
                   << preview.skippedLines.size() << " skipped, " << preview.problems.size()
                   << " problem(s); nothing was written\n";
            for (const auto& p : preview.problems)
                io.err << "  " << p.text() << "\n";
            exitCode = preview.ok() ? 0 : 3;
            throw PreviewOnly{};
        };
        if (previewOnly && !vm.count("create")) {
            try {
                run();
            } catch (const PreviewOnly&) {
            }
        } else {
            try {
                // Creating the assessment and importing into it are one action; a preview rolls back.
                ws->write("Import checklist " + sheet.source, [&](WriteContext&) { run(); });
            } catch (const PreviewOnly&) {
            }
        }
        return exitCode;
    };
    return c;
}

} // namespace

std::vector<Command> gapEditCommands()
{
    return {createCommand(), recordCommand(), importCommand()};
}

} // namespace cw::cli
