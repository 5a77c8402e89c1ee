#include "catalog/CatalogImport.h"

#include "catalog/CatalogJson.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "common/InputFile.h"
#include "common/Json.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace cw {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

/// Questions in one cell: separated by line breaks or " | ".
std::vector<std::string> splitQuestions(const std::string& cell)
{
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i <= cell.size(); ++i) {
        const bool end = i == cell.size();
        const bool nl = !end && cell[i] == '\n';
        const bool bar = !end && cell[i] == '|';
        if (end || nl || bar) {
            const auto t = trim(cur);
            if (!t.empty())
                out.push_back(t);
            cur.clear();
        } else {
            cur += cell[i];
        }
    }
    return out;
}

} // namespace

Catalog parseCsvCatalog(const std::string& text, const std::string& source, const std::string& id,
                        const std::string& title)
{
    const auto rows = parseCsv(text, source);
    if (rows.empty())
        throw Error(ErrorCode::InvalidInput, source + ": the file is empty");
    static const std::vector<std::string> known{"ref",         "parent",     "title_en",     "title_zh",
                                                "assessable",  "level",      "questions_en", "questions_zh",
                                                "evidence_en", "evidence_zh"};
    std::map<std::string, std::size_t> col;
    const auto& header = rows.front();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto name = lower(trim(header.fields[i]));
        if (name.empty())
            continue;
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw Error(ErrorCode::InvalidInput,
                        source + ": line 1: unknown column '" + header.fields[i] +
                            "' (known: ref, parent, title_en, title_zh, assessable, level, "
                            "questions_en, questions_zh, evidence_en, evidence_zh)");
        if (!col.emplace(name, i).second)
            throw Error(ErrorCode::InvalidInput, source + ": line 1: column '" + name + "' appears twice");
    }
    if (!col.count("ref"))
        throw Error(ErrorCode::InvalidInput, source + ": line 1: the column 'ref' is required");
    if (!col.count("title_en") && !col.count("title_zh"))
        throw Error(ErrorCode::InvalidInput,
                    source + ": line 1: a column 'title_en' or 'title_zh' is required");

    Catalog c;
    c.id = id;
    c.title.en = title;
    c.title.zh = title;
    c.contentVersion = "1";
    c.origin = CatalogOrigin::Csv;
    std::vector<std::size_t> lines;
    std::vector<bool> explicitAssessable;
    bool allEn = col.count("title_en") > 0, allZh = col.count("title_zh") > 0;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto cell = [&](const char* name) -> std::string {
            const auto it = col.find(name);
            if (it == col.end() || it->second >= row.fields.size())
                return {};
            return trim(row.fields[it->second]);
        };
        auto fail = [&](const char* column, const std::string& problem) {
            throw Error(ErrorCode::InvalidInput, source + ": line " + std::to_string(row.line) +
                                                     ", column '" + column + "': " + problem);
        };
        Requirement req;
        req.ref = cell("ref");
        if (req.ref.empty())
            fail("ref", "must not be empty");
        if (const auto p = cell("parent"); !p.empty())
            req.parent = p;
        req.title.en = cell("title_en");
        req.title.zh = cell("title_zh");
        if (req.title.en.empty() && req.title.zh.empty())
            fail("title_en", "the requirement has no title");
        allEn = allEn && !req.title.en.empty();
        allZh = allZh && !req.title.zh.empty();
        const auto assessable = lower(cell("assessable"));
        explicitAssessable.push_back(!assessable.empty());
        if (assessable.empty())
            req.assessable = true; // corrected for headings with children below
        else if (assessable == "yes" || assessable == "true" || assessable == "1" || assessable == "y")
            req.assessable = true;
        else if (assessable == "no" || assessable == "false" || assessable == "0" || assessable == "n")
            req.assessable = false;
        else
            fail("assessable", "'" + assessable + "' is not yes or no");
        if (const auto level = cell("level"); !level.empty()) {
            if (level.size() != 1 || level[0] < '1' || level[0] > '4')
                fail("level", "'" + level + "' is not a document level 1-4");
            req.level = level[0] - '0';
        }
        const auto qEn = splitQuestions(cell("questions_en"));
        const auto qZh = splitQuestions(cell("questions_zh"));
        if (!qEn.empty() && !qZh.empty() && qEn.size() != qZh.size())
            fail("questions_zh", "holds " + std::to_string(qZh.size()) +
                                     " questions but questions_en holds " + std::to_string(qEn.size()));
        for (std::size_t q = 0; q < std::max(qEn.size(), qZh.size()); ++q)
            req.questions.push_back({q < qEn.size() ? qEn[q] : "", q < qZh.size() ? qZh[q] : ""});
        req.evidence.en = cell("evidence_en");
        req.evidence.zh = cell("evidence_zh");
        c.requirements.push_back(std::move(req));
        lines.push_back(row.line);
    }
    if (c.requirements.empty())
        throw Error(ErrorCode::InvalidInput, source + ": the file has a header but no requirements");
    // Requirements that have children and no explicit "assessable" are headings.
    std::set<std::string> parents;
    for (const auto& req : c.requirements)
        if (req.parent)
            parents.insert(*req.parent);
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
        auto& req = c.requirements[i];
        const bool hasChildren = parents.count(req.ref) > 0;
        if (hasChildren && !explicitAssessable[i])
            req.assessable = false;
    }
    if (allEn)
        c.languages.push_back("en");
    if (allZh)
        c.languages.push_back("zh");
    if (c.languages.empty())
        c.languages.push_back(col.count("title_en") ? "en" : "zh");
    // Re-point structural errors at the CSV line rather than a JSON path.
    try {
        finalizeCatalog(c, source);
    } catch (const Error& e) {
        std::string msg = e.what();
        const auto lb = msg.find("$.requirements[");
        if (lb != std::string::npos) {
            const auto rb = msg.find(']', lb);
            const auto idx = std::stoul(msg.substr(lb + 15, rb - lb - 15));
            const auto fieldEnd = msg.find(": ", rb);
            msg = source + ": line " + std::to_string(lines.at(idx)) + msg.substr(fieldEnd);
        }
        throw Error(ErrorCode::InvalidInput, msg);
    }
    return c;
}

