// docs list | coverage | evidence | starter | attach | extract
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "common/Json.h"
#include "documents/Attachments.h"
#include "documents/DocumentCoverage.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentVersions.h"
#include "documents/RecordEntries.h"
#include "documents/StarterSet.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>
#include <sstream>

namespace cw::cli {

namespace {

using Json = nlohmann::ordered_json;

void requireChoice(const std::string& what, const std::string& value,
                   std::initializer_list<const char*> allowed)
{
    std::string list;
    for (const char* a : allowed) {
        if (value == a)
            return;
        list += (list.empty() ? "" : ", ") + std::string(a);
    }
    throw Error(ErrorCode::Usage, "unknown " + what + " '" + value + "' (choose " + list + ")");
}

std::string join(const std::vector<std::string>& v, const char* sep)
{
    std::string s;
    for (const auto& x : v)
        s += (s.empty() ? "" : sep) + x;
    return s;
}

DocumentVersion versionFor(Workspace& ws, std::int64_t id, const po::variables_map& vm)
{
    if (!vm.count("doc-version"))
        return currentDocumentVersion(ws, id);
    const auto text = vm["doc-version"].as<std::string>();
    const auto number = VersionNumber::parse(text);
    if (!number)
        throw Error(ErrorCode::Usage, "--doc-version must look like 1.0, not '" + text + "'");
    return findDocumentVersion(ws, id, *number);
}

Command listCommand()
{
    Command c;
    c.name = "docs list";
    c.args = "FILE [--level N] [--status S] [--search TEXT] [...] [--format table|csv|json]";
    c.summary = "List the document register, filtered and sorted.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("level", po::value<int>(), "only this level (1-4)")(
            "status", po::value<std::string>(), "only this status: draft, in_review, approved, obsolete")(
            "owner", po::value<std::string>(), "only this owner")("overdue", po::bool_switch(),
                                                                  "only documents whose review is overdue")(
            "clause", po::value<std::string>(), "only documents linked to this clause or one below it")(
            "search", po::value<std::string>(),
            "full-text search in codes, titles, change summaries, comments")(
            "sort", po::value<std::string>()->default_value("code"),
            "code, title, level, type, status, owner, version or next_review")(
            "format", po::value<std::string>()->default_value("table"),
            "table, csv or json")("output,o", po::value<std::string>()->default_value("-"),
                                  "output file (default: standard output)");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "csv", "json"});
        DocumentQuery query;
        if (vm.count("level")) {
            const int level = vm["level"].as<int>();
            if (level < 1 || level > 4)
                throw Error(ErrorCode::Usage, "--level must be 1 to 4, not " + std::to_string(level));
            query.filter.level = level;
        }
        if (vm.count("status")) {
            const auto s = documentStatusFromString(vm["status"].as<std::string>());
            if (!s)
                throw Error(ErrorCode::Usage, "unknown status '" + vm["status"].as<std::string>() +
                                                  "' (choose draft, in_review, approved, obsolete)");
            query.filter.status = *s;
        }
        if (vm.count("owner"))
            query.filter.owner = vm["owner"].as<std::string>();
        query.filter.overdueOnly = vm["overdue"].as<bool>();
        if (vm.count("clause"))
            query.filter.clause = ClauseLink{"", vm["clause"].as<std::string>()};
        if (vm.count("search"))
            query.filter.text = vm["search"].as<std::string>();
        const auto sort = vm["sort"].as<std::string>();
        const std::vector<std::pair<const char*, DocumentSort>> sorts{
            {"code", DocumentSort::Code},       {"title", DocumentSort::Title},
            {"level", DocumentSort::Level},     {"type", DocumentSort::Type},
            {"status", DocumentSort::Status},   {"owner", DocumentSort::Owner},
            {"version", DocumentSort::Version}, {"next_review", DocumentSort::NextReview}};
        const auto key =
            std::find_if(sorts.begin(), sorts.end(), [&](const auto& s) { return sort == s.first; });
        if (key == sorts.end())
            throw Error(ErrorCode::Usage,
                        "unknown sort key '" + sort +
                            "' (choose code, title, level, type, status, owner, version, next_review)");
        query.sort = key->second;

        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto rows = listDocuments(*ws, query);
        auto parentCode = [&](const DocumentRow& r) {
            return r.parentId ? loadDocument(*ws, *r.parentId).code : std::string();
        };
        auto inForce = [](const DocumentRow& r) {
            return r.inForceVersion ? r.inForceVersion->toString() : "";
        };
        std::string text;
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& r : rows)
                arr.push_back({{"code", r.code},
                               {"title", r.title},
                               {"level", r.level},
                               {"type", r.type},
                               {"parent", r.parentId ? Json(parentCode(r)) : Json()},
                               {"owner", r.owner},
                               {"approver", r.approver},
                               {"status", toString(r.status)},
                               {"version", r.currentVersion.toString()},
                               {"in_force_version", r.inForceVersion ? Json(inForce(r)) : Json()},
                               {"effective_date", r.effectiveDate.empty() ? Json() : Json(r.effectiveDate)},
                               {"next_review", r.nextReview.empty() ? Json() : Json(r.nextReview)},
                               {"overdue", r.overdue}});
            text = dumpJson(arr) + "\n";
        } else if (format == "csv") {
            text = "\xEF\xBB\xBF" +
                   csvLine({"code", "title", "level", "type", "parent", "owner", "approver", "status",
                            "version", "in_force_version", "effective_date", "next_review", "overdue"});
            for (const auto& r : rows)
                text += csvLine({r.code, r.title, std::to_string(r.level), r.type, parentCode(r), r.owner,
                                 r.approver, std::string(toString(r.status)), r.currentVersion.toString(),
                                 inForce(r), r.effectiveDate, r.nextReview, r.overdue ? "yes" : "no"});
        } else {
            std::vector<std::vector<std::string>> table;
            for (const auto& r : rows)
                table.push_back({r.code, std::to_string(r.level), r.type, r.title,
                                 std::string(toString(r.status)), r.currentVersion.toString(), inForce(r),
                                 r.owner, r.nextReview + (r.overdue ? " OVERDUE" : "")});
            std::ostringstream out;
            printTable(
                out,
                {"Code", "Level", "Type", "Title", "Status", "Version", "In force", "Owner", "Next review"},
                table);
            out << rows.size() << " document(s)\n";
            text = out.str();
        }
        writeOutput(text, vm["output"].as<std::string>(), io.out);
        return 0;
    };
    return c;
}

