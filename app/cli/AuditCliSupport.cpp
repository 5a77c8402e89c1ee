#include "cli/AuditCliSupport.h"

#include "common/Csv.h"
#include "common/Error.h"

namespace cw::cli {

void workspaceFileOption(po::options_description& o, po::positional_options_description& p)
{
    o.add_options()("file", po::value<std::string>()->required(), "workspace file");
    p.add("file", 1);
}

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

std::string csvRow(const std::vector<std::string>& fields)
{
    return csvLine(fields);
}

std::string clauseRefs(const std::vector<ClauseLink>& clauses)
{
    std::string s;
    for (const auto& c : clauses)
        s += (s.empty() ? "" : ", ") + c.ref +
             (c.catalogId == "iso20000-1:2018" ? "" : " (" + c.catalogId + ")");
    return s;
}

nlohmann::ordered_json clausesJson(const std::vector<ClauseLink>& clauses)
{
    auto arr = nlohmann::ordered_json::array();
    for (const auto& c : clauses)
        arr.push_back({{"catalog", c.catalogId}, {"ref", c.ref}});
    return arr;
}

nlohmann::ordered_json textOrNull(const std::string& s)
{
    return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s);
}

std::string joined(const std::vector<std::string>& items, const char* sep)
{
    std::string s;
    for (const auto& i : items)
        s += (s.empty() ? "" : sep) + i;
    return s;
}

} // namespace cw::cli
