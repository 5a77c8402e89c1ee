// catalog list | show | add | import | validate | mapping
#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogImport.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogStore.h"
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Error.h"
#include "common/Json.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cw::cli {

namespace {

std::string lang(const po::variables_map& vm)
{
    const auto l = vm["lang"].as<std::string>();
    if (l != "en" && l != "zh")
        throw Error(ErrorCode::Usage, "--lang must be 'zh' or 'en', not '" + l + "'");
    return l;
}

std::string join(const std::vector<std::string>& v, const char* sep)
{
    std::string s;
    for (const auto& x : v)
        s += (s.empty() ? "" : sep) + x;
    return s;
}

/// The catalog named by ID: the workspace's copy when --workspace is given, else the built-in one.
Catalog catalogFor(const po::variables_map& vm)
{
    const auto id = vm["id"].as<std::string>();
    if (vm.count("workspace")) {
        auto ws = openWorkspace(vm["workspace"].as<std::string>(), OpenMode::ReadOnly);
        return loadWorkspaceCatalog(*ws, id);
    }
    return builtinCatalog(id);
}

Command listCommand()
{
    Command c;
    c.name = "catalog list";
    c.args = "[FILE] [--format table|json]";
    c.summary = "List the built-in catalogs, or those a workspace holds.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>(), "workspace file (default: the built-in catalogs)")(
            "format", po::value<std::string>()->default_value("table"), "table or json")(
            "lang", po::value<std::string>()->default_value("en"), "language of titles: zh or en");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto l = lang(vm);
        const auto format = vm["format"].as<std::string>();
        if (format != "table" && format != "json")
            throw Error(ErrorCode::Usage, "unknown format '" + format + "' (choose table, json)");
        std::vector<CatalogSummary> list;
        if (vm.count("file")) {
            auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadOnly);
            list = listWorkspaceCatalogs(*ws);
        } else {
            for (const auto& id : builtinCatalogIds()) {
                const Catalog& cat = builtinCatalog(id);
                list.push_back({cat.id, cat.title, cat.publisher, cat.edition, cat.contentVersion,
                                cat.languages, cat.origin, static_cast<std::int64_t>(cat.requirements.size()),
                                static_cast<std::int64_t>(cat.assessableCount())});
            }
        }
        if (format == "json") {
            auto arr = nlohmann::ordered_json::array();
            for (const auto& s : list)
                arr.push_back({{"id", s.id},
                               {"title", s.title.in(l)},
                               {"publisher", s.publisher},
                               {"edition", s.edition},
                               {"content_version", s.contentVersion},
                               {"languages", s.languages},
                               {"origin", toString(s.origin)},
                               {"requirements", s.requirementCount},
                               {"assessable", s.assessableCount}});
            io.out << dumpJson(arr) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& s : list)
            rows.push_back({s.id, s.edition, s.contentVersion, join(s.languages, ","),
                            std::to_string(s.requirementCount), std::to_string(s.assessableCount),
                            toString(s.origin)});
        printTable(io.out, {"Id", "Edition", "Content", "Languages", "Requirements", "Assessable", "Origin"},
                   rows);
        return 0;
    };
    return c;
}

Command showCommand()
{
    Command c;
    c.name = "catalog show";
    c.args = "ID [--lang zh|en] [--format tree|json] [--workspace FILE]";
    c.summary = "Show a catalog's clause tree, or its requirements as JSON.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("id", po::value<std::string>()->required(), "catalog id, e.g. iso20000-1:2018")(
            "lang", po::value<std::string>()->default_value("en"),
            "zh or en")("format", po::value<std::string>()->default_value("tree"), "tree or json")(
            "workspace", po::value<std::string>(), "show the copy held by this workspace");
        p.add("id", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto l = lang(vm);
        const auto format = vm["format"].as<std::string>();
        if (format != "tree" && format != "json")
            throw Error(ErrorCode::Usage, "unknown format '" + format + "' (choose tree, json)");
        const Catalog cat = catalogFor(vm);
        if (format == "json") {
            nlohmann::ordered_json j;
            j["id"] = cat.id;
            j["title"] = cat.title.in(l);
            j["edition"] = cat.edition;
            j["content_version"] = cat.contentVersion;
            auto reqs = nlohmann::ordered_json::array();
            for (const auto& r : cat.requirements) {
                nlohmann::ordered_json o;
                o["ref"] = r.ref;
                o["parent"] = r.parent ? nlohmann::ordered_json(*r.parent) : nlohmann::ordered_json();
                o["title_en"] = r.title.en;
                o["title_zh"] = r.title.zh;
                o["assessable"] = r.assessable;
                auto qs = nlohmann::ordered_json::array();
                for (const auto& q : r.questions)
                    qs.push_back({{"en", q.en}, {"zh", q.zh}});
                o["questions"] = qs;
                o["level"] = r.level ? nlohmann::ordered_json(*r.level) : nlohmann::ordered_json();
                o["process_group"] = r.processGroup.empty() ? nlohmann::ordered_json()
                                                            : nlohmann::ordered_json(r.processGroup);
                if (!r.theme.empty())
                    o["theme"] = r.theme;
                reqs.push_back(std::move(o));
            }
            j["requirements"] = reqs;
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        TerminalOut terminal(io.out);
        auto& shownOut = terminal.stream();
        shownOut << cat.title.in(l) << "  [" << cat.id << ", content " << cat.contentVersion << "]\n";
        for (const auto& r : cat.requirements) {
            shownOut << std::string(static_cast<std::size_t>(r.depth) * 2 + 2, ' ') << r.ref << "  "
                     << r.title.in(l);
            if (r.assessable && !r.questions.empty())
                shownOut << "  (" << r.questions.size() << (l == "zh" ? " 个问题" : " questions") << ")";
            shownOut << "\n";
        }
        return 0;
    };
    return c;
}