Command coverageCommand()
{
    Command c;
    c.name = "docs coverage";
    c.args = "FILE [--catalog ID] [--format table|json] [--lang zh|en]";
    c.summary = "Show which required documents and records the register covers.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "catalog", po::value<std::string>(),
            "only this catalog (default: every catalog listing required documents)")(
            "format", po::value<std::string>()->default_value("table"), "table or json")(
            "lang", po::value<std::string>()->default_value("en"), "language of titles: zh or en");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "json"});
        const auto lang = vm["lang"].as<std::string>();
        requireChoice("language", lang, {"en", "zh"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto rows = vm.count("catalog") ? documentCoverage(*ws, vm["catalog"].as<std::string>())
                                              : documentCoverage(*ws);
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& r : rows)
                arr.push_back({{"catalog", r.catalogId},
                               {"item", r.itemId},
                               {"clause", r.clause},
                               {"kind", toString(r.kind)},
                               {"level", r.level},
                               {"title", {{"en", r.title.en}, {"zh", r.title.zh}}},
                               {"status", toString(r.status)},
                               {"documents", r.documents}});
            io.out << dumpJson(arr) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> table;
        int counts[3] = {0, 0, 0};
        for (const auto& r : rows) {
            ++counts[static_cast<int>(r.status)];
            table.push_back({r.clause, toString(r.kind), std::to_string(r.level), r.title.in(lang),
                             std::string(toString(r.status)), join(r.documents, ", ")});
        }
        printTable(io.out, {"Clause", "Kind", "Level", "Required", "Status", "Documents"}, table);
        io.out << counts[0] << " covered, " << counts[1] << " draft only, " << counts[2] << " missing\n";
        return 0;
    };
    return c;
}