Catalog readCatalogSource(const std::filesystem::path& file, const CatalogImportOptions& options)
{
    auto format = options.format;
    if (format == CatalogSourceFormat::Auto) {
        const auto ext = lower(file.extension().string());
        if (ext == ".json")
            format = CatalogSourceFormat::Json;
        else if (ext == ".yaml" || ext == ".yml")
            format = CatalogSourceFormat::CisoAssistant;
        else if (ext == ".csv")
            format = CatalogSourceFormat::Csv;
        else
            throw Error(ErrorCode::Usage,
                        file.string() + ": cannot tell the catalog format from the extension (use .json, "
                                        ".yaml or .csv, or name the format)");
    }
    const std::string text = readInputFile(file, kMaxCatalogFileBytes, "a catalog");
    const std::string source = file.string();
    switch (format) {
    case CatalogSourceFormat::Json: {
        Catalog c = parseCatalogJson(text, source);
        if (c.origin == CatalogOrigin::Builtin)
            c.origin = CatalogOrigin::Json;
        return c;
    }
    case CatalogSourceFormat::CisoAssistant:
        return parseCisoAssistantYaml(text, source);
    case CatalogSourceFormat::Csv:
    case CatalogSourceFormat::Auto: {
        const auto stem = file.stem().string();
        return parseCsvCatalog(text, source, options.id.empty() ? "custom:" + stem : options.id,
                               options.title.empty() ? stem : options.title);
    }
    }
    throw Error(ErrorCode::Usage, "unknown catalog format");
}

} // namespace cw