Command addCommand()
{
    Command c;
    c.name = "catalog add";
    c.args = "FILE ID";
    c.summary = "Copy a built-in catalog (with its mappings) into a workspace.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("id", po::value<std::string>()->required(), "built-in catalog id");
        p.add("file", 1).add("id", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto id = vm["id"].as<std::string>();
        (void)builtinCatalog(id); // unknown ids fail before the workspace is touched
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        if (workspaceHasCatalog(*ws, id)) {
            io.out << ws->file().string() << " already holds " << id << "\n";
            return 0;
        }
        addBuiltinCatalog(*ws, id);
        io.out << "Added " << id << " to " << ws->file().string() << "\n";
        return 0;
    };
    return c;
}

CatalogImportOptions importOptions(const po::variables_map& vm)
{
    CatalogImportOptions options;
    const auto f = vm["source-format"].as<std::string>();
    if (f == "auto")
        options.format = CatalogSourceFormat::Auto;
    else if (f == "json")
        options.format = CatalogSourceFormat::Json;
    else if (f == "ciso")
        options.format = CatalogSourceFormat::CisoAssistant;
    else if (f == "csv")
        options.format = CatalogSourceFormat::Csv;
    else
        throw Error(ErrorCode::Usage, "unknown source format '" + f + "' (choose auto, json, ciso, csv)");
    if (vm.count("id"))
        options.id = vm["id"].as<std::string>();
    if (vm.count("title"))
        options.title = vm["title"].as<std::string>();
    return options;
}

void addSourceOptions(po::options_description& o)
{
    o.add_options()("source-format", po::value<std::string>()->default_value("auto"),
                    "auto (by extension), json, ciso (CISO Assistant YAML) or csv")(
        "id", po::value<std::string>(), "catalog id for a CSV checklist (default custom:<file name>)")(
        "title", po::value<std::string>(), "catalog title for a CSV checklist");
}

Command importCommand()
{
    Command c;
    c.name = "catalog import";
    c.args = "FILE SOURCE [--source-format auto|json|ciso|csv] [--id ID] [--title T]";
    c.summary = "Import a catalog (our JSON, a CISO Assistant library, or a CSV checklist) into a workspace.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(), "workspace file")(
            "source", po::value<std::string>()->required(), "catalog source file");
        addSourceOptions(o);
        p.add("file", 1).add("source", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const Catalog cat = readCatalogSource(vm["source"].as<std::string>(), importOptions(vm));
        auto ws = openWorkspace(vm["file"].as<std::string>(), OpenMode::ReadWrite);
        addCatalog(*ws, cat);
        io.out << "Imported " << cat.id << " (" << cat.requirements.size() << " requirements, "
               << cat.assessableCount() << " assessable) into " << ws->file().string() << "\n";
        return 0;
    };
    return c;
}

Command validateCommand()
{
    Command c;
    c.name = "catalog validate";
    c.args = "SOURCE [--source-format auto|json|ciso|csv]";
    c.summary = "Check a catalog source without importing it.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("source", po::value<std::string>()->required(), "catalog source file");
        addSourceOptions(o);
        p.add("source", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const Catalog cat = readCatalogSource(vm["source"].as<std::string>(), importOptions(vm));
        io.out << vm["source"].as<std::string>() << ": ok: " << cat.id << ", " << cat.requirements.size()
               << " requirements, " << cat.assessableCount() << " assessable, "
               << cat.requiredDocuments.size() << " required documents, languages "
               << join(cat.languages, ",") << "\n";
        return 0;
    };
    return c;
}

Command mappingCommand()
{
    Command c;
    c.name = "catalog mapping";
    c.args = "ID_A ID_B [--format table|json]";
    c.summary = "Show the cross-mapping between two built-in catalogs.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("a", po::value<std::string>()->required(),
                        "first catalog id")("b", po::value<std::string>()->required(), "second catalog id")(
            "format", po::value<std::string>()->default_value("table"),
            "table or json")("lang", po::value<std::string>()->default_value("en"), "zh or en");
        p.add("a", 1).add("b", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto l = lang(vm);
        const auto format = vm["format"].as<std::string>();
        if (format != "table" && format != "json")
            throw Error(ErrorCode::Usage, "unknown format '" + format + "' (choose table, json)");
        const auto a = vm["a"].as<std::string>();
        const auto b = vm["b"].as<std::string>();
        auto links = builtinMappingLinks(a, b);
        const Catalog& ca = builtinCatalog(a);
        const Catalog& cb = builtinCatalog(b);
        std::stable_sort(links.begin(), links.end(), [](const MappingLink& x, const MappingLink& y) {
            return x.sourceRef != y.sourceRef ? refLess(x.sourceRef, y.sourceRef)
                                              : refLess(x.targetRef, y.targetRef);
        });
        if (format == "json") {
            nlohmann::ordered_json j;
            j["source"] = a;
            j["target"] = b;
            auto arr = nlohmann::ordered_json::array();
            for (const auto& link : links)
                arr.push_back({{"source", link.sourceRef},
                               {"target", link.targetRef},
                               {"relation", toString(link.relation)}});
            j["links"] = arr;
            io.out << dumpJson(j) << "\n";
            return 0;
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto& link : links)
            rows.push_back({link.sourceRef, ca.find(link.sourceRef)->title.in(l), toString(link.relation),
                            link.targetRef, cb.find(link.targetRef)->title.in(l)});
        printTable(io.out, {a, "", "Relation", b, ""}, rows);
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> catalogCommands()
{
    return {listCommand(), showCommand(), addCommand(), importCommand(), validateCommand(), mappingCommand()};
}

} // namespace cw::cli