Command evidenceCommand()
{
    Command c;
    c.name = "docs evidence";
    c.args = "FILE [--format table|json]";
    c.summary = "Show for how many months each level-4 record has entries, up to today.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "format", po::value<std::string>()->default_value("table"), "table or json");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto format = vm["format"].as<std::string>();
        requireChoice("format", format, {"table", "json"});
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto rows = recordEvidenceByDocument(*ws);
        if (format == "json") {
            auto arr = Json::array();
            for (const auto& r : rows)
                arr.push_back({{"code", r.code},
                               {"title", r.title},
                               {"first", r.span.first.empty() ? Json() : Json(r.span.first)},
                               {"last", r.span.last.empty() ? Json() : Json(r.span.last)},
                               {"months", r.span.months},
                               {"entries", r.span.entries}});
            io.out << dumpJson(arr) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& r : rows)
            table.push_back({r.code, r.title, r.span.first, r.span.last, std::to_string(r.span.months),
                             std::to_string(r.span.entries)});
        printTable(io.out, {"Code", "Title", "First", "Last", "Months", "Entries"}, table);
        return 0;
    };
    return c;
}

Command starterCommand()
{
    Command c;
    c.name = "docs starter";
    c.args = "FILE";
    c.summary = "Create the recommended skeleton register (manual, procedures, templates, records).";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        (void)builtinStarterSet(); // a broken data file fails before the workspace is touched
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        const auto codes = createStarterSet(*ws);
        int levels[5] = {0, 0, 0, 0, 0};
        for (const auto& code : codes)
            ++levels[loadDocument(*ws, documentIdForCode(*ws, code)).level];
        io.out << "Created " << codes.size() << " draft documents in " << ws->file().string()
               << " (level 1: " << levels[1] << ", level 2: " << levels[2] << ", level 3: " << levels[3]
               << ", level 4: " << levels[4] << ")\n";
        return 0;
    };
    return c;
}

Command attachCommand()
{
    Command c;
    c.name = "docs attach";
    c.args = "FILE CODE PATH [--doc-version V]";
    c.summary = "Store a file (up to 50 MiB) with a document's current version.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("code", po::value<std::string>()->required(), "document code")(
            "path", po::value<std::string>()->required(),
            "file to attach")("doc-version", po::value<std::string>(),
                              "document version to attach to, e.g. 1.1 (default: the current one)");
        p.add("file", 1).add("code", 1).add("path", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        const auto code = vm["code"].as<std::string>();
        const auto version = versionFor(*ws, documentIdForCode(*ws, code), vm);
        const auto info = loadAttachment(*ws, attachFile(*ws, version.id, vm["path"].as<std::string>()));
        io.out << "Attached " << info.fileName << " (" << info.size << " bytes, sha256 " << info.sha256
               << ") to " << code << " version " << version.number.toString() << "\n";
        return 0;
    };
    return c;
}

Command extractCommand()
{
    Command c;
    c.name = "docs extract";
    c.args = "FILE CODE DIR [--doc-version V] [--name NAME]";
    c.summary = "Write a version's attached files into a folder, byte for byte, hash checked.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("code", po::value<std::string>()->required(), "document code")(
            "dir", po::value<std::string>()->required(), "existing folder to write into")(
            "doc-version", po::value<std::string>(), "document version, e.g. 1.0 (default: the current one)")(
            "name", po::value<std::string>(), "only the file of this name");
        p.add("file", 1).add("code", 1).add("dir", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
        const auto code = vm["code"].as<std::string>();
        const auto version = versionFor(*ws, documentIdForCode(*ws, code), vm);
        std::vector<AttachmentInfo> files;
        for (const auto& a : version.attachments)
            if (!vm.count("name") || a.fileName == vm["name"].as<std::string>())
                files.push_back(a);
        if (files.empty())
            throw Error(ErrorCode::NotFound,
                        code + " version " + version.number.toString() +
                            (vm.count("name") ? " has no file named '" + vm["name"].as<std::string>() + "'"
                                              : std::string(" has no attached files")));
        std::vector<std::int64_t> ids;
        for (const auto& a : files)
            ids.push_back(a.id);
        // All names are checked before the first file is written.
        const auto paths = extractAttachments(*ws, ids, vm["dir"].as<std::string>());
        for (std::size_t i = 0; i < files.size(); ++i)
            io.out << "Wrote " << paths[i].string() << " (" << files[i].size << " bytes, sha256 "
                   << files[i].sha256 << " verified)\n";
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> documentCommands()
{
    return {listCommand(),    coverageCommand(), evidenceCommand(),
            starterCommand(), attachCommand(),   extractCommand()};
}

} // namespace cw::cli
